"""The signed update channel on the server: TUF metadata over releases of the app bundle.

Layout under ``<server data>/updates/`` (served read-only at ``/v1/updates/``)::

    metadata/root.json, 1.root.json   the trust anchor; the bundle ships a copy
    metadata/targets.json             names each platform's current manifest, with hash
    metadata/snapshot.json            pins the version of targets.json
    metadata/timestamp.json           pins snapshot.json; short-lived (freeze)
    targets/<platform>/current.json.zst  manifest of the newest release (sync/release/manifest.py)
    targets/files/<sha256>.zst        whole files, zstd
    targets/patches/<old>-<new>.zst   zstd --patch-from an earlier release's file
    keys/*.pem                        the signing keys (root: move it offline, docs/installer.md)
    objects/<sha256>                  plain files of published releases, to patch the next from
    releases/<platform>/<version>.json  every manifest ever published

TUF (python-tuf's ``tuf.api.metadata``) signs only the manifest; the manifest
pins every file, patch and whole file by SHA-256, so one signature covers the
release without a 3,000-entry targets file. The versions of timestamp and
snapshot are Unix seconds, so a re-signed copy for a USB stick and the server's
own refreshes never go backwards for a client that sees both.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner, SSlibKey
from tuf.api.metadata import (
    SPECIFICATION_VERSION, Metadata, MetaFile, Root, Snapshot, TargetFile, Targets, Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from sync.release import manifest as mf

ROLES = ("root", "targets", "snapshot", "timestamp")
#: How long each role's signature is good for. Timestamp is the freeze window online;
#: a USB copy is re-signed for longer (``usb_days``). Root and targets are re-signed
#: by ``publish``; root only when keys rotate.
EXPIRY_DAYS = {"root": 730, "targets": 365, "snapshot": 365, "timestamp": 7}
USB_DAYS = 120
#: Releases of each platform kept as patch bases (older clients fetch whole files).
KEEP_BASES = 3


def _expires(days: float) -> datetime:
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0)


class Channel:
    """One update channel in ``root_dir``; creates its keys and root on first use."""

    def __init__(self, root_dir: Path, *, whole_level: int = mf.LEVEL):
        self.dir = Path(root_dir)
        # Whole files are made once per file ever published; level 19 takes minutes for a
        # 150 MB bundle on 2 cores, so tests use a fast level (patches are always level 19).
        self.whole_level = whole_level
        self.meta = self.dir / "metadata"
        self.targets = self.dir / "targets"
        self.keys = self.dir / "keys"

    # -- keys and metadata files ----------------------------------------------------------

    def _signer(self, role: str) -> CryptoSigner:
        path = self.keys / f"{role}.pem"
        if not path.exists():
            if role == "root" and (self.meta / "root.json").exists():
                raise mf.ReleaseError(
                    f"the root key is not in {self.keys} (kept offline?): put it back to "
                    "change the channel's keys")
            path.parent.mkdir(parents=True, exist_ok=True)
            pem = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        return CryptoSigner(key, SSlibKey.from_crypto(key.public_key()))  # type: ignore[arg-type]

    def _write(self, md: Metadata, name: str) -> None:
        self.meta.mkdir(parents=True, exist_ok=True)
        tmp = self.meta / f".{name}.tmp"
        md.to_file(str(tmp), JSONSerializer(compact=True))
        os.replace(tmp, self.meta / name)

    def _load(self, role: str) -> Metadata:
        return Metadata.from_file(str(self.meta / f"{role}.json"))

    def root_json(self) -> bytes:
        """The trust anchor to ship in the bundle (``build_installer.py --update-root``)."""
        self.ensure()
        return (self.meta / "root.json").read_bytes()

    def ensure(self) -> None:
        """Create the keys and the four roles if this channel is new."""
        if (self.meta / "root.json").exists():
            return
        root = Root(expires=_expires(EXPIRY_DAYS["root"]), consistent_snapshot=False)
        for role in ROLES:
            root.add_key(self._signer(role).public_key, role)
        md = Metadata(root)
        md.sign(self._signer("root"))
        self._write(md, "root.json")
        self._write(md, "1.root.json")
        targets = Metadata(Targets(version=1, expires=_expires(EXPIRY_DAYS["targets"])))
        targets.sign(self._signer("targets"))
        self._write(targets, "targets.json")
        self._resign(EXPIRY_DAYS["timestamp"])

    def _resign(self, timestamp_days: float, snapshot_days: float | None = None) -> None:
        """New snapshot (pinning targets) and timestamp (pinning snapshot), versions = now."""
        version = max(int(time.time()), self._version("timestamp") + 1)
        targets = self._load("targets")
        snapshot = Metadata(Snapshot(version=version,
                                     expires=_expires(snapshot_days or EXPIRY_DAYS["snapshot"]),
                                     meta={"targets.json": MetaFile(targets.signed.version)}))
        snapshot.sign(self._signer("snapshot"))
        self._write(snapshot, "snapshot.json")
        ts = Metadata(Timestamp(version=version, expires=_expires(timestamp_days),
                                snapshot_meta=MetaFile(version)))
        ts.sign(self._signer("timestamp"))
        self._write(ts, "timestamp.json")

    def _version(self, role: str) -> int:
        path = self.meta / f"{role}.json"
        return json.loads(path.read_bytes())["signed"]["version"] if path.exists() else 0

    def refresh(self, days: float | None = None) -> None:
        """Re-sign timestamp and snapshot (a daily cron job keeps the channel from freezing)."""
        self.ensure()
        self._resign(days or EXPIRY_DAYS["timestamp"], max(days or 0, EXPIRY_DAYS["snapshot"]))

    # -- publishing -----------------------------------------------------------------------

    def publish(self, bundle: Path, *, version: str | None = None, plat: str | None = None,
                notes: str = "", program: str | None = None,
                require_root: bool = False) -> dict[str, Any]:
        """Make ``bundle`` the current release of its platform; returns the manifest.

        Refuses a version not newer than the current one (clients would refuse it too) and,
        with ``require_root``, a bundle without the channel's root: a client updated to it
        could never verify another update.
        """
        self.ensure()
        if require_root and not _ships_root(bundle):
            raise mf.ReleaseError(f"{bundle} has no {mf.ROOT_IN_BUNDLE}: build it with "
                                  "build_installer.py --update-root (tutorclient-server release "
                                  "root), or devices updated to it never update again")
        info = _build_info(bundle)
        version = version or mf.bundle_version(bundle, info.get("version", ""))
        plat = plat or info.get("platform") or mf.this_platform()
        program = program or ("tutorclient.exe" if plat.startswith("win") else
                              "Contents/MacOS/tutorclient" if plat.startswith("darwin")
                              else "tutorclient")
        current = self.current(plat)
        if current and not mf.newer(version, current["version"]):
            raise mf.ReleaseError(f"{plat} is already at {current['version']}; "
                                  f"{version} is not newer")
        release = mf.make_manifest(bundle, version, plat, program, notes)
        bases = self._bases(plat)
        base_by_path = {path: e["sha256"] for m in bases for path, e in m["files"].items()}
        (self.targets / "files").mkdir(parents=True, exist_ok=True)
        (self.targets / "patches").mkdir(parents=True, exist_ok=True)
        objects = self.dir / "objects"
        objects.mkdir(parents=True, exist_ok=True)
        for path, entry in release["files"].items():
            sha = entry["sha256"]
            data = (bundle / path).read_bytes()
            whole = self.targets / mf.whole_name(sha)
            if not whole.exists():
                _atomic(whole, mf.compress(data, self.whole_level))
                _atomic(objects / sha, data)
            release["whole"][sha] = whole.stat().st_size
            olds = {m["files"][path]["sha256"] for m in bases if path in m["files"]}
            olds |= {base_by_path[path]} if path in base_by_path else set()
            for old in sorted(olds - {sha}):
                self._add_patch(release, objects / old, old, data, sha)
        _atomic(self.dir / "releases" / plat / f"{version}.json", mf.dumps(release))
        packed = mf.pack_manifest(release)
        _atomic(self.targets / plat / mf.MANIFEST, packed)
        self._sign_targets(plat, release, packed)
        return release

    def _add_patch(self, release: dict[str, Any], old_path: Path, old: str, data: bytes,
                   sha: str) -> None:
        if not old_path.exists():
            return
        target = self.targets / mf.patch_name(old, sha)
        if not target.exists():
            patch = mf.make_patch(old_path.read_bytes(), data)
            if len(patch) >= release["whole"][sha]:
                return  # the whole file is cheaper: no patch
            _atomic(target, patch)
        release["patches"].setdefault(sha, {})[old] = target.stat().st_size

    def _bases(self, plat: str) -> list[dict[str, Any]]:
        folder = self.dir / "releases" / plat
        if not folder.is_dir():
            return []
        found = [json.loads(p.read_bytes()) for p in folder.glob("*.json")]
        found.sort(key=lambda m: mf.version_key(m["version"]))
        return found[-KEEP_BASES:]

    def current(self, plat: str) -> dict[str, Any] | None:
        path = self.targets / plat / mf.MANIFEST
        return mf.unpack_manifest(path.read_bytes()) if path.exists() else None

    def _sign_targets(self, plat: str, release: dict[str, Any], packed: bytes) -> None:
        targets = self._load("targets")
        path = f"{plat}/{mf.MANIFEST}"
        info = TargetFile.from_data(path, packed, ["sha256"])
        info.unrecognized_fields["custom"] = {
            "version": release["version"], "platform": plat, "notes": release["notes"]}
        targets.signed.targets[path] = info
        targets.signed.version += 1
        targets.signed.expires = _expires(EXPIRY_DAYS["targets"])
        targets.signatures.clear()
        targets.sign(self._signer("targets"))
        self._write(targets, "targets.json")
        self._resign(EXPIRY_DAYS["timestamp"])

    def export(self, out: Path, *, days: float = USB_DAYS) -> Path:
        """Copy the channel (no keys, no plain objects) for a USB stick, timestamp and snapshot
        re-signed to last ``days``; returns the copy's folder."""
        self.refresh(days)
        out = Path(out)
        for part in ("metadata", "targets"):
            if (out / part).exists():
                shutil.rmtree(out / part)
            shutil.copytree(self.dir / part, out / part)
        return out


def _ships_root(bundle: Path) -> bool:
    for path in (bundle / mf.ROOT_IN_BUNDLE, bundle / "Contents" / "Resources" / mf.ROOT_IN_BUNDLE):
        if path.is_file():
            try:
                return json.loads(path.read_bytes())["signed"]["_type"] == "root"
            except (ValueError, KeyError, TypeError):
                return False
    return False


def _build_info(bundle: Path) -> dict[str, Any]:
    """build_installer.py's ``build-info.json`` next to the bundle, if there is one."""
    for path in (bundle / "build-info.json", bundle.parent / "build-info.json"):
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return {}


def _atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


__all__ = ["Channel", "SPECIFICATION_VERSION", "USB_DAYS"]
