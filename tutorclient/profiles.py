"""Several people on one computer: their profiles, and where each one's files go.

Each profile is a folder ``<home>/profiles/<name>/`` (mode 0700) with its own
database, settings and keyring entry. Files are kept in two tiers:

* **course files** (attachments whose ``owner_kind`` is ``courses``) go to the
  home's shared ``blobs/`` folder, stored once however many profiles use them;
* **everything else** (case photos and PDFs, files of drafts not yet sent) goes
  to the profile's own ``private-blobs/`` folder. Another profile's
  :class:`ProfileBlobs` never looks there, so it cannot read them even when it
  knows the hash.

The start screen reads only a :class:`ProfileCard` of each profile (who it
belongs to and when it last synced), through a read-only connection; nothing
else of a profile is opened until its owner has unlocked it. No Qt here.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sync.errors import StorageError

from .paths import blob_root_for, profiles_dir
from .store import BlobCache, Store
from .store.blobs import check_hash, sha256_file
from .store.db import DB_FILENAME

log = logging.getLogger(__name__)

PRIVATE_BLOBS = "private-blobs"
PRIVATE_MODE = 0o700
COURSE_OWNER = "courses"
ADOPTED_SETTING = "private_files_adopted"  # adopt_legacy_private has run


def secure_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it private to this OS user (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, PRIVATE_MODE)
    except OSError:  # pragma: no cover - e.g. a FAT USB stick: nothing to tighten
        log.warning("cannot restrict permissions of %s", path)
    return path


# -- the list on the start screen -------------------------------------------------------


@dataclass(frozen=True)
class ProfileCard:
    """What the start screen may know of a profile: whose it is, when it last synced."""

    dir: Path
    display_name: str
    username: str
    server: str | None
    user_id: str | None
    last_sync: str | None
    has_local_password: bool

    @property
    def name(self) -> str:
        return self.dir.name


#: In a profile folder: the user was removed, only a session to end is left
#: (tutorclient.shared_laptop). The start screen does not list it.
REMOVED_MARKER = "REMOVED"


def profiles_dir_of(root: Path | None = None) -> Path:
    return profiles_dir() if root is None else root


def profile_dirs(root: Path | None = None) -> list[Path]:
    """The profile folders under the home that hold a database, by folder name."""
    root = profiles_dir_of(root)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if (p / DB_FILENAME).is_file() and not (p / REMOVED_MARKER).exists())


def read_card(directory: Path) -> ProfileCard:
    """Read a profile's card without opening it for writing (and without migrating it)."""
    from .connectivity import LAST_GOOD_SYNC_SQL  # the same time the Sync page shows
    from .locking import VERIFIER_SETTING  # the setting's name lives with the verifier

    settings: dict[str, object] = {}
    last_sync = None
    uri = (directory / DB_FILENAME).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2)
        try:
            for key, value in conn.execute(
                    "SELECT key, value FROM settings WHERE key IN ('user', 'server', ?)",
                    [VERIFIER_SETTING]):
                settings[key] = json.loads(value)
            row = conn.execute(LAST_GOOD_SYNC_SQL).fetchone()
            last_sync = row[0] if row else None
            user = settings.get("user")
            if isinstance(user, dict) and not user.get("display_name"):
                # The sign-in answer has no display name; the user's own record does.
                row = conn.execute("SELECT display_name FROM users WHERE id = ?",
                                   [str(user.get("id"))]).fetchone()
                if row and row[0]:
                    settings["user"] = dict(user, display_name=row[0])
        finally:
            conn.close()
    except (sqlite3.Error, ValueError) as exc:  # a damaged or brand-new profile: still listed
        log.warning("cannot read profile %s: %s", directory, exc)
    user = settings.get("user") if isinstance(settings.get("user"), dict) else {}
    assert isinstance(user, dict)
    username = str(user.get("username") or "")
    return ProfileCard(
        dir=directory,
        display_name=str(user.get("display_name") or username or directory.name),
        username=username,
        server=settings.get("server") if isinstance(settings.get("server"), str) else None,
        user_id=str(user["id"]) if user.get("id") is not None else None,
        last_sync=last_sync,
        has_local_password=bool(settings.get(VERIFIER_SETTING)),
    )


def list_profiles(root: Path | None = None) -> list[ProfileCard]:
    """Every profile of this home, by display name."""
    cards = [read_card(d) for d in profile_dirs(root)]
    return sorted(cards, key=lambda c: (c.display_name.casefold(), c.name))


def new_profile_dir(root: Path | None = None) -> Path:
    """A fresh, private folder for a user being added (``user-<random>``)."""
    import secrets

    root = secure_dir(profiles_dir() if root is None else root)
    while True:
        candidate = root / f"user-{secrets.token_hex(3)}"
        if not candidate.exists():
            return secure_dir(candidate)


def discard_profile(directory: Path) -> None:
    """Remove a profile folder that was created for a sign-in that never happened."""
    card = read_card(directory) if (directory / DB_FILENAME).exists() else None
    if card is not None and card.user_id is not None:
        raise ValueError(f"{directory} belongs to {card.username}; not removing it")
    shutil.rmtree(directory, ignore_errors=True)


def remove_duplicate(directory: Path) -> None:
    """Remove a profile folder made for an account that already has a profile here.

    The caller has ended the duplicate's session; the account's work lives in
    the other profile, so nothing of the user's is lost."""
    shutil.rmtree(directory, ignore_errors=True)


def same_user(card: ProfileCard, others: Iterable[ProfileCard]) -> ProfileCard | None:
    """Another profile of the same account on the same server, if there is one."""
    for other in others:
        if other.dir != card.dir and other.user_id is not None and \
                (other.server, other.user_id) == (card.server, card.user_id):
            return other
    return None


# -- files: shared course blobs, private everything else ------------------------------


class ProfileBlobs(BlobCache):
    """A profile's blob cache: course files shared by the home, the rest private.

    A hash is a *course file* when this profile's store has a course attachment
    with it; anything else, including a hash not yet described by any record
    (a case photo is stored before its row), is private. ``root`` is the shared
    root, as before, so code that reasons about course files is unchanged.
    """

    def __init__(self, store: Store, profile_dir: Path) -> None:
        super().__init__(blob_root_for(profile_dir))
        self.store = store
        self.shared = BlobCache(self.root)
        self.private = BlobCache(secure_dir(Path(profile_dir) / PRIVATE_BLOBS))

    def is_course_file(self, sha256: str) -> bool:
        row = self.store.db.execute(
            "SELECT 1 FROM attachments WHERE sha256 = ? AND owner_kind = ? LIMIT 1",
            [check_hash(sha256), COURSE_OWNER]).fetchone()
        # Or the version a changed course file replaces, kept as its delta's base
        # until the new one arrives (only course files get bases: syncstore._held_sha).
        return row is not None or self.store.db.execute(
            "SELECT 1 FROM blobs WHERE base_sha256 = ? LIMIT 1", [sha256]).fetchone() is not None

    def tier(self, sha256: str) -> BlobCache:
        """Where this blob lives for this profile."""
        if not self.is_course_file(sha256):
            return self.private
        if not self.shared.has(sha256) and self.private.has(sha256):
            return self.private  # stored before its course record arrived; still ours
        return self.shared

    def path(self, sha256: str) -> Path:
        return self.tier(sha256).path(sha256)

    def has(self, sha256: str) -> bool:
        return self.tier(sha256).has(sha256)

    def put(self, data: bytes | Iterable[bytes] | BinaryIO, sha256: str) -> Path:
        return self.tier(sha256).put(data, sha256)

    def put_file(self, source: Path, sha256: str | None = None) -> str:
        sha256 = sha256 or sha256_file(source)
        return self.tier(sha256).put_file(source, sha256)

    def read(self, sha256: str) -> bytes:
        return self.tier(sha256).read(sha256)

    def verify(self, sha256: str) -> bool:
        return self.tier(sha256).verify(sha256)

    def remove(self, sha256: str) -> bool:
        return self.tier(sha256).remove(sha256)

    def size_on_disk(self, hashes: Iterable[str] | None = None) -> int:
        if hashes is None:  # this profile's whole footprint: its share of course files too
            return self.shared.size_on_disk() + self.private.size_on_disk()
        return sum(self.path(h).stat().st_size for h in set(hashes) if self.has(h))

    def partial_path(self, sha256: str) -> Path:
        return self.tier(sha256).partial_path(sha256)

    def partial_offset(self, sha256: str) -> int:
        return self.tier(sha256).partial_offset(sha256)

    def append_partial(self, sha256: str, chunk: bytes) -> int:
        return self.tier(sha256).append_partial(sha256, chunk)

    def finish_partial(self, sha256: str) -> Path:
        return self.tier(sha256).finish_partial(sha256)

    def adopt_legacy_private(self) -> int:
        """Move this profile's private files out of the shared folder (older versions
        kept them there). Returns how many were moved.

        A private file that another profile already moved away is marked wanted
        again, so the next sync fetches this profile's own copy. Runs once per
        profile; later opens only read the setting that records it.
        """
        conn = self.store.conn
        if conn.execute("SELECT 1 FROM settings WHERE key = ?", [ADOPTED_SETTING]).fetchone():
            return 0
        rows = conn.execute(
            "SELECT DISTINCT a.sha256, b.state FROM attachments a "
            "LEFT JOIN blobs b ON b.sha256 = a.sha256 WHERE a.owner_kind != ? "
            "AND a.sha256 NOT IN (SELECT sha256 FROM attachments WHERE owner_kind = ?)",
            [COURSE_OWNER, COURSE_OWNER]).fetchall()
        moved, lost = 0, []
        for sha, state in rows:
            if self.private.has(sha):
                continue
            if self.shared.has(sha):
                try:
                    self.private.put(self.shared.read(sha), sha)
                except StorageError:  # damaged: read() set it aside; the sync fetches it
                    lost.append(sha)
                    continue
                self.shared.remove(sha)
                moved += 1
            elif state == "present":
                lost.append(sha)
        with self.store.write() as db:
            if lost:
                db.conn.executemany("UPDATE blobs SET state = 'wanted', received = 0 "
                                    "WHERE sha256 = ? AND state = 'present'",
                                    [(sha,) for sha in lost])
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, 'true')",
                       [ADOPTED_SETTING])
        return moved


__all__ = [
    "PRIVATE_BLOBS",
    "REMOVED_MARKER",
    "ProfileBlobs",
    "ProfileCard",
    "discard_profile",
    "list_profiles",
    "new_profile_dir",
    "profile_dirs",
    "profiles_dir_of",
    "read_card",
    "same_user",
    "secure_dir",
]
