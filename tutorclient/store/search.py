"""Ranked full-text search over lessons and discussion posts (SQLite FTS5).

The index holds folded terms (``fold.py``: Arabic normalised and lightly
stemmed, British/American spellings merged, English stemmed). What a user
types is folded the same way and never passed to FTS5 as query syntax: each
word becomes a group of quoted terms, and the last word also matches as a
prefix of unstemmed terms, so results follow the keyboard ("glycoly" finds
glycolysis, "myasthenia gr" finds gravis). A word the index does not know is
joined by its near matches ("haemorrage" → haemorrhage), which the caller can
offer as "Did you mean …". Snippets are cut from the plain text here, since
the index keeps no text of its own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import fold

if TYPE_CHECKING:
    from sqlite_utils import Database


# Private-use characters mark the hit inside a snippet; they cannot occur in
# course text, so escaping the snippet for display can never break them.
HIT_START = "\ue000"
HIT_END = "\ue001"
# A word typed on its own matches as a prefix from its third letter (one or
# two letters would rank everything); after other words, from its second.
MIN_PREFIX = 3
MIN_LAST_PREFIX = 2
# bm25 weights: a hit in a lesson title counts ten times one in its body.
_LESSON_WEIGHTS = "10.0, 1.0"
# Ranking scores every match, which for a word found in most of 100,000 posts
# costs ~60 ms. Past this many matches only the newest rows are ranked, so
# search-as-you-type stays fast: such a word says little on its own, recent
# discussion is what people look for, and the next word typed narrows it.
MAX_RANKED = 1000
SNIPPET_WORDS = 18
# Letters of a word in the text, with the marks that may sit inside it.
_SURFACE = re.compile("(?:[^\\W_]|" + fold._MARKS.pattern + ")+")


@dataclass(frozen=True)
class Hit:
    kind: str  # "lesson" or "post"
    id: str
    title: str  # lesson title, or the post's thread title
    snippet: str  # plain text, with HIT_START/HIT_END around matched words
    rank: float  # bm25: lower is better
    parent_id: str | None = None  # a lesson's course, or a post's thread
    course: str = ""  # the title of the lesson's (or discussion's) course

    @property
    def snippet_html(self) -> str:
        """The snippet escaped for rich text, with hits in bold."""
        escaped = html.escape(self.snippet)
        return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")

    @property
    def snippet_text(self) -> str:
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")


@dataclass
class _Word:
    typed: str  # normalised, as typed
    exact: list[str]  # stems that match the whole word
    prefix: list[str] = field(default_factory=list)  # forms that match as a prefix
    near: list[str] = field(default_factory=list)  # known terms a few edits away

    def group(self) -> str:
        alternatives = [f'"{t}"' for t in dict.fromkeys(self.exact + self.near)]
        alternatives += [f'"{p}"*' for p in dict.fromkeys(self.prefix)]
        return alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"


@dataclass(frozen=True)
class Found:
    hits: list[Hit]
    suggestion: str | None = None  # the query with unknown words corrected: "Did you mean …"


def _parse(text: str) -> list[_Word]:
    typed = fold.words(text)
    if not typed or (len(typed) == 1 and len(typed[0]) < 2):
        return []  # one letter alone ("ز") says nothing yet
    parsed = [_Word(w, list(fold.terms(w))) for w in typed]
    last = parsed[-1]
    if len(last.typed) >= (MIN_PREFIX if len(parsed) == 1 else MIN_LAST_PREFIX):
        last.prefix = list(fold.prefixes(last.typed))
    elif len(last.typed) < MIN_LAST_PREFIX:
        parsed.pop()  # "myasthenia g": rank by the words before it until the next letter
    return parsed


def to_match_query(text: str) -> str | None:
    """A safe FTS5 query for what the user typed, or None if it has no words."""
    words = _parse(text)
    return " AND ".join(w.group() for w in words) if words else None


def find(db: Database, text: str, *, limit: int = 20,
         kinds: tuple[str, ...] = ("lesson", "post")) -> Found:
    """The best ``limit`` hits for ``text``, and a correction if words were unknown."""
    words = _parse(text)
    if not words:
        return Found([])
    corrected = _add_near_matches(db, words)
    hits = _ranked(db, " AND ".join(w.group() for w in words), limit, kinds)
    suggestion = _spelled_as_found(db, hits[0], words) if corrected and hits else None
    return Found(_with_snippets(db, hits, words), suggestion)


def search(db: Database, text: str, *, limit: int = 20,
           kinds: tuple[str, ...] = ("lesson", "post")) -> list[Hit]:
    """The best ``limit`` hits for ``text``, lessons and posts ranked together."""
    return find(db, text, limit=limit, kinds=kinds).hits


def _add_near_matches(db: Database, words: list[_Word]) -> bool:
    """Give each word the index does not know its near matches; whether any had to."""
    from .typos import vocabulary

    vocab = vocabulary(db)
    corrected = False
    for word in words:
        if any(t in vocab.docs for t in word.exact) or any(vocab.has_prefix(p) for p in word.prefix):
            continue
        if _in_posts(db, word):
            continue
        word.near = vocab.near(word.exact[0], word.typed)
        corrected |= bool(word.near)
    return corrected


def _in_posts(db: Database, word: _Word) -> bool:
    row = db.execute("SELECT 1 FROM posts_fts WHERE posts_fts MATCH ? LIMIT 1",
                     [word.group()]).fetchone()
    return row is not None


def _ranked(db: Database, query: str, limit: int, kinds: tuple[str, ...]) -> list[Hit]:
    hits: list[Hit] = []
    if "lesson" in kinds:
        # ORDER BY rank on the FTS table itself lets FTS5 sort internally.
        rows = db.execute(
            f"""SELECT l.id, l.title, rank, l.course_id, COALESCE(c.title, '')
            FROM lessons_fts JOIN lessons l ON l.rowid = lessons_fts.rowid
            LEFT JOIN courses c ON c.id = l.course_id
            WHERE lessons_fts MATCH ? AND rank MATCH 'bm25({_LESSON_WEIGHTS})'
                AND lessons_fts.rowid >= ?
            ORDER BY rank LIMIT ?""",
            [query, _ranking_floor(db, "lessons_fts", query), limit],
        ).fetchall()
        hits += [Hit("lesson", r[0], r[1], "", r[2], r[3], r[4]) for r in rows]
    if "post" in kinds:
        rows = db.execute(
            """SELECT p.id, COALESCE(t.title, ''), rank, p.thread_id, COALESCE(c.title, '')
            FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid
            LEFT JOIN threads t ON t.id = p.thread_id
            LEFT JOIN courses c ON c.id = t.course_id
            WHERE posts_fts MATCH ? AND posts_fts.rowid >= ?
            ORDER BY rank LIMIT ?""",
            [query, _ranking_floor(db, "posts_fts", query), limit],
        ).fetchall()
        hits += [Hit("post", r[0], r[1], "", r[2], r[3], r[4]) for r in rows]
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]


def _ranking_floor(db: Database, fts: str, query: str) -> int:
    """The lowest rowid worth ranking: every match, or the newest MAX_RANKED."""
    row = db.execute(
        f"SELECT min(rowid) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? "
        "ORDER BY rowid DESC LIMIT ?)",
        [query, MAX_RANKED],
    ).fetchone()
    return row[0] if row and row[0] is not None else 0


# -- snippets -------------------------------------------------------------------------


def _matcher(words: list[_Word]):
    exact = {t for w in words for t in w.exact + w.near}
    prefixes = tuple(p for w in words for p in w.prefix)

    def matches(surface: str) -> bool:
        for word in fold.words(surface):
            if exact.intersection(fold.terms(word)):
                return True
            if prefixes and any(f.startswith(prefixes) for f in fold.prefixes(word)):
                return True
        return False

    return matches


def _bodies(db: Database, hits: list[Hit]) -> dict[tuple[str, str], str]:
    bodies: dict[tuple[str, str], str] = {}
    for kind, table in (("lesson", "lessons"), ("post", "posts")):
        ids = [h.id for h in hits if h.kind == kind]
        if ids:
            rows = db.execute(f"SELECT id, body_md FROM {table} WHERE id IN "
                              f"({', '.join('?' for _ in ids)})", ids).fetchall()
            bodies.update({(kind, i): body or "" for i, body in rows})
    return bodies


def _with_snippets(db: Database, hits: list[Hit], words: list[_Word]) -> list[Hit]:
    bodies = _bodies(db, hits)
    matches = _matcher(words)
    return [Hit(h.kind, h.id, h.title, snippet(bodies.get((h.kind, h.id), ""), h.title, matches),
                h.rank, h.parent_id, h.course) for h in hits]


def snippet(markdown: str, title: str, matches) -> str:
    """About SNIPPET_WORDS words of plain text around the most hits, without the title."""
    text = _without_title(fold.plain_text(markdown), title)
    spans = [(m.start(), m.end(), matches(m.group())) for m in _SURFACE.finditer(text)]
    if not spans:
        return ""
    flags = [int(hit) for _, _, hit in spans]
    best, best_count = 0, -1
    count = sum(flags[:SNIPPET_WORDS])
    for start in range(max(1, len(spans) - SNIPPET_WORDS + 1)):
        if start:
            count += (flags[start + SNIPPET_WORDS - 1] if start + SNIPPET_WORDS - 1 < len(flags)
                      else 0) - flags[start - 1]
        if count > best_count:
            best, best_count = start, count
    # Start a little before the first hit, so it reads in context.
    first_hit = next((i for i in range(best, len(spans)) if flags[i]), best)
    best = max(0, min(best, first_hit - 3))
    window = spans[best:best + SNIPPET_WORDS]
    pieces, pos = [], window[0][0]
    for s, e, hit in window:
        pieces.append(text[pos:s])
        pieces.append(f"{HIT_START}{text[s:e]}{HIT_END}" if hit else text[s:e])
        pos = e
    out = " ".join("".join(pieces).split())
    lead = "…" if best > 0 else ""
    tail = "…" if best + SNIPPET_WORDS < len(spans) else ""
    return f"{lead}{out}{tail}"


def _without_title(text: str, title: str) -> str:
    """The text without a first line that only repeats the title."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    if first.strip() and fold.words(first) == fold.words(title):
        return rest
    return stripped


def clean_snippet(snippet_text: str) -> str:
    """One line of readable text: no Markdown syntax, no link targets, no line breaks."""
    return " ".join(fold.plain_text(snippet_text).split())


def _spelled_as_found(db: Database, top: Hit, words: list[_Word]) -> str | None:
    """The typed text with each corrected word spelt as the best hit spells it."""
    table = "lessons" if top.kind == "lesson" else "posts"
    row = db.execute(f"SELECT {'title, ' if table == 'lessons' else ''}body_md FROM {table} "
                     "WHERE id = ?", [top.id]).fetchone()
    surfaces = _SURFACE.findall(fold.plain_text(" ".join(r or "" for r in row))) if row else []
    out = []
    for word in words:
        spelt = word.typed
        for term in word.near:  # closest first
            spelt = next((s.lower() for s in surfaces
                          if term in {t for f in fold.words(s) for t in fold.terms(f)}), "")
            if spelt:
                break
        spelt = spelt or word.typed
        out.append(spelt)
    return " ".join(out) if out != [w.typed for w in words] else None
