"""The server's Ed25519 signing key, kept in its data directory.

The key signs ``to-device`` USB bundles (sync/bundle.py). It is created on
first use as ``<data dir>/server-key.pem`` (PKCS#8, mode 0600); clients learn
the public half at sign-in from ``GET /v1/server-key`` and refuse bundles
signed by any other key. Losing the file means devices must sign in once over
the network before they accept bundles again; copying it lets another server
sign bundles those devices would accept, so back it up like the database.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from sync.bundle import fingerprint, public_key_text
from sync.errors import StorageError

KEY_FILE = "server-key.pem"


def key_path(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / KEY_FILE


def load_or_create(data_dir: str | os.PathLike[str]) -> Ed25519PrivateKey:
    """The server's signing key, created (0600) if the data directory has none.

    Creation is race-free: the key is written to a private temporary file and
    linked into place, so of two processes starting at once one wins and the
    other reads the winner's key.
    """
    path = key_path(data_dir)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        tmp = path.with_name(f".{KEY_FILE}.{secrets.token_hex(6)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                fh.flush()
                os.fsync(fh.fileno())
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        finally:
            tmp.unlink(missing_ok=True)
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise StorageError(f"cannot read the server key {path}: {exc}", user_message=(
            f"The server's signing key {path} cannot be read. Restore it from a backup, "
            "or move it away to create a new one (devices must then sign in once).")) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise StorageError(f"{path} is not an Ed25519 key")
    return key


def public_info(data_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """What ``GET /v1/server-key`` answers: algorithm, public key and its fingerprint."""
    pub = load_or_create(data_dir).public_key()
    return {"alg": "ed25519", "key": public_key_text(pub), "id": fingerprint(pub)}


__all__ = ["KEY_FILE", "key_path", "load_or_create", "public_info"]
