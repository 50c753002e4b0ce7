"""A profile's data key: random, and kept on disk only wrapped.

``<profile>/keys.json`` holds the 256-bit data key sealed (AES-GCM) twice at most:

* by a key derived from the user's password with argon2id (salt and cost in the
  file, so the cost can be raised later); a password change re-wraps this one
  entry and never touches the data;
* optionally, to a coordinator's X25519 **recovery** public key configured for
  the device (``<home>/recovery-key.pub``): whoever holds its private half can
  open this laptop's unsent work after a forgotten password
  (docs/shared-devices.md weighs that).

The database and the private files each use their own subkey (HKDF), so one key
never serves two ciphers. The file is written atomically (temp, fsync,
rename); it also carries the in-place encryption's progress (:mod:`.adopt`).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KEYS_FILE = "keys.json"
RECOVERY_PUBLIC = "recovery-key.pub"
KEY_BYTES = 32
_WRAP_AAD = b"tutorclient data key v1"
_RECOVERY_INFO = b"tutorclient recovery wrap v1"
#: argon2id cost: RFC 9106's low-memory profile (3 passes over 64 MiB, 4 lanes),
#: about 0.1-0.3 s on an old laptop, and the same for each guess of a thief.
ARGON2 = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}
#: States of the in-place encryption, in keys.json (see :mod:`.adopt`).
ENCRYPTING, ENCRYPTED = "encrypting", "encrypted"


class WrongPassword(Exception):
    """The password (or recovery key) does not unwrap the data key."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def derive_kek(password: str, salt: bytes, cost: dict[str, int]) -> bytes:
    """The key-encryption key for ``password`` (argon2id, raw 32 bytes)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=cost["time_cost"],
                           memory_cost=cost["memory_cost"], parallelism=cost["parallelism"],
                           hash_len=KEY_BYTES, type=Type.ID)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A 32-byte key for one use ("db", "files") derived from the data key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None,
                info=b"tutorclient " + purpose.encode()).derive(data_key)


def _seal(key: bytes, plain: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(key).encrypt(nonce, plain, _WRAP_AAD))}


def _open(key: bytes, entry: dict[str, str]) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), _WRAP_AAD)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise WrongPassword("the key does not unwrap the data key") from exc


# -- the coordinator's recovery key (X25519) --------------------------------------------


def _recovery_kek(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), KEY_BYTES, salt=ephemeral_pub + recipient_pub,
                info=_RECOVERY_INFO).derive(shared)


def load_recovery_public(path: Path) -> bytes | None:
    """The raw X25519 public key in ``path`` (PEM), or None when there is no file."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_public_key,
    )

    try:
        key = load_pem_public_key(Path(path).read_bytes())
    except FileNotFoundError:
        return None
    if not isinstance(key, X25519PublicKey):
        raise ValueError(f"{path} is not an X25519 public key")
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def wrap_to_recovery(data_key: bytes, recipient_pub: bytes) -> dict[str, str]:
    """Seal the data key to a coordinator's public key (ephemeral-static X25519)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    entry = _seal(_recovery_kek(shared, eph_pub, recipient_pub), data_key)
    return {**entry, "ephemeral": _b64(eph_pub), "recipient": _b64(recipient_pub)}


def unwrap_with_recovery(entry: dict[str, str], private_pem: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    private = load_pem_private_key(private_pem, password=None)
    if not isinstance(private, X25519PrivateKey):
        raise WrongPassword("not an X25519 private key")
    eph_pub, recipient = _unb64(entry["ephemeral"]), _unb64(entry["recipient"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    return _open(_recovery_kek(shared, eph_pub, recipient), entry)


# -- keys.json ---------------------------------------------------------------------------


@dataclass
class KeyFile:
    """``<profile>/keys.json``: the wrapped data key and the encryption's progress."""

    path: Path

    @classmethod
    def of(cls, profile_dir: Path) -> "KeyFile":
        return cls(Path(profile_dir) / KEYS_FILE)

    def exists(self) -> bool:
        return self.path.is_file()

    def read(self) -> dict[str, Any]:
        return json.loads(self.path.read_text("utf-8"))

    def write(self, data: dict[str, Any]) -> None:
        """Replace the file atomically: a crash leaves the old or the new, never half."""
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{KEYS_FILE}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:  # mkstemp: mode 0600
                json.dump(data, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        fsync_dir(self.path.parent)

    def state(self) -> str | None:
        return self.read().get("state") if self.exists() else None

    def set_state(self, state: str) -> None:
        self.write({**self.read(), "state": state})

    def create(self, password: str, recovery_pub: bytes | None = None) -> bytes:
        """A new random data key, wrapped by ``password``; returns the data key."""
        if self.exists():
            raise FileExistsError(f"{self.path} exists: unlock it instead")
        data_key = os.urandom(KEY_BYTES)
        self.write(self._wrapped(data_key, password, recovery_pub, state=ENCRYPTING))
        return data_key

    @staticmethod
    def _wrapped(data_key: bytes, password: str, recovery_pub: bytes | None,
                 state: str) -> dict[str, Any]:
        salt = os.urandom(16)
        cost = dict(ARGON2)
        data: dict[str, Any] = {
            "version": 1, "state": state,
            "kdf": {"name": "argon2id", **cost, "salt": _b64(salt)},
            "password": _seal(derive_kek(password, salt, cost), data_key),
        }
        if recovery_pub is not None:
            data["recovery"] = wrap_to_recovery(data_key, recovery_pub)
        return data

    def unwrap(self, password: str) -> bytes:
        """The data key; :class:`WrongPassword` if ``password`` is not the one."""
        data = self.read()
        kdf = data["kdf"]
        cost = {k: int(kdf[k]) for k in ARGON2}
        return _open(derive_kek(password, _unb64(kdf["salt"]), cost), data["password"])

    def unwrap_ok(self, password: str) -> bool:
        try:
            self.unwrap(password)
        except WrongPassword:
            return False
        return True

    def rewrap(self, data_key: bytes, new_password: str,
               recovery_pub: bytes | None = None) -> None:
        """A new password (and fresh salt) for the same data key: nothing is re-encrypted.

        The recovery entry is kept as it was unless a recovery key is given.
        """
        data = self.read()
        fresh = self._wrapped(data_key, new_password, recovery_pub, data.get("state", ENCRYPTED))
        if recovery_pub is None and "recovery" in data:
            fresh["recovery"] = data["recovery"]
        self.write(fresh)

    def recover(self, private_pem: bytes) -> bytes:
        """The data key through the coordinator's recovery key (see module doc)."""
        entry = self.read().get("recovery")
        if not entry:
            raise WrongPassword("no recovery key was set up for this profile")
        return unwrap_with_recovery(entry, private_pem)

    def has_recovery(self) -> bool:
        return self.exists() and "recovery" in self.read()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows: renames are durable once the file is flushed
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["ENCRYPTED", "ENCRYPTING", "KEYS_FILE", "KeyFile", "RECOVERY_PUBLIC",
           "WrongPassword", "derive_kek", "fsync_dir", "load_recovery_public", "subkey",
           "unwrap_with_recovery", "wrap_to_recovery"]
