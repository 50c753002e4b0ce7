"""USB bundles: one zip file carrying sync data where no network reaches.

A coordinator carries bundles between the server and offline clinics on a USB
stick. Two kinds exist (docs/bundles.md is the normative description):

* ``to-device``: pages of changes a user has not seen, the blobs they
  reference, and the results of ops the server took from that user's earlier
  bundles. Signed by the server (Ed25519), so a device refuses anything the
  server did not make.
* ``from-device``: a device's outbox (wire ops with their UUIDs) and the blobs
  those ops reference. Signed by the device's own Ed25519 key, made at sign-in
  and registered with the server then, so the server refuses a bundle that was
  not made on a device signed in as the user it names.

Layout inside the zip::

    manifest.json          format, kind, server, user, cursor range, members (name, sha256, size)
    manifest.sig           64-byte Ed25519 signature of manifest.json's exact bytes
                           (to-device: the server's key; from-device: the device's key)
    manifest.sha256        unsigned from-device bundles only (older clients): hex SHA-256
    records/000001.json    to-device: one page of changes {"c": cursor, "x": [change, ...]}
    results.json           to-device: {"r": [result, ...], "stored": [sha256, ...]}
    ops.json               from-device: {"o": [op, ...]}
    blobs/<sha256>         blob bytes, named by their hash
    deltas/<base>.<sha256> to-device: a changed file as a delta (``sync.delta``) from the
                           version the device held, ``base``; rebuilt and verified by
                           ``sha256`` on import (older clients refuse such a bundle)

The manifest pins every member's hash and size, so verifying its signature
(or checksum) and then every member covers every byte that is used. Members
are read only by the exact names the manifest lists, never extracted by the
names the archive claims; any other name in the archive refuses the bundle.
Everything is verified before the caller applies anything.

This module knows nothing of databases, Qt or ``tutorclient``; the server side
(``sync/server/bundles.py``) and the client side (``tutorclient/bundles.py``)
are thin.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Callable, Self

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.errors import BadDataError
from sync.protocol import TooDeepError, loads as _loads

FORMAT_VERSION = 1
#: Where clients fetch the server's public key at sign-in.
SERVER_KEY_PATH = "/v1/server-key"
TO_DEVICE = "to-device"
FROM_DEVICE = "from-device"
KINDS = (TO_DEVICE, FROM_DEVICE)

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHECKSUM = "manifest.sha256"
RESULTS = "results.json"
OPS = "ops.json"
RECORDS_PREFIX = "records/"
BLOBS_PREFIX = "blobs/"
DELTAS_PREFIX = "deltas/"

MB = 1024 * 1024
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_PAGE_RE = re.compile(r"^records/[0-9]{6}\.json$")
_BLOB_RE = re.compile(r"^blobs/[0-9a-f]{64}$")
_DELTA_RE = re.compile(r"^deltas/[0-9a-f]{64}\.[0-9a-f]{64}$")
# Only these members may appear in each kind of bundle (besides manifest files).
_MEMBER_RULES = {
    TO_DEVICE: (_PAGE_RE, re.compile(r"^results\.json$"), _BLOB_RE, _DELTA_RE),
    FROM_DEVICE: (re.compile(r"^ops\.json$"), _BLOB_RE),
}
_S_IFLNK = 0o120000
_CHUNK = 1 << 20

# Coordinator-facing messages (shown as is by both command lines).
MSG_INCOMPLETE = "The file is incomplete — copy it again from the USB stick."
MSG_DAMAGED = ("The bundle was changed or damaged after it was made, so nothing was "
               "imported. Copy it again from the USB stick, or make a new one.")
MSG_WRONG_SERVER = ("This bundle was not made by this computer's server, so nothing was "
                    "imported. Make a new bundle on the server this profile signs in to.")
MSG_WRONG_DEVICE = ("This bundle was not made on a device signed in as {who}, so nothing was "
                    "imported. On that computer, sign in once with a connection (with this "
                    "version of TutorClient or later), then export the bundle again.")
MSG_UNSAFE = ("This file contains unsafe entries ({what}) and is not a TutorClient "
              "bundle; nothing was imported. Do not use it.")


class BundleError(BadDataError):
    """A bundle was refused; ``code`` says why, ``user_message`` says what to do.

    Codes: ``incomplete``, ``damaged``, ``wrong_server``, ``wrong_device``, ``wrong_user``,
    ``wrong_kind``, ``unsafe``, ``too_large``, ``no_space``, ``stale``,
    ``gap``, ``no_key``, ``format``.
    """

    user_message = MSG_DAMAGED

    def __init__(self, code: str, message: str, *, user_message: str | None = None) -> None:
        super().__init__(message, user_message=user_message)
        self.code = code


@dataclass(frozen=True)
class Limits:
    """Size limits applied before anything is read into memory or onto disk.

    ``keep_free`` is the disk space that must remain free after an import
    (tests raise it past the free space to trigger the refusal).
    """

    max_file: int = 4096 * MB
    max_total: int = 4096 * MB  # sum of declared member sizes
    max_manifest: int = 8 * MB
    max_json_member: int = 64 * MB  # one records page, results or ops
    max_blob: int = 64 * MB
    max_members: int = 100_000
    keep_free: int = 64 * MB


DEFAULT_LIMITS = Limits()


# -- keys -------------------------------------------------------------------------------


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    """The server id written into manifests: hex SHA-256 of the raw public key."""
    return hashlib.sha256(public_key_bytes(key)).hexdigest()


def public_key_text(key: Ed25519PublicKey) -> str:
    """The public key as served by ``GET /v1/server-key`` (base64 of 32 raw bytes)."""
    return base64.b64encode(public_key_bytes(key)).decode("ascii")


def load_public_key(text: str) -> Ed25519PublicKey:
    """Parse :func:`public_key_text` output."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, UnicodeError) as exc:
        raise BundleError("no_key", f"bad server public key {text!r}") from exc


# -- writing -----------------------------------------------------------------------------


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class BundleWriter:
    """Builds a bundle in ``<path>.part`` and renames it into place on :meth:`finish`.

    Use as a context manager: leaving the block by an exception removes the
    partial file, so a half-written bundle never sits on the stick under the
    final name.
    """

    def __init__(self, path: str | os.PathLike[str], kind: str, *, user: dict[str, Any],
                 server: str | None, cursor: dict[str, int], device: str | None = None,
                 info: dict[str, Any] | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown bundle kind {kind!r}")
        self.path = Path(path)
        self.tmp = self.path.with_name(self.path.name + ".part")
        self.kind = kind
        self.head: dict[str, Any] = {
            "format": FORMAT_VERSION, "kind": kind, "server": server,
            "user": dict(user), "device": device, "cursor": dict(cursor),
            "created_at": _now_iso(), "info": dict(info or {}),
        }
        self.members: list[dict[str, Any]] = []
        self._names: set[str] = set()
        self._zip = zipfile.ZipFile(self.tmp, "w", allowZip64=True)
        self.size = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is not None:
            self.abort()

    def _add(self, name: str, data: bytes, compress: bool) -> None:
        if name in self._names:
            raise ValueError(f"duplicate member {name}")
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.external_attr = 0o100644 << 16
        zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self._zip.writestr(zi, data)
        self._names.add(name)
        self.size += len(data)

    def add_json(self, name: str, obj: Any) -> None:
        """Add a JSON member (a records page, ``results.json`` or ``ops.json``)."""
        data = canonical_json(obj)
        self._add(name, data, compress=True)
        self.members.append({"name": name, "sha256": hashlib.sha256(data).hexdigest(),
                             "size": len(data)})

    def add_page(self, number: int, cursor: int, changes_json: list[str]) -> None:
        """Add records page ``number`` (1-based) from changes already encoded as JSON."""
        name = f"{RECORDS_PREFIX}{number:06d}.json"
        data = f'{{"c":{int(cursor)},"x":[{",".join(changes_json)}]}}'.encode()
        self._add(name, data, compress=True)
        self.members.append({"name": name, "sha256": hashlib.sha256(data).hexdigest(),
                             "size": len(data)})

    def add_blob(self, sha256: str, data: bytes) -> None:
        """Add a blob; its bytes must hash to ``sha256``."""
        if not _SHA_RE.match(sha256) or hashlib.sha256(data).hexdigest() != sha256:
            raise BundleError("damaged", f"blob {sha256} does not match its bytes")
        self._add(BLOBS_PREFIX + sha256, data, compress=False)
        self.members.append({"name": BLOBS_PREFIX + sha256, "sha256": sha256,
                             "size": len(data)})

    def add_delta(self, base: str, sha256: str, data: bytes) -> None:
        """Add the delta that turns blob ``base`` into blob ``sha256``."""
        if not (_SHA_RE.match(base) and _SHA_RE.match(sha256)):
            raise BundleError("format", f"bad delta name {base}.{sha256}")
        name = f"{DELTAS_PREFIX}{base}.{sha256}"
        self._add(name, data, compress=False)
        self.members.append({"name": name, "sha256": hashlib.sha256(data).hexdigest(),
                             "size": len(data)})

    def has_blob(self, sha256: str) -> bool:
        return BLOBS_PREFIX + sha256 in self._names

    def finish(self, signing_key: Ed25519PrivateKey | None = None) -> dict[str, Any]:
        """Write the manifest (signed if a key is given), fsync, rename; returns it.

        To-device: ``signing_key`` is the server's and names it (``server``).
        From-device: it is the device's key and is named by ``device_key``.
        """
        manifest = dict(self.head, members=self.members)
        if signing_key is not None and self.kind == TO_DEVICE:
            manifest["server"] = fingerprint(signing_key.public_key())
        elif signing_key is not None:
            manifest["device_key"] = fingerprint(signing_key.public_key())
        raw = canonical_json(manifest)
        self._add(MANIFEST, raw, compress=True)
        if signing_key is not None:
            self._add(SIGNATURE, signing_key.sign(raw), compress=False)
        else:
            self._add(CHECKSUM, hashlib.sha256(raw).hexdigest().encode("ascii"), compress=False)
        self._zip.close()
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.path)
        return manifest

    def abort(self) -> None:
        try:
            self._zip.close()
        finally:
            self.tmp.unlink(missing_ok=True)


# -- reading and verifying ------------------------------------------------------------------


@dataclass
class Member:
    name: str
    sha256: str
    size: int


@dataclass
class Bundle:
    """An opened, fully verified bundle. Read members only through its methods."""

    path: Path
    manifest: dict[str, Any]
    signed_by: str | None
    members: dict[str, Member] = field(default_factory=dict)
    _zip: zipfile.ZipFile | None = None
    limits: Limits = DEFAULT_LIMITS

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def user(self) -> dict[str, Any]:
        return self.manifest["user"]

    @property
    def cursor(self) -> dict[str, int]:
        return self.manifest["cursor"]

    @property
    def info(self) -> dict[str, Any]:
        return self.manifest.get("info") or {}

    @property
    def total_size(self) -> int:
        return sum(m.size for m in self.members.values())

    def page_names(self) -> list[str]:
        return sorted(n for n in self.members if n.startswith(RECORDS_PREFIX))

    def blob_hashes(self) -> list[str]:
        return sorted(n[len(BLOBS_PREFIX):] for n in self.members if n.startswith(BLOBS_PREFIX))

    def deltas(self) -> list[tuple[str, str]]:
        """``(base, sha256)`` of every delta carried, sorted."""
        return sorted(tuple(n[len(DELTAS_PREFIX):].split(".", 1))  # type: ignore[misc]
                      for n in self.members if n.startswith(DELTAS_PREFIX))

    def read_delta(self, base: str, sha256: str) -> bytes:
        return self.read(f"{DELTAS_PREFIX}{base}.{sha256}")

    def has(self, name: str) -> bool:
        return name in self.members

    def read(self, name: str) -> bytes:
        """The bytes of member ``name``, re-verified against the manifest."""
        member = self.members.get(name)
        if member is None or self._zip is None:
            raise BundleError("format", f"no member {name} in the bundle")
        return _read_verified(self._zip, member, self.limits)

    def read_json(self, name: str) -> Any:
        try:
            return _loads(self.read(name))
        except TooDeepError as exc:
            raise BundleError("damaged", f"{name} is nested too deeply ({exc})") from exc
        except (ValueError, UnicodeError) as exc:
            raise BundleError("damaged", f"{name} is not valid JSON") from exc

    def read_blob(self, sha256: str) -> bytes:
        return self.read(BLOBS_PREFIX + sha256)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


#: Given a from-device manifest as claimed (parsed, not yet verified), the public
#: keys registered for the device and user it names, by fingerprint. May raise
#: BundleError itself (another server, an unknown user).
DeviceKeys = Callable[[dict[str, Any]], dict[str, Ed25519PublicKey]]


def open_bundle(path: str | os.PathLike[str], kind: str, *,
                public_key: Ed25519PublicKey | None = None,
                device_keys: DeviceKeys | None = None,
                space_dir: str | os.PathLike[str] | None = None,
                limits: Limits = DEFAULT_LIMITS) -> Bundle:
    """Open and verify a bundle completely, or raise :class:`BundleError`.

    ``kind`` is the kind expected. A ``to-device`` bundle must carry a valid
    signature by ``public_key``. A ``from-device`` bundle, with ``device_keys``,
    must be signed by one of the keys it returns (``wrong_device`` otherwise,
    also for an unsigned bundle); without ``device_keys`` only an unsigned
    bundle's checksum is checked: integrity, not authenticity (tests and tools). Every member's size and SHA-256 is checked against the manifest
    and the archive may hold nothing else. With ``space_dir``, the declared
    sizes plus ``limits.keep_free`` must fit in that disk's free space.
    Nothing is written anywhere.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BundleError("incomplete", f"{path}: no such file",
                          user_message=f"There is no file {path}.") from None
    if size > limits.max_file:
        raise BundleError("too_large", f"{path}: {size} bytes > {limits.max_file}",
                          user_message=_too_large(size, limits.max_file))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, struct.error, ValueError) as exc:
        raise BundleError("incomplete", f"{path}: not a complete zip: {exc}",
                          user_message=MSG_INCOMPLETE) from exc
    try:
        bundle = _verify(zf, path, kind, public_key, device_keys, space_dir, limits)
    except BaseException:
        zf.close()
        raise
    return bundle


def _too_large(size: int, limit: int) -> str:
    return (f"This bundle is too large ({size / MB:.0f} MB; the limit is {limit / MB:.0f} MB). "
            "Nothing was imported. Make smaller bundles (for example, without files).")


def _check_names(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members + 2:
        raise BundleError("too_large", f"{len(infos)} members > {limits.max_members}",
                          user_message=(f"This bundle holds too many entries ({len(infos)}). "
                                        "Nothing was imported. Make smaller bundles."))
    table: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if (name.startswith(("/", "\\")) or "\\" in name or ".." in parts or ":" in name
                or not name.isprintable() or name.endswith("/")):
            raise BundleError("unsafe", f"unsafe member name {name!r}",
                              user_message=MSG_UNSAFE.format(what=f"the path {name!r}"))
        if stat.S_IFMT(info.external_attr >> 16) == _S_IFLNK:
            raise BundleError("unsafe", f"symlink member {name!r}",
                              user_message=MSG_UNSAFE.format(what=f"the link {name!r}"))
        if name in table:
            raise BundleError("unsafe", f"duplicate member {name!r}",
                              user_message=MSG_UNSAFE.format(what=f"two entries named {name!r}"))
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                              zipfile.ZIP_DEFLATED):
            raise BundleError("format", f"encrypted or unsupported member {name!r}",
                              user_message=MSG_DAMAGED)
        table[name] = info
    return table


def _read_raw(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """At most ``limit`` bytes of a member, decompressed; errors mean damage."""
    if info.file_size > limit:
        raise BundleError("too_large", f"{info.filename}: {info.file_size} > {limit}",
                          user_message=_too_large(info.file_size, limit))
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, struct.error) as exc:
        raise BundleError("damaged", f"{info.filename}: {exc}", user_message=MSG_DAMAGED) from exc
    if len(data) > limit:
        raise BundleError("too_large", f"{info.filename} inflates past {limit}",
                          user_message=_too_large(len(data), limit))
    return data


def _read_verified(zf: zipfile.ZipFile, member: Member, limits: Limits) -> bytes:
    limit = limits.max_blob if member.name.startswith((BLOBS_PREFIX, DELTAS_PREFIX)) \
        else limits.max_json_member
    info = zf.getinfo(member.name)
    if info.file_size != member.size:
        raise BundleError("damaged", f"{member.name}: size {info.file_size} != {member.size}")
    data = _read_raw(zf, info, min(limit, member.size))
    if len(data) != member.size or hashlib.sha256(data).hexdigest() != member.sha256:
        raise BundleError("damaged", f"{member.name}: hash mismatch")
    return data


def _verify(zf: zipfile.ZipFile, path: Path, kind: str, public_key: Ed25519PublicKey | None,
            device_keys: DeviceKeys | None, space_dir: str | os.PathLike[str] | None,
            limits: Limits) -> Bundle:
    table = _check_names(zf, limits)
    if MANIFEST not in table:
        raise BundleError("format", "no manifest.json", user_message=(
            "This file is not a TutorClient bundle (it has no manifest). Nothing was imported."))
    raw = _read_raw(zf, table[MANIFEST], limits.max_manifest)
    if kind == FROM_DEVICE:
        signed_by = _check_device_seal(zf, table, raw, device_keys)
    else:
        signed_by = _check_seal(zf, table, raw, kind, public_key)
    manifest = _parse_manifest(raw, kind)
    members = {m["name"]: Member(m["name"], m["sha256"], m["size"])
               for m in manifest["members"]}
    expected = set(members) | {MANIFEST, SIGNATURE if signed_by else CHECKSUM}
    extra = sorted(set(table) - expected)
    if extra:
        raise BundleError("unsafe", f"members not in the manifest: {extra[:5]}",
                          user_message=MSG_UNSAFE.format(what=f"the unlisted entry {extra[0]!r}"))
    missing = sorted(expected - set(table))
    if missing:
        raise BundleError("incomplete", f"missing members: {missing[:5]}",
                          user_message=MSG_INCOMPLETE)
    total = sum(m.size for m in members.values())
    if total > limits.max_total:
        raise BundleError("too_large", f"declared {total} > {limits.max_total}",
                          user_message=_too_large(total, limits.max_total))
    if space_dir is not None:
        _check_space(Path(space_dir), total, limits.keep_free)
    bundle = Bundle(path, manifest, signed_by, members, zf, limits)
    for member in members.values():
        _read_verified(zf, member, limits)
    return bundle


def _check_device_seal(zf: zipfile.ZipFile, table: dict[str, zipfile.ZipInfo], raw: bytes,
                       device_keys: DeviceKeys | None) -> str | None:
    """The device's signature of the manifest (or, without ``device_keys``, its checksum).

    A key the manifest names that is not registered for its device and user,
    or no signature at all, is ``wrong_device``: anyone can write a checksum or
    sign with a key of their own. A registered key whose signature fails is
    ``damaged``, like a bad server signature.
    """
    claimed = _peek(raw)
    if (SIGNATURE not in table and CHECKSUM not in table) or \
            claimed.get("kind", FROM_DEVICE) != FROM_DEVICE:
        raise _kind_error(raw, FROM_DEVICE)
    if device_keys is None:
        if SIGNATURE in table:
            raise BundleError("no_key", "a signed device bundle and no device keys to check it")
        stated = _read_raw(zf, table[CHECKSUM], 64).decode("ascii", "replace")
        if stated != hashlib.sha256(raw).hexdigest():
            raise BundleError("damaged", "manifest checksum mismatch")
        return None
    if not claimed:
        raise BundleError("damaged", "manifest is not a JSON object")
    user = claimed.get("user")
    who = (user.get("username") if isinstance(user, dict) else None) or "the user it names"
    wrong = BundleError("wrong_device", f"not signed by a device key of {str(who)[:64]}",
                        user_message=MSG_WRONG_DEVICE.format(who=str(who)[:64]))
    keys = device_keys(claimed)
    key = keys.get(claimed.get("device_key")) if isinstance(claimed.get("device_key"), str) \
        else None
    if SIGNATURE not in table or key is None:
        raise wrong
    sig = _read_raw(zf, table[SIGNATURE], 64)
    try:
        key.verify(sig, raw)
    except InvalidSignature:
        raise BundleError("damaged", "bad device signature of the manifest") from None
    return claimed["device_key"]


def _check_seal(zf: zipfile.ZipFile, table: dict[str, zipfile.ZipInfo], raw: bytes, kind: str,
                public_key: Ed25519PublicKey | None) -> str | None:
    """The server's signature of a to-device manifest's exact bytes."""
    if SIGNATURE not in table:
        raise _kind_error(raw, kind)
    if public_key is None:
        raise BundleError("no_key", "no server key to verify with", user_message=(
            "This computer does not know its server's signing key yet, so it cannot check "
            "the bundle. Sign in once with a connection, then import the bundle again."))
    sig = _read_raw(zf, table[SIGNATURE], 64)
    try:
        public_key.verify(sig, raw)
    except InvalidSignature:
        claimed = _peek(raw).get("server")
        if isinstance(claimed, str) and claimed != fingerprint(public_key):
            raise BundleError("wrong_server", f"signed by {claimed[:16]}, expected "
                              f"{fingerprint(public_key)[:16]}",
                              user_message=MSG_WRONG_SERVER) from None
        raise BundleError("damaged", "bad manifest signature") from None
    return fingerprint(public_key)


def _peek(raw: bytes) -> dict[str, Any]:
    try:
        obj = _loads(raw)  # bounded depth: a hostile manifest is "damaged", not a crash
    except (ValueError, UnicodeError):
        return {}
    return obj if isinstance(obj, dict) else {}


def _kind_error(raw: bytes, kind: str) -> BundleError:
    other = _peek(raw).get("kind")
    if other in KINDS and other != kind:
        return BundleError("wrong_kind", f"a {other} bundle, expected {kind}", user_message=(
            "This bundle goes the other way: import bundles made on the server into "
            "TutorClient, and bundles made in TutorClient into the server. Nothing was imported."))
    return BundleError("damaged", f"no {'signature' if kind == TO_DEVICE else 'checksum'}")


def _parse_manifest(raw: bytes, kind: str) -> dict[str, Any]:
    m = _peek(raw)
    if not m:
        raise BundleError("damaged", "manifest is not a JSON object")
    if m.get("format") != FORMAT_VERSION:
        raise BundleError("format", f"format {m.get('format')!r}", user_message=(
            "This bundle was made by a different version of TutorClient. Update both sides "
            "to the same version, then make a new bundle. Nothing was imported."))
    if m.get("kind") != kind:
        raise _kind_error(raw, kind)
    user = m.get("user")
    cursor = m.get("cursor")
    members = m.get("members")
    ok = (isinstance(user, dict) and isinstance(user.get("id"), str)
          and isinstance(user.get("username"), str)
          and isinstance(cursor, dict)
          and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                  for v in cursor.values())
          and (m.get("server") is None or isinstance(m.get("server"), str))
          and isinstance(m.get("info", {}), dict)
          and isinstance(members, list))
    if not ok:
        raise BundleError("damaged", "manifest fields malformed")
    rules = _MEMBER_RULES[kind]
    seen: set[str] = set()
    for item in members:
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not any(r.match(name) for r in rules) or name in seen:
            raise BundleError("unsafe", f"bad member entry {str(item)[:100]}",
                              user_message=MSG_UNSAFE.format(what=f"the entry {str(name)[:80]!r}"))
        sha, size = item.get("sha256"), item.get("size")
        if not isinstance(sha, str) or not _SHA_RE.match(sha) or not isinstance(size, int) \
                or isinstance(size, bool) or size < 0:
            raise BundleError("damaged", f"bad member entry for {name}")
        if name.startswith(BLOBS_PREFIX) and name[len(BLOBS_PREFIX):] != sha:
            raise BundleError("damaged", f"{name} is listed with another hash")
        seen.add(name)
    return m


def _check_space(where: Path, needed: int, keep_free: int) -> None:
    probe = where
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if needed + keep_free > free:
        raise BundleError("no_space", f"needs {needed} + {keep_free} bytes, {free} free",
                          user_message=(
                              f"Not enough free disk space: the bundle needs {needed / MB:.1f} MB "
                              f"and {keep_free / MB:.0f} MB must stay free, but only "
                              f"{free / MB:.0f} MB are free. Free some space, then import "
                              "again. Nothing was imported."))


__all__ = [
    "BLOBS_PREFIX",
    "CHECKSUM",
    "DEFAULT_LIMITS",
    "DeviceKeys",
    "FORMAT_VERSION",
    "FROM_DEVICE",
    "MANIFEST",
    "OPS",
    "RECORDS_PREFIX",
    "RESULTS",
    "SERVER_KEY_PATH",
    "SIGNATURE",
    "TO_DEVICE",
    "Bundle",
    "BundleError",
    "BundleWriter",
    "Limits",
    "canonical_json",
    "fingerprint",
    "load_public_key",
    "open_bundle",
    "public_key_bytes",
    "public_key_text",
]
