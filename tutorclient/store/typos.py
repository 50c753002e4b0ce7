"""Near matches for words the index does not know ("haemorrage", "glycolisis").

The vocabulary is the set of terms in the lessons' index (fts5vocab), kept in
memory per profile and reloaded when lessons are added or removed. Lesson text
is edited, so its spelling is the one worth suggesting; discussion posts are
not, and their typos would be suggested back.

Edit distance is RapidFuzz's (C++): over 20,000 terms a lookup took 1.6 ms,
where a pure-Python distance, even filtered by length first, took 340 ms.
Its wheel adds about 3 MB to the installer (12 MB unpacked, mostly
per-CPU variants of the same scorers).
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# Most edits per length of the word as typed: one typo in a short word, two
# in a long one. A swap of two letters ("malraia") counts as one edit (OSA).
_MAX_EDITS = ((4, 0), (5, 1), (8, 2))
NEAR_LIMIT = 3


@dataclass(frozen=True)
class Vocabulary:
    terms: list[str]  # sorted
    docs: dict[str, int]  # term -> lessons containing it

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.terms, prefix)
        return i < len(self.terms) and self.terms[i].startswith(prefix)

    def near(self, term: str, typed: str) -> list[str]:
        """Up to NEAR_LIMIT known terms within a few edits of ``term``, closest and commonest first."""
        edits = max((e for n, e in _MAX_EDITS if len(typed) >= n), default=0)
        if not edits or not self.terms:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        found = process.extract(term, self.terms, scorer=OSA.distance,
                                score_cutoff=edits, limit=50)
        found.sort(key=lambda m: (m[1], -self.docs.get(m[0], 0)))
        # Only the closest: "uterotnic" is uterotonic, not also uterine.
        return [t for t, d, _ in found[:NEAR_LIMIT] if d == found[0][1]]


_cache: dict[str, tuple[tuple[int, int], Vocabulary]] = {}
_lock = threading.Lock()


def vocabulary(db: Database) -> Vocabulary:
    """The lessons' indexed terms, loaded once per change in the set of lessons."""
    path = db.execute("PRAGMA database_list").fetchone()[2] or f":memory:{id(db.conn)}"
    key = tuple(db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM lessons").fetchone())
    with _lock:
        cached = _cache.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.lessons_vocab "
               "USING fts5vocab(main, lessons_fts, row)")
    rows = db.execute("SELECT term, doc FROM temp.lessons_vocab").fetchall()
    vocab = Vocabulary([t for t, _ in rows], dict(rows))
    with _lock:
        _cache[path] = (key, vocab)
    return vocab
