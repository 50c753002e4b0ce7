"""Ranked full-text search over lessons and discussion posts (SQLite FTS5).

What a user types is never passed to FTS5 as query syntax: it is split into
words, each quoted, and the last word matched as a prefix so that results can
follow the keyboard ("haem" finds "haemorrhage").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


# Private-use characters mark the hit inside a snippet; they cannot occur in
# course text, so escaping the snippet for display can never break them.
HIT_START = "\ue000"
HIT_END = "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX = 3
# Markdown syntax and link targets read as noise in a one-line snippet.
_MARKUP = re.compile(r"\]\([^)]*\)|[#*_>`\[\]|]+|!(?=\[)")
_SPACE = re.compile(r"\s+")
# bm25 weights: a hit in a lesson title counts ten times one in its body.
_LESSON_WEIGHTS = "10.0, 1.0"
# Ranking scores every match, which for a word found in most of 100,000 posts
# costs ~60 ms. Past this many matches only the newest rows are ranked, so
# search-as-you-type stays fast: such a word says little on its own, recent
# discussion is what people look for, and the next word typed narrows it.
MAX_RANKED = 1000


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
    # A one- or two-letter prefix expands to thousands of terms and ranks
    # everything; wait for a third letter before matching as a prefix.
    if len(words[-1]) >= MIN_PREFIX:
        quoted[-1] += "*"
    return " ".join(quoted)


def search(
    db: Database, text: str, *, limit: int = 20, kinds: tuple[str, ...] = ("lesson", "post")
) -> list[Hit]:
    """The best ``limit`` hits for ``text``, lessons and posts ranked together."""
    query = to_match_query(text)
    if query is None:
        return []
    hits: list[Hit] = []
    # ORDER BY rank on the FTS table itself lets FTS5 sort internally, so
    # snippet() runs only for the rows returned, not for every match.
    if "lesson" in kinds:
        rows = db.execute(
            f"""SELECT l.id, l.title,
                   snippet(lessons_fts, 1, '{HIT_START}', '{HIT_END}', '…', 16), rank, l.course_id
            FROM lessons_fts JOIN lessons l ON l.rowid = lessons_fts.rowid
            WHERE lessons_fts MATCH ? AND rank MATCH 'bm25({_LESSON_WEIGHTS})'
                AND lessons_fts.rowid >= ?
            ORDER BY rank LIMIT ?""",
            [query, _ranking_floor(db, "lessons_fts", query), limit],
        ).fetchall()
        hits += [Hit("lesson", r[0], r[1], r[2], r[3], r[4]) for r in rows]
    if "post" in kinds:
        rows = db.execute(
            f"""SELECT p.id, COALESCE(t.title, ''),
                   snippet(posts_fts, 0, '{HIT_START}', '{HIT_END}', '…', 16), rank, p.thread_id
            FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid
            LEFT JOIN threads t ON t.id = p.thread_id
            WHERE posts_fts MATCH ? AND posts_fts.rowid >= ?
            ORDER BY rank LIMIT ?""",
            [query, _ranking_floor(db, "posts_fts", query), limit],
        ).fetchall()
        hits += [Hit("post", r[0], r[1], r[2], r[3], r[4]) for r in rows]
    hits.sort(key=lambda h: h.rank)
    return [
        Hit(h.kind, h.id, h.title, clean_snippet(h.snippet), h.rank, h.parent_id)
        for h in hits[:limit]
    ]


def clean_snippet(snippet: str) -> str:
    """One line of readable text: no Markdown syntax, no link targets, no line breaks."""
    return _SPACE.sub(" ", _MARKUP.sub(" ", snippet)).strip()


def _ranking_floor(db: Database, fts: str, query: str) -> int:
    """The lowest rowid worth ranking: every match, or the newest MAX_RANKED."""
    row = db.execute(
        f"SELECT min(rowid) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? "
        "ORDER BY rowid DESC LIMIT ?)",
        [query, MAX_RANKED],
    ).fetchone()
    return row[0] if row and row[0] is not None else 0
