"""The client side of the update channel: check, download what changed, stage the new bundle.

The source is the server (``https://host/v1/updates/``) or a channel copy on a
USB stick (a folder). python-tuf's ``ngclient.Updater`` verifies the metadata
chain from the root shipped in the bundle (signatures, versions never going
back, expiry) and the manifest's hash; every patch and every made file is then
checked against the manifest's SHA-256 before anything is staged. Staging
writes ``<bundle>.staged`` next to the installed bundle, which is never written;
the launcher (sync/release/launcher.py) switches at the next start.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import requests
from tuf.api.exceptions import DownloadError, DownloadHTTPError, RepositoryError
from tuf.ngclient import FetcherInterface, Updater, UpdaterConfig

from sync.release import manifest as mf

STAGED, STAGING, MARKER = mf.STAGED, mf.STAGING, mf.MARKER
TIMEOUT_S = 60


class UpdateRefused(mf.ReleaseError):
    """The channel offered something this app must not install (tampered, older, wrong platform)."""


class _Fetcher(FetcherInterface):
    """http(s) through one requests session (byte-counted), or plain files for a USB copy."""

    def __init__(self, session: requests.Session | None):
        self.session = session or requests.Session()
        self.bytes_down = 0

    def _fetch(self, url: str) -> Iterator[bytes]:
        if url.startswith("file://"):
            path = Path(unquote(url.removeprefix("file://")))
            if not path.is_file():
                raise DownloadHTTPError(f"{path} is missing", 404)
            data = path.read_bytes()
            return iter([data])
        try:
            response = self.session.get(url, stream=True, timeout=TIMEOUT_S)
        except requests.RequestException as exc:
            raise DownloadError(f"cannot reach {url}: {exc}") from exc
        if response.status_code != 200:
            response.close()
            raise DownloadHTTPError(f"{url}: HTTP {response.status_code}", response.status_code)
        return self._chunks(response)

    def _chunks(self, response: requests.Response) -> Iterator[bytes]:
        with response:
            for chunk in response.iter_content(64 * 1024):
                self.bytes_down += len(chunk)
                yield chunk


@dataclass
class Offer:
    """A newer release for this bundle: what it is and what it costs to fetch."""

    version: str
    notes: str
    download_bytes: int
    files_changed: int
    manifest: dict[str, Any] = field(repr=False)
    steps: list[dict[str, Any]] = field(repr=False)


class UpdateClient:
    """Checks one channel for one installed bundle and stages what it finds."""

    def __init__(self, source: str | Path, bundle: Path, state_dir: Path, trusted_root: bytes,
                 *, session: requests.Session | None = None, plat: str | None = None,
                 installed_version: str | None = None):
        self.bundle = Path(bundle)
        self.plat = plat or mf.this_platform()
        self.installed = installed_version or mf.bundle_version(self.bundle)
        if isinstance(source, Path) or "://" not in str(source):
            base = Path(source).resolve().as_uri()
        else:
            base = str(source).rstrip("/")
        self.metadata_url, self.targets_url = f"{base}/metadata/", f"{base}/targets/"
        self.state = Path(state_dir)
        (self.state / "metadata").mkdir(parents=True, exist_ok=True)
        self.fetcher = _Fetcher(session)
        self.trusted_root = trusted_root

    @property
    def bytes_down(self) -> int:
        return self.fetcher.bytes_down

    def _updater(self) -> Updater:
        return Updater(str(self.state / "metadata"), self.metadata_url,
                       str(self.state / "targets"), self.targets_url, fetcher=self.fetcher,
                       config=UpdaterConfig(max_root_rotations=32),
                       bootstrap=self._bootstrap())

    def _bootstrap(self) -> bytes:
        # A root already trusted (possibly rotated since the bundle was built) wins.
        local = self.state / "metadata" / "root.json"
        return local.read_bytes() if local.exists() else self.trusted_root

    def check(self, refused_versions: frozenset[str] = frozenset()) -> Offer | None:
        """The newer release for this platform, or None; UpdateRefused if it must not be used."""
        updater = self._updater()
        try:
            updater.refresh()
            info = updater.get_targetinfo(f"{self.plat}/{mf.MANIFEST}")
            if info is None:
                return None
            (self.state / "targets").mkdir(parents=True, exist_ok=True)
            path = updater.download_target(info)
        except (RepositoryError, DownloadError) as exc:
            if type(exc) is DownloadError:
                raise  # the link failed: try again later, nothing is wrong with the channel
            raise UpdateRefused(f"the update channel failed verification: {exc}") from exc
        release = mf.unpack_manifest(Path(path).read_bytes())
        if release.get("platform") != self.plat:
            raise UpdateRefused(f"the update is for {release.get('platform')}, not {self.plat}")
        if release.get("format") != mf.FORMAT:
            raise UpdateRefused(f"the update's format {release.get('format')} is unknown")
        if not mf.newer(release["version"], self.installed):
            if mf.version_key(release["version"]) < mf.version_key(self.installed):
                raise UpdateRefused(f"the channel offers {release['version']}, older than the "
                                    f"installed {self.installed}")
            return None
        if release["version"] in refused_versions:
            return None
        have_files, _ = mf.scan(self.bundle)
        steps = mf.needs(release, {e["sha256"] for e in have_files.values()})
        changed = sum(1 for p, e in release["files"].items()
                      if have_files.get(p, {}).get("sha256") != e["sha256"])
        return Offer(release["version"], release.get("notes", ""),
                     sum(s["get_size"] for s in steps), changed, release, steps)

    def stage(self, offer: Offer, progress: Callable[[int, int], None] | None = None) -> Path:
        """Download the offer's patches and build ``<bundle>.staged``; returns it.

        The installed bundle is only read. On any failure the partial folder is removed.
        """
        have_files, _ = mf.scan(self.bundle)
        by_sha = {e["sha256"]: self.bundle / p for p, e in have_files.items()}
        staging = self.bundle.with_name(self.bundle.name + STAGING)
        staged = self.bundle.with_name(self.bundle.name + STAGED)
        for old in (staging, staged):
            if old.exists():
                shutil.rmtree(old)
        made = Path(tempfile.mkdtemp(prefix="made-", dir=self.state))
        try:
            done = 0
            for step in offer.steps:
                self._make(step, by_sha, made)
                done += step["get_size"]
                if progress:
                    progress(done, offer.download_bytes)
            self._assemble(offer.manifest, staging, by_sha, made)
            os.replace(staging, staged)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(made, ignore_errors=True)
        return staged

    def _make(self, step: dict[str, Any], by_sha: dict[str, Path], made: Path) -> None:
        data = b"".join(self.fetcher.fetch(self.targets_url + step["get"]))
        if len(data) != step["get_size"]:
            raise UpdateRefused(f"{step['get']} does not match the signed manifest")
        base = by_sha[step["base"]].read_bytes() if step["base"] else None
        try:
            out = mf.apply_patch(base, data, step["size"])
        except mf.ReleaseError as exc:
            raise UpdateRefused(f"{step['get']} does not match the signed manifest: {exc}") \
                from exc
        if mf.sha256_bytes(out) != step["sha256"]:
            raise UpdateRefused(f"{step['get']} does not match the signed manifest (the file "
                                "it made has another SHA-256)")
        (made / step["sha256"]).write_bytes(out)

    def _assemble(self, release: dict[str, Any], staging: Path, by_sha: dict[str, Path],
                  made: Path) -> None:
        for rel, entry in release["files"].items():
            target = staging / rel
            if ".." in Path(rel).parts or Path(rel).is_absolute():
                raise UpdateRefused(f"the manifest names a path outside the bundle: {rel}")
            target.parent.mkdir(parents=True, exist_ok=True)
            source = made / entry["sha256"]
            shutil.copyfile(source if source.exists() else by_sha[entry["sha256"]], target)
            os.chmod(target, entry["mode"])
        for rel, link in release["links"].items():
            inside = os.path.normpath(os.path.join(os.path.dirname(rel), link))
            if ".." in Path(rel).parts or os.path.isabs(link) or inside.startswith(".."):
                raise UpdateRefused(f"the manifest names a link outside the bundle: {rel}")
            (staging / rel).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(link, staging / rel)
        marker = {"version": release["version"], "from": self.installed,
                  "program": release["program"]}
        (staging / MARKER).write_text(json.dumps(marker), encoding="utf-8")
