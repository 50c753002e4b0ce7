"""``card.json``: what an encrypted profile shows before its password is typed.

Who the profile belongs to, its server, when it last synced, and the lock's own
state (idle time, wrong tries, whether it was left locked): the start and lock
screens need these while the database is still closed. Nothing private is kept
here; docs/shared-devices.md lists it as what a copied folder does reveal.
"""

from __future__ import annotations

import json
import os
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
    """Replace the card atomically (temp file, fsync, rename)."""
    path = Path(directory) / CARD_FILE
    tmp = path.with_name(f".{CARD_FILE}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(card, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


__all__ = ["CARD_FILE", "LAST_SYNC", "UNSENT_CARD_KEY", "read_card_file", "write_card_file"]
