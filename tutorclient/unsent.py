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
from .texts import N_, NP_, Text, joined

#: Outbox kinds in words: (one, many, the translatable msgid).
KIND_WORDS = {
    "posts": ("reply", "replies", NP_("%n reply(s)")),
    "cases": ("change to a case", "changes to cases", NP_("%n change(s) to cases")),
    "threads": ("discussion", "discussions", NP_("%n discussion(s)")),
    "reviews": ("case review", "case reviews", NP_("%n case review(s)")),
    "progress": ("lesson progress mark", "lesson progress marks",
                 NP_("%n lesson progress mark(s)")),
    "quiz_attempts": ("quiz answer", "quiz answers", NP_("%n quiz answer(s)")),
    "notes": ("note", "notes", NP_("%n note(s)")),
    "bookmarks": ("bookmark", "bookmarks", NP_("%n bookmark(s)")),
    "attachments": ("photo or file", "photos or files", NP_("%n photo(s) or file(s)")),
    "reflections": ("reflection", "reflections", NP_("%n reflection(s)")),
    "review_thanks": ("thank-you", "thank-yous", NP_("%n thank-you(s)")),
}


UNKNOWN_UNSENT = N_("This profile is locked with its owner's password, so what it has not sent "
                    "yet cannot be counted. Anything not sent from this computer will be lost.")


def _words(kind: str, n: int) -> str:
    one, many, msgid = KIND_WORDS.get(kind, ("other change", "other changes",
                                             NP_("%n other change(s)")))
    return Text(msgid, f"{n} {one if n == 1 else many}", n=n)


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
            listed = joined(parts)
            out.append(Text("Waiting to be sent: %1.", f"Waiting to be sent: {listed}.", listed))
        if self.drafts:
            out.append(Text("%n case draft(s) with changes the server does not have yet.",
                            f"{self.drafts} case draft{'s' * (self.drafts != 1)} with changes the "
                            "server does not have yet.", n=self.drafts))
        if self.held:
            out.append(Text("%n change(s) held on this computer by the identifier check (never sent).",
                            f"{self.held} change{'s' * (self.held != 1)} held on this computer by "
                            "the identifier check (never sent).", n=self.held))
        if self.conflicts:
            out.append(Text("%n change(s) waiting for a decision after a conflict.",
                            f"{self.conflicts} change{'s' * (self.conflicts != 1)} waiting for a "
                            "decision after a conflict.", n=self.conflicts))
        if self.files:
            from .connectivity import mb_text

            size = mb_text(self.file_bytes)
            out.append(Text("%n photo(s) or file(s) not uploaded (%1).",
                            f"{self.files} photo{'s' * (self.files != 1)} or file"
                            f"{'s' * (self.files != 1)} not uploaded ({size}).", size, n=self.files))
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
