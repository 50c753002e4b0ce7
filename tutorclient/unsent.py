"""What of a profile has not reached the server, counted (never its content).

The removal warning (tutorclient/shared_laptop.py) names it. An encrypted
profile cannot be read by whoever removes it, so when it locks or closes it
leaves these counts on its plain card (tutorclient/crypt/card.py) and clears
them when it opens: a crash leaves "cannot be counted", never a stale "nothing
is lost". No Qt here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from .crypt.card import UNSENT_CARD_KEY as CARD_KEY
from .outbox import waiting_files
from .privacy import held_entries

#: Outbox kinds in words: (one, many).
KIND_WORDS = {
    "posts": ("reply", "replies"),
    "cases": ("change to a case", "changes to cases"),
    "threads": ("discussion", "discussions"),
    "reviews": ("case review", "case reviews"),
    "progress": ("lesson progress mark", "lesson progress marks"),
    "quiz_attempts": ("quiz answer", "quiz answers"),
    "notes": ("note", "notes"),
    "bookmarks": ("bookmark", "bookmarks"),
    "attachments": ("photo or file", "photos or files"),
}


UNKNOWN_UNSENT = ("This profile is locked with its owner's password, so what it has not sent "
                  "yet cannot be counted. Anything not sent from this computer will be lost.")


def _words(kind: str, n: int) -> str:
    one, many = KIND_WORDS.get(kind, ("other change", "other changes"))
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class UnsentWork:
    """What of a profile has not reached the server: the removal would lose it."""

    pending: dict[str, int] = field(default_factory=dict)  # outbox entries not held, by kind
    held: int = 0  # kept here by the identifier check (privacy.py)
    drafts: int = 0  # case drafts with changes not yet on the server
    conflicts: int = 0  # changes the server refused until someone decides
    files: int = 0  # photos and files not uploaded yet
    file_bytes: int = 0
    known: bool = True  # False: encrypted, so not countable without its password

    @property
    def count(self) -> int:
        return sum(self.pending.values()) + self.held + self.conflicts

    def lines(self) -> list[str]:
        """Each kind of unsent work in plain words; empty when nothing would be lost."""
        out: list[str] = []
        if not self.known:
            return [UNKNOWN_UNSENT]
        if self.pending:
            parts = [_words(k, n) for k, n in sorted(self.pending.items(), key=lambda x: -x[1])]
            out.append("Waiting to be sent: " + ", ".join(parts) + ".")
        if self.drafts:
            out.append(f"{self.drafts} case draft{'s' * (self.drafts != 1)} with changes the "
                       "server does not have yet.")
        if self.held:
            out.append(f"{self.held} change{'s' * (self.held != 1)} held on this computer by "
                       "the identifier check (never sent).")
        if self.conflicts:
            out.append(f"{self.conflicts} change{'s' * (self.conflicts != 1)} waiting for a "
                       "decision after a conflict.")
        if self.files:
            from .connectivity import mb_text

            out.append(f"{self.files} photo{'s' * (self.files != 1)} or file"
                       f"{'s' * (self.files != 1)} not uploaded ({mb_text(self.file_bytes)}).")
        return out


def count_unsent(conn: sqlite3.Connection) -> UnsentWork:
    """What of the profile behind ``conn`` has not reached the server."""
    pending: dict[str, int] = {}
    held = held_entries(conn)
    from .privacy import OUTBOX_NOT_HELD

    for kind, n in conn.execute(
            "SELECT kind, count(*) FROM outbox WHERE state = 'pending' AND "
            + OUTBOX_NOT_HELD + " GROUP BY kind"):
        pending[kind] = n
    drafts = conn.execute(
        "SELECT count(DISTINCT c.id) FROM cases c JOIN outbox o ON o.kind = 'cases' "
        "AND o.record_id = c.id AND o.state = 'pending' WHERE c.status = 'draft'"
    ).fetchone()[0]
    conflicts = conn.execute(
        "SELECT count(*) FROM outbox WHERE state = 'conflict'").fetchone()[0]
    files, size = waiting_files(conn)
    return UnsentWork(pending, held, drafts, conflicts, files, size)


def card_unsent(card: dict[str, Any]) -> UnsentWork:
    """The counts an encrypted profile left on its card; unknown when it left none."""
    saved = card.get(CARD_KEY)
    if not isinstance(saved, dict):
        return UnsentWork(known=False)
    try:
        return UnsentWork(**{**saved, "known": True})
    except TypeError:  # written by another version
        return UnsentWork(known=False)


def as_card(work: UnsentWork) -> dict[str, Any]:
    return asdict(work)


__all__ = ["CARD_KEY", "UNKNOWN_UNSENT", "UnsentWork", "as_card", "card_unsent", "count_unsent"]
