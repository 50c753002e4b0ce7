"""Removing a user from a shared computer: what would be lost, then the removal.

A coordinator removes the profile of someone who no longer uses this computer
from the start screen. First :func:`unsent_work` reads, through a read-only
connection, what of that profile has not reached the server (counts and kinds,
never content): that is what the removal loses. :func:`remove_profile` then
signs the profile out (its session is ended on the server, like Log out) and
deletes its folder: database, private files and sign-in.

Without a connection the session cannot be ended at once. Its tokens must not
be lost with the folder (a live session nobody ends), so the folder is emptied
of everything of the user's and only the queued revocation stays, with the
:data:`REMOVED_MARKER` that hides it from the start screen;
:func:`finish_removals` ends those sessions at a later start and deletes what
is left. No Qt here.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .outbox import waiting_files
from .privacy import held_entries
from .profiles import REMOVED_MARKER, profiles_dir_of, read_card
from .session import Credentials, Profile
from .store.db import DB_FILENAME
from .texts import NP_, Text, joined

log = logging.getLogger(__name__)

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

    @property
    def count(self) -> int:
        return sum(self.pending.values()) + self.held + self.conflicts

    def lines(self) -> list[str]:
        """Each kind of unsent work in plain words; empty when nothing would be lost."""
        out: list[str] = []
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


def unsent_work(directory: Path) -> UnsentWork:
    """Read what of the profile at ``directory`` has not reached the server (read only)."""
    uri = (Path(directory) / DB_FILENAME).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=2)
    try:
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
    finally:
        conn.close()
    return UnsentWork(pending, held, drafts, conflicts, files, size)


@dataclass(frozen=True)
class Removal:
    """How a removal went: the name removed, and whether the server ended the session."""

    display_name: str
    session_ended: bool


def remove_profile(directory: Path) -> Removal:
    """Sign the profile out and delete it from this computer.

    Returns whether the server ended its session now; if not (no connection),
    the session's tokens stay queued in an otherwise empty folder that
    :func:`finish_removals` completes later.
    """
    directory = Path(directory)
    card = read_card(directory)
    profile = Profile(directory)
    try:
        profile.sign_out_locally()  # queued before forgotten: never a session nobody ends
        ended = profile.send_revocations()
        queued = profile.pending_revocations()
        keep = {"profile_id": profile.profile_id, "ca_bundle": profile.setting("ca_bundle"),
                "token_file": profile.token_file_allowed}
    finally:
        profile.close()
    shutil.rmtree(directory)
    if not ended:
        _keep_only_revocations(directory, keep, queued)
    return Removal(card.display_name, ended)


def _keep_only_revocations(directory: Path, keep: dict[str, object],
                           queued: list[dict[str, object]]) -> None:
    """An empty profile that holds nothing but the sessions still to end."""
    shell = Profile(directory, token_file=bool(keep["token_file"]))
    try:
        shell.set_setting("profile_id", keep["profile_id"])
        if keep["ca_bundle"]:
            shell.set_setting("ca_bundle", keep["ca_bundle"])
        have = shell.pending_revocations()  # a keyring keeps them across the folder's removal
        for item in queued:
            if item not in have:  # they were in a file inside the folder
                shell.set_setting("server", item["server"])
                shell.save_credentials(Credentials(str(item.get("token")),
                                                   item.get("refresh")))  # type: ignore[arg-type]
                shell.sign_out_locally()
        shell.set_setting("server", None)
    finally:
        shell.close()
    (directory / REMOVED_MARKER).write_text("removed; the server session ends at the next "
                                            "connection\n", "utf-8")


def finish_removals(root: Path | None = None) -> int:
    """End the sessions of profiles removed while offline; delete what is left of them.

    Returns how many were completed. Network: run it on a lane.
    """
    done = 0
    for directory in sorted(profiles_dir_of(root).glob(f"*/{REMOVED_MARKER}")):
        folder = directory.parent
        shell = Profile(folder)
        try:
            ended = shell.send_revocations()
        except Exception:  # noqa: BLE001 - tried again at the next start
            log.info("removed profile %s: session not ended yet", folder.name, exc_info=True)
            ended = False
        finally:
            shell.close()
        if ended:
            shutil.rmtree(folder, ignore_errors=True)
            done += 1
    return done


__all__ = ["KIND_WORDS", "Removal", "UnsentWork", "finish_removals", "remove_profile",
           "unsent_work"]
