"""Ranked full-text search over lessons and discussion posts (SQLite FTS5).

What a user types is never passed to FTS5 as query syntax: it is split into
words, each quoted, and the last word matched as a prefix so that results can
follow the keyboard ("haem" finds "haemorrhage").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlite_utils import Database

# Private-use characters mark the hit inside a snippet; they cannot occur in
# course text, so escaping the snippet for display can never break them.
HIT_START = "\ue000"
HIT_END = "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
# bm25 weights: a hit in a lesson title counts ten times one in its body.
_LESSON_WEIGHTS = "10.0, 1.0"


@dataclass(frozen=True)
class Hit:
    kind: str  # "lesson" or "post"
    id: str
    title: str  # lesson title, or the post's thread title
    snippet: str  # with HIT_START/HIT_END around matched words
    rank: float  # bm25: lower is better
    parent_id: str | None = None  # a lesson's course, or a post's thread

    @property
    def snippet_html(self) -> str:
        """The snippet escaped for rich text, with hits in bold."""
        escaped = html.escape(self.snippet)
        return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")

    @property
    def snippet_text(self) -> str:
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")


def to_match_query(text: str) -> str | None:
    """A safe FTS5 query for what the user typed, or None if it has no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(
    db: Database, text: str, *, limit: int = 20, kinds: tuple[str, ...] = ("lesson", "post")
) -> list[Hit]:
    """The best ``limit`` hits for ``text``, lessons and posts ranked together."""
    query = to_match_query(text)
    if query is None:
        return []
    parts: list[str] = []
    params: list[object] = []
    if "lesson" in kinds:
        parts.append(
            f"""SELECT 'lesson', l.id, l.title,
                   snippet(lessons_fts, 1, '{HIT_START}', '{HIT_END}', '…', 16),
                   bm25(lessons_fts, {_LESSON_WEIGHTS}) AS score, l.course_id
            FROM lessons_fts JOIN lessons l ON l.rowid = lessons_fts.rowid
            WHERE lessons_fts MATCH ?
            ORDER BY score LIMIT ?"""
        )
        params += [query, limit]
    if "post" in kinds:
        parts.append(
            f"""SELECT 'post', p.id, COALESCE(t.title, ''),
                   snippet(posts_fts, 0, '{HIT_START}', '{HIT_END}', '…', 16),
                   bm25(posts_fts) AS score, p.thread_id
            FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid
            LEFT JOIN threads t ON t.id = p.thread_id
            WHERE posts_fts MATCH ?
            ORDER BY score LIMIT ?"""
        )
        params += [query, limit]
    if not parts:
        return []
    # Each side is limited first so snippets are built for at most 2×limit rows.
    sql = " UNION ALL ".join(f"SELECT * FROM ({p})" for p in parts)
    sql = f"SELECT * FROM ({sql}) ORDER BY 5 LIMIT ?"
    rows = db.execute(sql, params + [limit]).fetchall()
    return [Hit(kind=r[0], id=r[1], title=r[2], snippet=r[3], rank=r[4], parent_id=r[5]) for r in rows]
