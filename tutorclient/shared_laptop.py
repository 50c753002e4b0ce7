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
from dataclasses import dataclass
from pathlib import Path

from .crypt.card import read_card_file
from .crypt.keys import KeyFile
from .profiles import REMOVED_MARKER, profiles_dir_of, read_card
from .session import Credentials, Profile
from .store.db import DB_FILENAME
from .unsent import UNKNOWN_UNSENT, UnsentWork, card_unsent, count_unsent

log = logging.getLogger(__name__)

def unsent_work(directory: Path) -> UnsentWork:
    """Read what of the profile at ``directory`` has not reached the server (read only).

    An encrypted profile cannot be read without its owner's password: its counts
    are those it left on its card when it was last locked or closed (never
    content), or unknown (:attr:`UnsentWork.known` False) and the warning says so.
    """
    if KeyFile.of(directory).exists():
        return card_unsent(read_card_file(directory) or {})
    uri = (Path(directory) / DB_FILENAME).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=2)
    try:
        return count_unsent(conn)
    finally:
        conn.close()


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
           "count_unsent", "unsent_work"]
