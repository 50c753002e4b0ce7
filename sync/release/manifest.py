"""What a release of the app is, file by file, and how one file becomes the next.

A *bundle* is the folder the installer unpacks (``TutorClient/``). Its
*manifest* lists every file with its SHA-256, size and mode, and every symlink
with its target. A release on the channel is that manifest plus, for each file,
either a zstd patch from a file of an earlier release (``--patch-from``: the old
file is the compression dictionary) or the whole file, zstd-compressed. A
client downloads only what its installed bundle does not already hold.

Standard library plus ``zstandard`` (already in the app); never imports Qt or
``tutorclient``.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import stat
import sys
from pathlib import Path
from typing import Any

import zstandard

FORMAT = 2
#: Beside the bundle ``TutorClient/``: ``TutorClient.staged/`` while it waits for the next
#: start (``.staging`` while it is being made); inside it, the marker saying what it is.
STAGED, STAGING, MARKER = ".staged", ".staging", ".update.json"
#: Where a bundle carries its channel's trust anchor (build_installer.py --update-root).
ROOT_IN_BUNDLE = "resources/update-root.json"
#: Files the update machinery writes into a bundle; never part of a release.
LOCAL_FILES = frozenset({MARKER})
LEVEL = 19
_CHUNK = 1 << 20


class ReleaseError(Exception):
    """A release or bundle is unusable; the message says why, in plain words."""


def this_platform() -> str:
    """``linux-x86_64``, ``win32-AMD64``, ``darwin-arm64``: what a bundle is built for."""
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    return f"{system}-{platform.machine()}"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def scan(bundle: Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Every file (path -> sha256, size, mode) and symlink (path -> target) of ``bundle``."""
    files: dict[str, dict[str, Any]] = {}
    links: dict[str, str] = {}
    for root, dirs, names in os.walk(bundle):
        for name in dirs + names:
            path = Path(root) / name
            rel = path.relative_to(bundle).as_posix()
            if path.is_symlink():
                links[rel] = os.readlink(path)
            elif path.is_file() and rel not in LOCAL_FILES:
                st = path.stat()
                files[rel] = {"sha256": sha256_file(path), "size": st.st_size,
                              "mode": stat.S_IMODE(st.st_mode) & 0o755 | 0o644}
        dirs[:] = [d for d in dirs if not (Path(root) / d).is_symlink()]
    return files, links


def bundle_version(bundle: Path, default: str = "") -> str:
    """The version a bundle says it is (its ``VERSION`` file, written by build_installer.py)."""
    marker = bundle / "VERSION"
    if marker.is_file():
        return marker.read_text(encoding="utf-8").strip()
    if default:
        return default
    raise ReleaseError(f"{bundle} has no VERSION file: is it a built bundle?")


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10.2"`` -> ``(1, 10, 2)``; a suffix such as ``rc1`` sorts before the release."""
    parts = re.findall(r"\d+", version)
    if not parts:
        raise ReleaseError(f"{version!r} is not a version number")
    return tuple(int(p) for p in parts)


def newer(candidate: str, installed: str) -> bool:
    return version_key(candidate) > version_key(installed)


def make_manifest(bundle: Path, version: str, plat: str, program: str,
                  notes: str = "") -> dict[str, Any]:
    files, links = scan(bundle)
    if program not in files:
        raise ReleaseError(f"{bundle} has no program {program!r}")
    return {"format": FORMAT, "version": version, "platform": plat, "program": program,
            "notes": notes, "files": files, "links": links, "whole": {}, "patches": {}}


def dumps(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()


#: The channel's manifest of a platform's newest release, zstd-compressed: 1,872 files'
#: JSON is 560 KB, 100 KB compressed (the SHA-256s are most of it), fetched at every check.
MANIFEST = "current.json.zst"
MANIFEST_MAX = 64 << 20


def pack_manifest(manifest: dict[str, Any]) -> bytes:
    return compress(dumps(manifest))


def unpack_manifest(data: bytes) -> dict[str, Any]:
    try:
        raw = zstandard.ZstdDecompressor().decompress(data, max_output_size=MANIFEST_MAX)
        return json.loads(raw)
    except (zstandard.ZstdError, ValueError) as exc:
        raise ReleaseError(f"the release manifest is unreadable: {exc}") from exc


# -- patches ------------------------------------------------------------------------------


def _params(size: int, level: int = LEVEL) -> zstandard.ZstdCompressionParameters:
    # --patch-from: the window must cover the old file, or matches far back are lost.
    window = max(20, min(31, (max(size, 1) - 1).bit_length() + 1))
    return zstandard.ZstdCompressionParameters.from_level(
        level, window_log=window, enable_ldm=size > (8 << 20))


def compress(data: bytes, level: int = LEVEL) -> bytes:
    return zstandard.ZstdCompressor(compression_params=_params(len(data), level)).compress(data)


def make_patch(old: bytes, new: bytes) -> bytes:
    """``new`` compressed with ``old`` as its dictionary: ``zstd --patch-from``."""
    dictionary = zstandard.ZstdCompressionDict(old, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    params = _params(max(len(old), len(new)))
    return zstandard.ZstdCompressor(compression_params=params,
                                    dict_data=dictionary).compress(new)


def apply_patch(old: bytes | None, patch: bytes, size: int) -> bytes:
    """The new file from ``old`` and ``patch`` (or from a whole compressed file: ``old=None``)."""
    window = max(20, min(31, (max(size, len(old or b""), 1) - 1).bit_length() + 1))
    if old is None:
        dctx = zstandard.ZstdDecompressor(max_window_size=1 << window)
    else:
        dictionary = zstandard.ZstdCompressionDict(old, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
        dctx = zstandard.ZstdDecompressor(dict_data=dictionary, max_window_size=1 << window)
    try:
        return dctx.decompress(patch, max_output_size=size)
    except zstandard.ZstdError as exc:
        raise ReleaseError(f"a patch does not apply: {exc}") from exc


def patch_name(old_sha: str, new_sha: str) -> str:
    return f"patches/{old_sha[:32]}-{new_sha[:32]}.zst"


def whole_name(sha: str) -> str:
    return f"files/{sha}.zst"


def needs(manifest: dict[str, Any], have: set[str]) -> list[dict[str, Any]]:
    """What a client holding files with hashes ``have`` downloads: one step per missing hash.

    Each step is ``{"sha256", "size", "get": name, "get_size", "base": old sha or None}``;
    the cheapest patch from a hash the client has, else the whole file. Patches and whole
    files carry only their sizes: what they make is checked against the file's SHA-256
    (signed through the manifest), which keeps 1,872 hashes (60 KB) out of every check.
    """
    steps: dict[str, dict[str, Any]] = {}
    for entry in manifest["files"].values():
        sha = entry["sha256"]
        if sha in have or sha in steps:
            continue
        options = [(size, old) for old, size in manifest["patches"].get(sha, {}).items()
                   if old in have]
        whole = manifest["whole"].get(sha)
        if options:
            size, old = min(options)
            if whole is None or size < whole:
                steps[sha] = {"sha256": sha, "size": entry["size"], "get": patch_name(old, sha),
                              "get_size": size, "base": old}
                continue
        if whole is None:
            raise ReleaseError(f"the release has no way to make file {sha[:12]}")
        steps[sha] = {"sha256": sha, "size": entry["size"], "get": whole_name(sha),
                      "get_size": whole, "base": None}
    return list(steps.values())
