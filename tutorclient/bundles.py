"""USB bundles on the device: import what the server sent, export the outbox.

The format and its checks live in :mod:`sync.bundle`; this module applies a
verified ``to-device`` bundle to a profile exactly as the sync engine applies
network pages (:meth:`ProfileSyncStore.apply_answer`: results, changes and
cursor in one transaction), and writes the outbox as a ``from-device`` bundle,
signed with the profile's device key, whose op UUIDs make any replay — a
second import, a later network sync — harmless. See docs/bundles.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync import bundle as fmt
from sync import protocol
from sync.bundle import BundleError
from sync.engine import Applied, PendingOp
from sync.errors import StorageError

from . import privacy
from .outbox import now_iso
from .session import DEVICE_KEY_SETTING, SERVER_KEY_SETTING, Profile
from .syncstore import ProfileSyncStore

MAX_EXPORT_OPS = 10_000


@dataclass
class DeviceImport:
    """What importing a server bundle changed on this computer."""

    cursor_from: int
    cursor_to: int
    pulled: int = 0
    pushed: int = 0  # outbox entries the server's results marked done
    conflicts: int = 0
    rejected: int = 0
    blobs: int = 0
    deltas: int = 0  # changed files rebuilt from the version held (issue 17)
    deltas_left: int = 0  # carried as deltas but their base is not here: wanted by network
    more: bool = False
    kinds: frozenset[str] = frozenset()


@dataclass
class DeviceExport:
    """What a device bundle carries."""

    path: Path
    ops: int = 0
    blobs: int = 0
    blob_bytes: int = 0
    waiting: int = 0  # later edits of the same records: they go in the next bundle
    held: int = 0  # case text the identifier check holds on this computer (privacy.py)


@dataclass(frozen=True)
class BundleProgress:
    """How far an import or export is: ``step`` is "checking", "records" or "files"."""

    step: str
    done: int = 0
    total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0


Progress = Callable[[BundleProgress], None]


def _quiet(_p: BundleProgress) -> None:
    pass


@dataclass(frozen=True)
class BundlePreview:
    """What a server bundle holds and for whom, read (and fully checked) before importing."""

    path: Path
    user_name: str  # "Amina Warsame"
    username: str
    created_at: str | None
    changes: int  # records changed or added
    results: int  # answers to this computer's earlier bundles
    files: int
    file_bytes: int
    total_bytes: int  # every member, as the manifest declares
    more: bool  # the server has more: another bundle follows


@dataclass(frozen=True)
class ExportPlan:
    """What a device bundle would carry now, read without marking anything."""

    changes: int
    files: int
    file_bytes: int
    waiting: int  # later edits of the same records: the next bundle
    held: int  # held by the identifier check: never in a bundle


#: A refusal's headline by BundleError.code; the error's own user_message says what to do.
REFUSALS = {
    "incomplete": "The bundle file is incomplete.",
    "damaged": "The bundle was changed or damaged after it was made.",
    "wrong_server": "The bundle comes from another server.",
    "wrong_device": "The bundle was not made on a computer the server knows.",
    "wrong_user": "The bundle is for someone else.",
    "wrong_kind": "This bundle goes the other way.",
    "unsafe": "This file is not a safe TutorClient bundle.",
    "too_large": "The bundle is too large.",
    "no_space": "There is not enough free disk space.",
    "stale": "The bundle is older than what this computer has.",
    "gap": "The bundle would skip changes this computer has not received.",
    "no_key": "This computer has not signed in with a connection yet.",
    "format": "This file is not a bundle this TutorClient can read.",
}


def refusal_text(exc: BundleError) -> str:
    """Why a bundle was refused, as a coordinator reads it: headline, then what to do."""
    head = REFUSALS.get(exc.code, "The bundle was refused.")
    detail = exc.user_message or ""
    if exc.code == "too_large" and detail == fmt.MSG_DAMAGED:
        detail = ("Its contents are larger than they claim to be. Make a new bundle. "
                  "Nothing was imported.")
    if detail.startswith(head):
        return detail
    return f"{head} {detail}".strip()


def _who(profile: Profile) -> dict[str, Any]:
    user = profile.user
    if not user or not isinstance(user.get("id"), str):
        raise BundleError("wrong_user", "profile has no user", user_message=(
            "This profile has never signed in. Sign in once with a connection before "
            "using USB bundles."))
    return user


def _device_key(profile: Profile) -> Any:
    """The key that signs this device's bundles, if the server registered it at sign-in."""
    from sync.bundle import fingerprint

    registered = profile.setting(DEVICE_KEY_SETTING)
    key = profile.device_key() if isinstance(registered, dict) else None
    if key is None or registered.get("id") != fingerprint(key.public_key()):
        raise BundleError("no_key", "device key not registered with the server", user_message=(
            "The server does not know this computer's signing key yet, so it would refuse "
            "a bundle from it. Sign in once with a connection, then export again. Your "
            "work is kept."))
    return key


def _display_name(profile: Profile, user: dict[str, Any]) -> str:
    try:
        row = profile.store.db.execute("SELECT display_name FROM users WHERE id = ?",
                                       [user["id"]]).fetchone()
    except Exception:  # noqa: BLE001 - a name for a message; the username will do
        row = None
    return (row[0] if row and row[0] else None) or user.get("username") or user["id"]


# -- server -> device ---------------------------------------------------------------------


@contextmanager
def _open_checked(profile: Profile, path: str | os.PathLike[str],
                  limits: fmt.Limits) -> Iterator[fmt.Bundle]:
    """The verified server bundle, once it is known to be for this profile and to join
    its cursor; else BundleError. Nothing is written."""
    user = _who(profile)
    key_info = profile.setting(SERVER_KEY_SETTING)
    if not isinstance(key_info, dict) or not isinstance(key_info.get("key"), str):
        raise BundleError("no_key", "no server key remembered", user_message=(
            "This computer does not know its server's signing key yet, so it cannot check "
            "the bundle. Sign in once with a connection, then import the bundle again."))
    public = fmt.load_public_key(key_info["key"])
    with fmt.open_bundle(path, fmt.TO_DEVICE, public_key=public, space_dir=profile.blobs.root,
                         limits=limits) as b:
        if b.user["id"] != user["id"]:
            theirs = b.user.get("name") or b.user["username"]
            raise BundleError("wrong_user", f"bundle for {b.user['id']}, profile {user['id']}",
                              user_message=(f"This bundle was made for {theirs}, not for "
                                            f"{_display_name(profile, user)}. Nothing was "
                                            "imported."))
        have = ProfileSyncStore(profile.store, profile.blobs).cursor()
        _check_range(b, have, b.cursor.get("from", 0), b.cursor.get("to", 0),
                     bool(b.info.get("reset")))
        yield b


def preview_bundle(profile: Profile, path: str | os.PathLike[str], *,
                   limits: fmt.Limits = fmt.DEFAULT_LIMITS) -> BundlePreview:
    """What a server bundle holds and for whom, after every check an import makes.

    Raises the same BundleError as :func:`import_bundle` would, before anything
    is written, so a refusal shows before the coordinator presses Import.
    """
    with _open_checked(profile, path, limits) as b:
        files = b.blob_hashes()
        file_bytes = sum(b.members[fmt.BLOBS_PREFIX + sha].size for sha in files)
        changes = b.info.get("changes")
        if not isinstance(changes, int):
            changes = sum(len(_page(b, name)[1]) for name in b.page_names())
        results = b.info.get("results")
        return BundlePreview(
            Path(path), str(b.user.get("name") or b.user["username"]), b.user["username"],
            b.manifest.get("created_at") if isinstance(b.manifest.get("created_at"), str)
            else None, changes, results if isinstance(results, int) else 0, len(files),
            file_bytes, b.total_size, bool(b.info.get("more")))


def import_bundle(profile: Profile, path: str | os.PathLike[str], *,
                  limits: fmt.Limits = fmt.DEFAULT_LIMITS,
                  on_progress: Progress = _quiet) -> DeviceImport:
    """Verify a server bundle completely, then apply it like a sync page.

    Refused, with nothing changed: a bundle that is incomplete or damaged,
    signed by another server, made for another user, unsafe, too large for
    the free disk space, older than what the profile already has, or starting
    after it (a gap would lose changes). ``on_progress`` hears the checking,
    the records, then each file.
    """
    sync_store = ProfileSyncStore(profile.store, profile.blobs)
    on_progress(BundleProgress("checking"))
    with _open_checked(profile, path, limits) as b:
        have = sync_store.cursor()
        start, end = b.cursor.get("from", 0), b.cursor.get("to", 0)
        reset = bool(b.info.get("reset"))
        pages = [_page(b, name) for name in b.page_names()]
        results, stored = _results(b)
        hashes = b.blob_hashes()
        report = DeviceImport(start, end if pages else have, blobs=len(hashes),
                              more=bool(b.info.get("more")))
        on_progress(BundleProgress("records", 0, len(pages)))
        # Like a network sync: results, changes and cursor in one transaction,
        # then the files (their tier follows the records that reference them).
        with profile.store.write() as db:
            sent, matched = _pending_for(db, results)
            applied = Applied()
            for n, (cursor, changes) in enumerate(pages or [(have, [])]):
                got = sync_store.apply_answer(sent if n == 0 else [], matched if n == 0 else [],
                                              changes, cursor, reset and n == 0)
                _add(applied, got)
            _mark_uploaded(db, stored)
            db.execute(
                "INSERT INTO sync_history (started_at, finished_at, result, stage, pushed, "
                "pulled, conflicts, blobs, via) VALUES (?, ?, ?, 'bundle', ?, ?, ?, ?, 'bundle')",
                [now_iso(), now_iso(), "partial" if applied.conflicts or applied.rejected
                 else "ok", applied.pushed, applied.pulled, applied.conflicts, report.blobs])
        on_progress(BundleProgress("records", len(pages), len(pages)))
        sizes = [b.members[fmt.BLOBS_PREFIX + sha].size for sha in hashes]
        done_bytes = 0
        for n, (sha, size) in enumerate(zip(hashes, sizes)):
            on_progress(BundleProgress("files", n, len(hashes), done_bytes, sum(sizes)))
            profile.blobs.put(b.read_blob(sha), sha)  # verified again on the way in
            sync_store.blob_stored(sha)
            done_bytes += size
        on_progress(BundleProgress("files", len(hashes), len(hashes), done_bytes, sum(sizes)))
        report.deltas, report.deltas_left = _apply_deltas(profile, sync_store, b)
    report.pulled, report.pushed = applied.pulled, applied.pushed
    report.conflicts, report.rejected = applied.conflicts, applied.rejected
    report.kinds = frozenset(applied.kinds)
    return report


def _apply_deltas(profile: Profile, sync_store: ProfileSyncStore,
                  b: fmt.Bundle) -> tuple[int, int]:
    """Changed files carried as deltas: rebuilt from the versions held, each verified.

    Returns how many were rebuilt and how many were left wanted (the version
    they patch is not here, or the delta did not give the file's hash): those
    come by network, whole, at the next sync.
    """
    from sync import delta

    done = left = 0
    for base, sha in b.deltas():
        if profile.blobs.has(sha):
            continue
        partial = profile.blobs.partial_path(sha)
        carried = partial.with_name(f"{sha}.bundle-delta")
        carried.parent.mkdir(parents=True, exist_ok=True)
        carried.write_bytes(b.read_delta(base, sha))  # verified against the signed manifest
        try:
            ok = profile.blobs.has(base) and delta.patch_file(
                profile.blobs.path(base), carried, partial, sha)
        finally:
            carried.unlink(missing_ok=True)
        if ok:
            profile.blobs.finish_partial(sha)  # hashed once more on the way in
            sync_store.blob_stored(sha)
            done += 1
        else:
            left += 1
    return done, left


def _check_range(b: fmt.Bundle, have: int, start: int, end: int, reset: bool) -> None:
    if reset:
        return
    name = b.user["username"]
    if start > have:
        raise BundleError("gap", f"bundle starts at {start}, profile at {have}", user_message=(
            f"This bundle starts after what this computer has (bundle from {start}, this "
            f"computer at {have}); importing it would skip changes. On the server run: "
            f"tutorclient-server bundle export --user {name} --since-cursor {have} --out FILE. "
            "Nothing was imported."))
    if end < have:
        raise BundleError("stale", f"bundle ends at {end}, profile at {have}", user_message=(
            "This bundle is older than what this computer already has, so it was not "
            "imported. Nothing was changed."))


def _page(b: fmt.Bundle, name: str) -> tuple[int, list[dict[str, Any]]]:
    body = b.read_json(name)
    ok = isinstance(body, dict) and isinstance(body.get("c"), int) \
        and isinstance(body.get("x"), list)
    if not ok:
        raise BundleError("format", f"{name} is not a page of changes")
    return body["c"], body["x"]


def _results(b: fmt.Bundle) -> tuple[list[dict[str, Any]], list[str]]:
    if not b.has(fmt.RESULTS):
        return [], []
    body = b.read_json(fmt.RESULTS)
    results, stored = body.get("r", []), body.get("stored", [])
    if not isinstance(results, list) or not isinstance(stored, list) \
            or not all(isinstance(r, dict) and isinstance(r.get("u"), str) for r in results):
        raise BundleError("format", "results.json is malformed")
    return results, [s for s in stored if isinstance(s, str)]


def _pending_for(db: Any, results: list[dict[str, Any]]
                 ) -> tuple[list[PendingOp], list[dict[str, Any]]]:
    """Outbox entries still pending that the server's results speak of, paired."""
    sent: list[PendingOp] = []
    matched: list[dict[str, Any]] = []
    for result in results:
        row = db.execute("SELECT uuid, kind, record_id, action, base_version, payload "
                         "FROM outbox WHERE uuid = ? AND state = 'pending'",
                         [result["u"]]).fetchone()
        if row is None:
            continue  # another device's op, or already marked by a network sync
        data = json.loads(row[5]) if row[3] == protocol.PUT else None
        sent.append(PendingOp(row[0], row[1], row[2], row[3], row[4], data))
        matched.append(result)
    return sent, matched


def _mark_uploaded(db: Any, stored: list[str]) -> None:
    """Files this computer had to upload that the server now holds."""
    for sha in stored:
        db.execute("UPDATE blobs SET state = 'present', updated_at = ? "
                   "WHERE sha256 = ? AND state = 'upload'", [now_iso(), sha])


def _add(total: Applied, part: Applied) -> None:
    total.pushed += part.pushed
    total.pulled += part.pulled
    total.conflicts += part.conflicts
    total.rejected += part.rejected
    total.kinds |= part.kinds


# -- device -> server ---------------------------------------------------------------------


def export_plan(profile: Profile) -> ExportPlan:
    """What :func:`export_bundle` would write now (read only: nothing is marked)."""
    sync_store = ProfileSyncStore(profile.store, profile.blobs)
    uploads = [u.sha256 for u in sync_store.pending_uploads()]
    present = [sha for sha in uploads if profile.blobs.has(sha)]
    ops = sync_store.pending_ops(MAX_EXPORT_OPS, set(uploads) - set(present))
    db = profile.store.db
    pending = db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
    held = privacy.held_entries(db)
    size = sum(profile.blobs.path(sha).stat().st_size for sha in present)
    return ExportPlan(len(ops), len(present), size, pending - len(ops) - held, held)


def export_bundle(profile: Profile, path: str | os.PathLike[str], *,
                  on_progress: Progress = _quiet) -> DeviceExport:
    """Write the outbox (wire ops with their UUIDs) and the files they need.

    The ops are chosen and marked as attempted in one transaction: an entry
    that may reach the server is never merged with later edits, so its UUID
    always means one content.
    """
    user = _who(profile)
    signing_key = _device_key(profile)
    sync_store = ProfileSyncStore(profile.store, profile.blobs)
    uploads = [u.sha256 for u in sync_store.pending_uploads()]
    missing = {sha for sha in uploads if not profile.blobs.has(sha)}
    # Chosen and marked in one transaction: an autosave meanwhile becomes a new op.
    ops = sync_store.take_ops(MAX_EXPORT_OPS, missing)  # never held entries
    pending = profile.store.db.execute(
        "SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
    held = privacy.held_entries(profile.store.db)
    report = DeviceExport(Path(path), ops=len(ops), waiting=pending - len(ops) - held, held=held)
    key_info = profile.setting(SERVER_KEY_SETTING) or {}
    who = {"id": user["id"], "username": user.get("username") or user["id"],
           "name": _display_name(profile, user)}
    try:
        with fmt.BundleWriter(path, fmt.FROM_DEVICE, user=who, server=key_info.get("id"),
                              device=profile.profile_id,
                              cursor={"device": sync_store.cursor()}) as writer:
            writer.add_json(fmt.OPS, {"o": [op.wire() for op in ops]})
            files = [sha for sha in uploads if sha not in missing]
            total = sum(profile.blobs.path(sha).stat().st_size for sha in files)
            for sha in files:
                on_progress(BundleProgress("files", report.blobs, len(files),
                                           report.blob_bytes, total))
                data = profile.blobs.read(sha)  # verified
                writer.add_blob(sha, data)
                report.blobs += 1
                report.blob_bytes += len(data)
            on_progress(BundleProgress("files", report.blobs, len(files), report.blob_bytes,
                                       total))
            writer.finish(signing_key)
    except OSError as exc:
        raise StorageError(f"cannot write bundle {path}: {exc}", user_message=(
            f"The bundle could not be written to {path}: {exc.strerror or exc}. Check that "
            "the USB stick is plugged in and has room, then try again.")) from exc
    return report


__all__ = ["REFUSALS", "BundlePreview", "BundleProgress", "DeviceExport", "DeviceImport",
           "ExportPlan", "export_bundle", "export_plan", "import_bundle", "preview_bundle",
           "refusal_text"]
