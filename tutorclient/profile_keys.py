"""A profile's encryption at rest, as the :class:`~tutorclient.session.Profile` uses it.

An encrypted profile (one with ``keys.json``, see tutorclient/crypt/) opens
**locked**: no database connection, no key in memory. :meth:`ProfileKeys.unlock`
unwraps the data key with the password (argon2id), finishes an interrupted
in-place encryption if there is one, and opens the store; :meth:`ProfileKeys.lock`
closes every connection and drops the key. A plain profile from an older version
is encrypted at its first unlock or sign-in, when the password is at hand.

While locked, the few settings the start and lock screens need (who, which
server, the idle time, the wrong-try count, the text size...) come from
``card.json``: plain, and holding nothing private. No Qt here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sync.errors import AuthError

from . import locking
from .crypt.card import (
    LAST_SYNC,
    UNSENT_CARD_KEY,
    read_card_file,
    update_card_file,
    write_card_file,
)
from .crypt.keys import ENCRYPTED, KeyFile, WrongPassword, load_recovery_public, subkey
from .paths import app_home
from .profiles import ProfileBlobs
from .store import Store
from .store.db import DB_FILENAME

log = logging.getLogger(__name__)

#: Settings an encrypted profile also keeps readable while locked (never private).
PLAIN_SETTINGS = frozenset({
    "user", "server", "ca_bundle", "profile_id", "signed_out", "token_file_allowed",
    "font_size", "demo_profile", locking.LOCKED_SETTING, locking.FAILURES_SETTING,
    locking.LOCK_AFTER_SETTING,
})
class ProfileLocked(AuthError):
    """The profile's data is encrypted and its key is not in memory."""

    user_message = "This profile is locked. Type your password to open it."


def recovery_key_path() -> Path:
    """Where a coordinator puts the device's recovery public key (X25519, PEM)."""
    return app_home() / "recovery-key.pub"


def recovery_configured() -> bool:
    """Whether new profiles here also wrap their key to a coordinator's recovery key
    (the first sign-in's notice says which: tutorclient/ui/login.py)."""
    return recovery_key_path().is_file()


class ProfileKeys:
    """The encryption half of :class:`~tutorclient.session.Profile` (a mixin)."""

    dir: Path
    store: Store
    setting: Any  # Profile.setting
    blobs: ProfileBlobs
    _data_key: bytes | None = None

    # -- state ------------------------------------------------------------------------

    @property
    def keys(self) -> KeyFile:
        return KeyFile.of(self.dir)

    @property
    def encrypted(self) -> bool:
        return self.keys.exists()

    @property
    def is_locked(self) -> bool:
        return self._data_key is None and self.encrypted

    def _open(self, data_key: bytes | None) -> None:
        """Open the store (and blob cache) with ``data_key``; None: plain."""
        db_key = subkey(data_key, "db") if data_key is not None else None
        file_key = subkey(data_key, "files") if data_key is not None else None
        self.store = Store.open(self.dir, key=db_key)
        self.blobs = ProfileBlobs(self.store, self.dir, file_key)
        self.blobs.adopt_legacy_private()
        self._data_key = data_key
        if data_key is not None and UNSENT_CARD_KEY in self._card():
            self._card_quietly(UNSENT_CARD_KEY, None)  # open: the counts on the card go stale

    def _open_locked(self) -> None:
        # A closed store: every query raises until unlock(); nothing is decrypted.
        self.store = Store(self.dir / DB_FILENAME)
        self.store.close()
        self.blobs = ProfileBlobs(self.store, self.dir, file_key=bytes(32))
        self._data_key = None

    def key_material(self) -> list[str]:
        """Every spelling of this profile's keys that text could carry (for scrubbing)."""
        import base64

        keys = [self._data_key] if self._data_key is not None else []
        keys += [subkey(k, purpose) for k in keys for purpose in ("db", "files")]
        out = [form for k in keys for form in (k.hex(), k.hex().upper(),
                                                base64.b64encode(k).decode("ascii"))]
        if self.encrypted:  # the wrapped key and salt are no secret alone, but stay home
            data = self.keys.read()
            out += [data.get("kdf", {}).get("salt", "")]
            out += [v for entry in ("password", "recovery") for k, v in
                    data.get(entry, {}).items() if k != "recipient"]
        return [s for s in out if s]

    def check_encryption(self) -> str:
        """For the self-test: the database and files are encrypted and read back."""
        import io
        import os

        from .crypt import cipherdb, files

        if self._data_key is None:
            raise ProfileLocked("check_encryption on a locked or plain profile")
        if cipherdb.is_plain(self.dir / DB_FILENAME) or self.keys.state() != ENCRYPTED:
            raise ValueError("the profile database is not encrypted")
        version = self.store.conn.execute("PRAGMA cipher_version").fetchone()
        payload = os.urandom(200_000)
        sealed = io.BytesIO()
        files.seal_stream(subkey(self._data_key, "files"), [payload], sealed)
        sealed_bytes = sealed.getvalue()
        if payload[:64] in sealed_bytes:
            raise ValueError("sealing left the bytes readable")
        return f"SQLCipher {version[0] if version else '?'}; AES-GCM files ok"

    # -- lock and unlock ----------------------------------------------------------------

    def lock(self) -> None:
        """Close every connection and drop the key from memory (idle lock, sign-out)."""
        if not self.encrypted:
            return
        self.leave_counts()
        self.store.close()
        self._open_locked()

    def leave_counts(self) -> None:
        """Before locking or closing: what is unsent, counted, for the removal warning."""
        # Loaded here, not at import: the app's start needs none of the outbox code.
        from .unsent import CARD_KEY, as_card, count_unsent

        if self._data_key is not None and not self.store.closed:
            self._card_quietly(CARD_KEY, as_card(count_unsent(self.store.conn)))

    def unlock(self, password: str) -> bool:
        """Open the profile with ``password``; False if it is not the one.

        A plain profile from an older version is checked against its verifier
        and then encrypted in place (crash-safe, tutorclient/crypt/adopt.py).
        """
        if not password:
            return False
        if not self.encrypted:
            verifier = self.setting(locking.VERIFIER_SETTING)
            if not locking.verify_password(verifier, password):
                return False
            self.encrypt(password)
            return True
        try:
            data_key = self.keys.unwrap(password)
        except WrongPassword:
            return False
        if self._data_key is None:
            self._become_unlocked(data_key)
        return True

    def _become_unlocked(self, data_key: bytes) -> None:
        from .crypt.adopt import encrypt_in_place

        self.store.close()
        if self.keys.state() != ENCRYPTED:
            encrypt_in_place(self.dir, data_key)  # resume what a crash interrupted
        self._open(data_key)

    def encrypt(self, password: str) -> None:
        """Encrypt this plain, open profile in place with a new data key."""
        if self.encrypted:
            raise ValueError(f"{self.dir} is already encrypted")
        card = {key: self.setting(key) for key in PLAIN_SETTINGS
                if self.setting(key) is not None}
        self._write_card(self._named(card))
        data_key = self.keys.create(password, load_recovery_public(recovery_key_path()))
        self._become_unlocked(data_key)

    def change_password(self, new_password: str) -> None:
        """Re-wrap the data key for ``new_password``; the data is not re-encrypted."""
        if self._data_key is None:
            raise ProfileLocked("change_password on a locked profile")
        self.keys.rewrap(self._data_key, new_password)

    def recover(self, private_key_pem: bytes, new_password: str) -> None:
        """Open with the coordinator's recovery key and set a new password."""
        data_key = self.keys.recover(private_key_pem)
        self.keys.rewrap(data_key, new_password)
        if self._data_key is None:
            self._become_unlocked(data_key)

    # -- the plain card (tutorclient/crypt/card.py) ------------------------------------------

    def _card(self) -> dict[str, Any]:
        return read_card_file(self.dir) or {}

    def _write_card(self, card: dict[str, Any]) -> None:
        write_card_file(self.dir, card)

    def refresh_card(self, synced_at: str) -> None:
        """After a good sync: the start screen's "last synced" and the user's own name."""
        try:
            update_card_file(self.dir, lambda card: self._named({**card, LAST_SYNC: synced_at}))
        except OSError as exc:  # a full disk: the sync itself is applied; only this waits
            log.info("cannot update %s's card: %s", self.dir, exc)

    def _card_quietly(self, key: str, value: Any) -> None:
        """A card entry that may fail to be written on a full disk: opening or closing
        the profile goes on (without the counts, the removal says it cannot count)."""
        try:
            self._card_setting(key, value)
        except OSError as exc:
            log.info("cannot update %s's card: %s", self.dir, exc)

    def _named(self, card: dict[str, Any]) -> dict[str, Any]:
        """The card with the user's name from their own record, once synced."""
        user = card.get("user")
        if not isinstance(user, dict) or user.get("display_name"):
            return card
        row = self.store.conn.execute("SELECT display_name FROM users WHERE id = ?",
                                      [str(user.get("id"))]).fetchone()
        return {**card, "user": {**user, "display_name": row[0]}} if row and row[0] else card

    def _card_setting(self, key: str, value: Any) -> None:
        def change(card: dict[str, Any]) -> dict[str, Any]:
            card = {k: v for k, v in card.items() if k != key}
            return card if value is None else {**card, key: value}

        update_card_file(self.dir, change)


__all__ = ["PLAIN_SETTINGS", "ProfileKeys", "ProfileLocked", "recovery_configured",
           "recovery_key_path"]
