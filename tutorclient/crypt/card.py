"""``card.json``: what an encrypted profile shows before its password is typed.

Who the profile belongs to, its server, when it last synced, and the lock's own
state (idle time, wrong tries, whether it was left locked): the start and lock
screens need these while the database is still closed. Nothing private is kept
here; docs/shared-devices.md lists it as what a copied folder does reveal.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .keys import KeyFile

CARD_FILE = "card.json"
LAST_SYNC = "last_good_sync"  # the card's copy of the Sync page's "last synced"
UNSENT_CARD_KEY = "unsent"  # counts of unsent work (tutorclient/unsent.py), never content


def read_card_file(directory: Path) -> dict[str, Any] | None:
    """The card of an encrypted profile; None for a plain one."""
    if not KeyFile.of(directory).exists():
        return None
    try:
        data = json.loads((Path(directory) / CARD_FILE).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_card_file(directory: Path, card: dict[str, Any]) -> None:
    """Replace the card atomically (a temp file of its own, fsync, rename)."""
    path = Path(directory) / CARD_FILE
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{CARD_FILE}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(card, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


_update_lock = threading.Lock()


def update_card_file(directory: Path, change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Read, change and write the card as one step: the app's lanes write it from
    several threads (a sync's "last synced", the lock's wrong-try count)."""
    with _update_lock:
        write_card_file(directory, change(read_card_file(directory) or {}))


__all__ = ["CARD_FILE", "LAST_SYNC", "UNSENT_CARD_KEY", "read_card_file", "update_card_file",
           "write_card_file"]
