"""USB bundles on the server: export what a user has not seen, import a device's outbox.

The format lives in :mod:`sync.bundle`; this module only feeds it from, and
applies it to, the server database, through the same paths a network sync
uses: :func:`sync.server.pull.pull` for the pages and
:class:`sync.server.writes.Pusher` (idempotent by op UUID) for the ops.

Trust model of ``from-device`` bundles: each device signs its bundles with its
own Ed25519 key, whose public half it registered at sign-in (table
``device_keys``, proven by the password). A bundle is imported only if a key
registered for the device *and* user it names signed it; the ops are then
applied as that user, with exactly that user's permissions. A bundle made on
any other machine (or edited, its checksum or signature redone) is refused,
so a forgery cannot claim the real ops' UUIDs before the genuine bundle comes.

The ledger (table ``bundle_devices``) remembers, per device, the cursor its
last bundle stated and the op UUIDs and blobs it carried. The next export for
that user starts from that cursor and includes those ops' results and the list
of blobs now stored, so the device marks its outbox done without a network.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import (
    BigInteger,
    Column,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from sync import bundle as fmt
from sync.bundle import BundleError
from sync.protocol import CONFLICT, OK, REJECTED, op_digest
from sync.server import blobstore, deltas, keys
from sync.server.blob_backends import BlobStoreUnavailable
from sync.server import schema as t
from sync.server.db import Database, WriteTx, now
from sync.server.pull import pull
from sync.server.records import blob_refs_of, load
from sync.server.scopes import Viewer
from sync.server.settings import MB, Settings
from sync.server.writes import Pusher

log = logging.getLogger("tutorclient.server.bundles")

PAGE_CHANGES = 1000
PAGE_BYTES = 1 * MB
DEFAULT_EXPORT_BYTES = 1024 * MB
MAX_BUNDLE_OPS = 20_000

_ledger_meta = MetaData()
#: One row per device that sent a bundle: its stated cursor and what it carried.
ledger = Table(
    "bundle_devices",
    _ledger_meta,
    Column("device", String(160), primary_key=True),  # user_id + ":" + client device id
    Column("user_id", String(64), nullable=False, index=True),
    Column("cursor", BigInteger, nullable=False),
    Column("awaiting", Text, nullable=False),  # JSON list of op UUIDs
    Column("blobs", Text, nullable=False),  # JSON list of sha256
    Column("imported_at", BigInteger, nullable=False),
)


def ensure_ledger(db: Database) -> None:
    ledger.create(db.engine, checkfirst=True)


@dataclass
class ExportReport:
    """What a ``to-device`` bundle holds."""

    path: Path
    username: str
    cursor_from: int
    cursor_to: int
    pages: int = 0
    changes: int = 0
    results: int = 0
    blobs: int = 0
    blob_bytes: int = 0
    blobs_left_out: int = 0
    deltas: int = 0  # of ``blobs``: changed files sent as deltas from the version held
    more: bool = False


@dataclass
class ImportReport:
    """What a ``from-device`` bundle did."""

    username: str
    device: str
    ops: int = 0
    applied: int = 0
    already: int = 0  # op UUIDs the server had seen with the same content (a replay)
    conflicts: int = 0
    rejected: int = 0
    blobs_added: int = 0
    problems: list[str] = field(default_factory=list)


def _account(conn: Any, *, username: str | None = None, user_id: str | None = None) -> Any:
    a = t.accounts
    q = select(a).where(a.c.username == username) if username else select(a).where(
        a.c.id == user_id)
    return conn.execute(q).first()


def _display_name(conn: Any, user_id: str, fallback: str) -> str:
    rec = load(conn, "users", user_id)
    return ((rec.data or {}).get("display_name") if rec else None) or fallback


# -- to the device ----------------------------------------------------------------------


def default_cursor(db: Database, user_id: str) -> int:
    """Where an export for ``user_id`` starts: the cursor of their latest device bundle."""
    ensure_ledger(db)
    with db.read() as conn:
        row = conn.execute(select(ledger.c.cursor).where(ledger.c.user_id == user_id)
                           .order_by(ledger.c.imported_at.desc()).limit(1)).first()
    return int(row.cursor) if row else 0


def export_to_device(settings: Settings, username: str, out: str | os.PathLike[str], *,
                     since_cursor: int | None = None, text_only: bool = False,
                     max_bytes: int = DEFAULT_EXPORT_BYTES,
                     db: Database | None = None) -> ExportReport:
    """Write a signed bundle of everything ``username`` has not seen since the cursor.

    Pages come from :func:`pull`, exactly as a network sync would send them.
    Past ``max_bytes`` the bundle stops at a page boundary (``more``); the next
    export continues from there. Blobs that would pass the budget are left
    out and reach the device by network later.
    """
    own_db = db is None
    db = db or Database(settings)
    try:
        ensure_ledger(db)
        with db.read() as conn:
            acct = _account(conn, username=username)
            if acct is None:
                raise BundleError("wrong_user", f"no user {username!r}",
                                  user_message=f"There is no user {username!r} on this server.")
            if acct.disabled:
                raise BundleError("wrong_user", f"{username} is disabled", user_message=(
                    f"The account {username!r} is disabled; no bundle was made."))
            viewer = Viewer.from_account(acct)
            name = _display_name(conn, acct.id, acct.username)
        start = default_cursor(db, acct.id) if since_cursor is None else since_cursor
        key = keys.load_or_create(settings.data_dir)
        report = ExportReport(Path(out), username, start, start)
        user = {"id": acct.id, "username": acct.username, "name": name}
        with fmt.BundleWriter(out, fmt.TO_DEVICE, user=user, server=None,
                              cursor={"from": start, "to": start}) as writer, \
                db.read() as conn:
            shas, attached, reset = _write_pages(conn, viewer, start, max_bytes, writer, report)
            results, stored = _results_for(conn, acct.id)
            writer.add_json(fmt.RESULTS, {"r": results, "stored": stored})
            report.results = len(results)
            if not text_only:
                # The same rule as a download: a referenced hash is not enough.
                shas = [s for s in shas if blobstore.visible(conn, viewer, s)]
                _write_blobs(settings, conn, shas, max_bytes, writer, report,
                             attached if start > 0 and not reset else {}, start)
            writer.head["cursor"] = {"from": start, "to": report.cursor_to}
            writer.head["info"] = {"more": report.more, "reset": reset,
                                   "changes": report.changes, "results": report.results}
            writer.finish(key)
        log.info("bundle for %s: cursor %d..%d, %d changes, %d results, %d blobs",
                 username, start, report.cursor_to, report.changes, report.results, report.blobs)
        return report
    finally:
        if own_db:
            db.dispose()


def _write_pages(conn: Any, viewer: Viewer, start: int, max_bytes: int,
                 writer: fmt.BundleWriter, report: ExportReport
                 ) -> tuple[list[str], dict[str, str], bool]:
    """Pages of changes into the writer.

    Returns the referenced blob hashes, the attachment record naming each
    attachment's file, and the reset flag."""
    cursor, reset, first = start, False, True
    shas: dict[str, None] = {}
    attached: dict[str, str] = {}
    while True:
        page = pull(conn, viewer, cursor, PAGE_CHANGES, PAGE_BYTES)
        if first:
            reset, first = page.reset, False
        if page.changes or page.cursor != cursor:
            report.pages += 1
            writer.add_page(report.pages, page.cursor, page.changes)
            report.changes += len(page.changes)
            for piece in page.changes:
                if piece.startswith(('{"k":"attachments"', '{"k":"lessons"', '{"k":"posts"')):
                    change = json.loads(piece)
                    if change["k"] == "attachments" and change["d"]:
                        attached[change["d"]["sha256"]] = change["i"]
                    shas.update(dict.fromkeys(sorted(blob_refs_of(change["k"], change["d"],
                                                                  on_demand=False))))
        cursor = report.cursor_to = page.cursor
        if not page.more:
            break
        if writer.size >= max_bytes:
            report.more = True
            break
    return list(shas), attached, reset


def _results_for(conn: Any, user_id: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Results of the ops the user's devices sent by bundle, and their blobs we hold."""
    uuids: set[str] = set()
    blob_list: set[str] = set()
    for row in conn.execute(select(ledger.c.awaiting, ledger.c.blobs).where(
            ledger.c.user_id == user_id)):
        uuids.update(json.loads(row.awaiting))
        blob_list.update(json.loads(row.blobs))
    results: list[dict[str, Any]] = []
    ordered = sorted(uuids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        for row in conn.execute(select(t.ops.c.result).where(
                t.ops.c.uuid.in_(chunk), t.ops.c.user_id == user_id).order_by(t.ops.c.uuid)):
            results.append(json.loads(row.result))
    stored = sorted(s for s in blob_list if blobstore.exists(conn, s))
    return results, stored


def _write_blobs(settings: Settings, conn: Any, shas: list[str], max_bytes: int,
                 writer: fmt.BundleWriter, report: ExportReport,
                 attached: dict[str, str], start: int) -> None:
    """The files the pages reference; a changed one as a delta from the file the
    device held at ``start``, when the server keeps that version (``attached``:
    the attachment record of each file)."""
    for sha in shas:
        if not blobstore.is_sha256(sha) or writer.has_blob(sha):
            continue
        if sha in attached and _write_delta(settings, conn, sha, attached[sha], start,
                                            max_bytes, writer, report):
            continue
        size = blobstore.size_of(conn, sha)
        if size is None:
            continue  # referenced but never uploaded: nothing to send
        if writer.size + size > max_bytes:
            report.blobs_left_out += 1
            continue
        try:
            data = settings.blob_store.read_bytes(sha)
            writer.add_blob(sha, data)
        except (OSError, BundleError, BlobStoreUnavailable) as exc:
            log.error("blob %s left out of a bundle: %s", sha, exc)
            report.blobs_left_out += 1
            continue
        report.blobs += 1
        report.blob_bytes += size


def _write_delta(settings: Settings, conn: Any, sha: str, record_id: str, start: int,
                 max_bytes: int, writer: fmt.BundleWriter, report: ExportReport) -> bool:
    """Add ``sha`` as a delta from the file the device held; False: send it whole."""
    base = deltas.held_at(conn, record_id, start)
    if base is None or not deltas.allowed_base(conn, sha, base):
        return False
    path = deltas.delta_file(settings.data_dir, settings.blob_store, sha, base)
    if path is None:
        return False
    data = path.read_bytes()
    if writer.size + len(data) > max_bytes:
        return False  # the whole file will not fit either: left out by the caller
    writer.add_delta(base, sha, data)
    report.blobs += 1
    report.deltas += 1
    report.blob_bytes += len(data)
    return True


# -- from the device ----------------------------------------------------------------------


def import_from_device(settings: Settings, path: str | os.PathLike[str], *,
                       db: Database | None = None,
                       limits: fmt.Limits = fmt.DEFAULT_LIMITS) -> ImportReport:
    """Verify a ``from-device`` bundle and apply its ops as its user, in one transaction.

    Refusals (damage, another server, an unknown or disabled user, a blob too
    large or over quota, no disk space) happen before anything is written.
    Ops already seen (an earlier import, or a network sync) return their
    original results and write nothing.
    """
    own_db = db is None
    db = db or Database(settings)
    try:
        ensure_ledger(db)
        server_id = fmt.fingerprint(keys.load_or_create(settings.data_dir).public_key())
        with fmt.open_bundle(path, fmt.FROM_DEVICE, space_dir=settings.data_dir,
                             device_keys=lambda m: _device_keys(db, server_id, m),
                             limits=limits) as b:
            ops = _ops_of(b)
            with db.read() as conn:
                acct = _account(conn, user_id=b.user["id"])
                _check_user(acct, b.user)
                _check_blobs(settings, conn, acct, b)
            viewer = Viewer.from_account(acct, device_id=f"{acct.id}:{b.manifest.get('device')}")
            report = ImportReport(acct.username, str(b.manifest.get("device")), ops=len(ops))
            with db.write() as tx:
                report.blobs_added = _store_blobs(settings, tx, acct.id, b)
                known = _known_uuids(tx, acct.id, ops)
                results = Pusher(tx, viewer).apply_all(ops)
                _remember(tx, viewer, b, ops)
        for op, result in zip(ops, results):
            if op["u"] in known:  # the same UUID with the same content: a true replay
                report.already += 1
            elif result["s"] == OK:
                report.applied += 1
            elif result["s"] == CONFLICT:
                report.conflicts += 1
            elif result["s"] == REJECTED:
                report.rejected += 1
                report.problems.append(f"{op.get('k')} {op.get('i')}: {result.get('e')}")
        log.info("device bundle from %s (%s): %s", report.username, report.device, report)
        return report
    finally:
        if own_db:
            db.dispose()


def _device_keys(db: Database, server_id: str, claimed: dict[str, Any]
                 ) -> dict[str, Ed25519PublicKey]:
    """The keys registered for the device and user a (not yet verified) manifest names.

    The claims only choose which keys to try; the signature proves them. A
    bundle naming another server or an unknown user is refused here, with the
    message that helps the coordinator most.
    """
    server = claimed.get("server")
    if server is not None and server != server_id:
        raise BundleError("wrong_server", f"made for server {str(server)[:16]}", user_message=(
            "This bundle was made on a computer that signs in to a different server, "
            "so nothing was imported. Import it into that server."))
    user, device = claimed.get("user"), claimed.get("device")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str) \
            or not isinstance(device, str):
        return {}
    with db.read() as conn:
        _check_user(_account(conn, user_id=user["id"]), user)
        rows = conn.execute(select(t.device_keys.c.id, t.device_keys.c.public_key).where(
            t.device_keys.c.user_id == user["id"],
            t.device_keys.c.device_id == f"{user['id']}:{device}")).all()
    return {row.id: fmt.load_public_key(row.public_key) for row in rows}


def _ops_of(b: fmt.Bundle) -> list[dict[str, Any]]:
    body = b.read_json(fmt.OPS)
    ops = body.get("o") if isinstance(body, dict) else None
    if not isinstance(ops, list) or len(ops) > MAX_BUNDLE_OPS:
        raise BundleError("format", "ops.json has no op list (or too many ops)")
    seen: set[str] = set()
    for op in ops:
        u = op.get("u") if isinstance(op, dict) else None
        if not isinstance(u, str) or not 0 < len(u) <= 64 or not u.isprintable() or u in seen:
            raise BundleError("format", f"bad op in ops.json: {str(op)[:100]}")
        seen.add(u)
    return ops


def _check_user(acct: Any, named: dict[str, Any]) -> None:
    who = named.get("username") or named.get("id")
    if acct is None:
        raise BundleError("wrong_user", f"no account {named.get('id')}", user_message=(
            f"This bundle was made by {who!s}, who has no account on this server. "
            "Nothing was imported."))
    if acct.disabled:
        raise BundleError("wrong_user", f"{acct.username} is disabled", user_message=(
            f"The account {acct.username!r} is disabled, so its bundle was not imported."))


def _check_blobs(settings: Settings, conn: Any, acct: Any, b: fmt.Bundle) -> None:
    new_bytes = 0
    for sha in b.blob_hashes():
        size = b.members[fmt.BLOBS_PREFIX + sha].size
        if size > settings.max_upload:
            raise BundleError("too_large", f"blob {sha} is {size} bytes", user_message=(
                f"A file in this bundle is {size / MB:.1f} MB, more than the server accepts "
                f"({settings.max_upload / MB:.0f} MB). Nothing was imported."))
        if not blobstore.exists(conn, sha):
            new_bytes += size
    if new_bytes and acct.bytes_uploaded + new_bytes > settings.user_quota:
        raise BundleError("too_large", f"{acct.username} over quota", user_message=(
            f"{acct.username} has used their upload allowance; ask an administrator for more "
            "space, then import again. Nothing was imported."))


def _store_blobs(settings: Settings, tx: WriteTx, user_id: str, b: fmt.Bundle) -> int:
    """Verified blobs into the store, granted to the user (like a finished upload)."""
    added = 0
    for sha in b.blob_hashes():
        data = b.read_blob(sha)  # re-verified
        if not blobstore.exists(tx.conn, sha):
            tmp = settings.upload_dir / f"bundle-{sha[:16]}-{secrets.token_hex(4)}.tmp"
            tmp.write_bytes(data)
            if blobstore.store_file(tx.conn, settings.blob_store, tmp, sha, len(data), user_id,
                                    move=True):
                added += 1
                tx.conn.execute(update(t.accounts).where(t.accounts.c.id == user_id).values(
                    bytes_uploaded=t.accounts.c.bytes_uploaded + len(data)))
            tmp.unlink(missing_ok=True)
        blobstore.grant(tx.conn, sha, user_id)
    return added


def _known_uuids(tx: WriteTx, user_id: str, ops: list[dict[str, Any]]) -> set[str]:
    """UUIDs of ``ops`` the server already holds from this user *with this content*.

    A UUID held with other content is not "already here": the Pusher refuses
    that op, and it is reported as refused.
    """
    digests = {op["u"]: op_digest(op) for op in ops}
    uuids = list(digests)
    known: set[str] = set()
    for i in range(0, len(uuids), 500):
        known.update(r.uuid for r in tx.conn.execute(select(t.ops.c.uuid, t.ops.c.digest).where(
            t.ops.c.uuid.in_(uuids[i:i + 500]), t.ops.c.user_id == user_id))
            if r.digest == digests[r.uuid])
    return known


def _remember(tx: WriteTx, viewer: Viewer, b: fmt.Bundle, ops: list[dict[str, Any]]) -> None:
    """The device's pending set replaces what we remembered of it: what it no
    longer sends, it has marked done (by a bundle's results or a network sync)."""
    values = {"user_id": viewer.id, "cursor": int(b.cursor.get("device", 0)),
              "awaiting": json.dumps([op["u"] for op in ops]),
              "blobs": json.dumps(b.blob_hashes()), "imported_at": now()}
    have = tx.conn.execute(select(ledger.c.device).where(
        ledger.c.device == viewer.device_id)).first()
    if have is None:
        tx.conn.execute(insert(ledger).values(device=viewer.device_id, **values))
    else:
        tx.conn.execute(update(ledger).where(ledger.c.device == viewer.device_id).values(**values))


__all__ = ["ExportReport", "ImportReport", "default_cursor", "export_to_device",
           "import_from_device", "ledger"]
