"""Programmatic administration: users, memberships, course import, demo seeding.

The CLI is a thin adapter over :class:`Admin`, and tests use it directly. Every
method is one transaction: it either fully happens or leaves nothing behind.
Changes go through :func:`records.save`, so connected clients receive them at
their next sync like any other change.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from sync import authoring, catalog
from sync.server import blobstore, demo
from sync.server import schema as t
from sync.server.auth import hash_password
from sync.server.db import Database, WriteTx, now
from sync.server.records import feed_user, live, load, records_in_scope, save
from sync.server.scopes import partnership_id
from sync.server.settings import Settings

log = logging.getLogger("tutorclient.server.admin")

ROLES = ("trainee", "tutor", "coordinator", "admin")


class AdminError(ValueError):
    """A refused administrative action; the message is for the administrator."""


@dataclass
class ImportReport:
    """What a course import changed."""

    course_id: str
    course_slug: str = ""
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    blobs_added: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class Admin:
    """Administrative operations over one database."""

    def __init__(self, settings: Settings, db: Database | None = None) -> None:
        self.settings = settings
        self.db = db or Database(settings)

    def init(self) -> None:
        """Create the data directory and the schema (idempotent)."""
        self.settings.ensure_dirs()
        self.db.open_schema()  # refuses an old schema: `db upgrade` (sync/server/migrate.py)

    def close(self) -> None:
        self.db.dispose()

    # -- partnerships and users ------------------------------------------------

    def _partnership(self, tx: WriteTx, slug: str, name: str | None = None,
                     region: str | None = None) -> str:
        pid = partnership_id(slug)
        cur = live(tx.conn, "partnerships", pid)
        old = (cur.data or {}) if cur else {}
        data = {"name": name or old.get("name") or slug,
                "region": region if region is not None else old.get("region")}
        if cur is None or cur.data != data:
            save(tx, "partnerships", pid, data, by=None)
        return pid

    def ensure_partnership(self, slug: str, name: str | None = None,
                           region: str | None = None) -> str:
        """Create (or rename) the partnership ``slug``; returns its id."""
        with self.db.write() as tx:
            return self._partnership(tx, slug, name, region)

    def create_user(self, username: str, password: str, role: str, partnerships: list[str],
                    specialisms: list[str] | None = None, display_name: str | None = None,
                    user_id: str | None = None) -> str:
        """Add an account; partnerships are slugs (created if missing). Returns the id."""
        if role not in ROLES:
            raise AdminError(f"role must be one of {', '.join(ROLES)}")
        if not username or len(username) > 64 or not username.isprintable() or " " in username:
            raise AdminError("a username is 1-64 characters without spaces")
        if len(password) < 8:
            raise AdminError("a password needs at least 8 characters")
        pw_hash = hash_password(self.settings, password)
        with self.db.write() as tx:
            if tx.conn.execute(select(t.accounts.c.id).where(
                    t.accounts.c.username == username)).first():
                raise AdminError(f"user {username!r} already exists")
            pids = [self._partnership(tx, p) for p in partnerships]
            uid = user_id or str(uuid.uuid4())
            tx.conn.execute(insert(t.accounts).values(
                id=uid, username=username, password_hash=pw_hash, role=role,
                partnerships=" ".join(pids), specialisms=json.dumps(specialisms or []),
                disabled=False, bytes_uploaded=0, created_at=now()))
            save(tx, "users", uid, {
                "username": username, "display_name": display_name or username, "role": role,
                "partnerships": pids, "specialisms": list(specialisms or [])}, by=None)
        log.info("user added: %s (%s)", username, role)
        return uid

    def _account(self, tx: WriteTx, username: str) -> Any:
        row = tx.conn.execute(select(t.accounts).where(t.accounts.c.username == username)).first()
        if row is None:
            raise AdminError(f"no user {username!r}")
        return row

    def set_partnerships(self, username: str, partnerships: list[str]) -> None:
        """Change a user's memberships. Records they lose reach them as tombstones,
        records they gain arrive at their next sync, whatever their cursor."""
        with self.db.write() as tx:
            acct = self._account(tx, username)
            new = [self._partnership(tx, p) for p in partnerships]
            old = acct.partnerships.split()
            changed = sorted(set(old) ^ set(new))
            tx.conn.execute(update(t.accounts).where(t.accounts.c.id == acct.id).values(
                partnerships=" ".join(new)))
            user_rec = load(tx.conn, "users", acct.id)
            if user_rec is not None and user_rec.data is not None:
                save(tx, "users", acct.id, {**user_rec.data, "partnerships": new}, by=None)
            items: list[tuple[str, str]] = []
            for pid in changed:
                items.extend(records_in_scope(tx.conn, f"p:{pid}"))
            feed_user(tx, acct.id, items)

    def set_password(self, username: str, password: str) -> None:
        """Reset a password; the user's sessions and device keys end with the old one."""
        if len(password) < 8:
            raise AdminError("a password needs at least 8 characters")
        with self.db.write() as tx:
            acct = self._account(tx, username)
            tx.conn.execute(update(t.accounts).where(t.accounts.c.id == acct.id).values(
                password_hash=hash_password(self.settings, password)))
            tx.conn.execute(t.sessions.delete().where(t.sessions.c.user_id == acct.id))
            # Keys vouched for by the old password (maybe by whoever knew it): each
            # device registers its key again when it signs in with the new one.
            tx.conn.execute(t.device_keys.delete().where(t.device_keys.c.user_id == acct.id))

    def list_users(self) -> list[dict[str, Any]]:
        """Every account, by username: role, partnerships (id and name), whether it is
        disabled, and its last sync (the latest ``devices.last_sync`` of its devices,
        seconds since the epoch, None if it never synced)."""
        a, d, r = t.accounts, t.devices, t.records
        with self.db.read() as conn:
            last = dict(conn.execute(select(d.c.user_id, func.max(d.c.last_sync)).group_by(
                d.c.user_id)).all())
            devices = dict(conn.execute(select(d.c.user_id, func.count()).group_by(
                d.c.user_id)).all())
            shown = {(row.kind, row.id): json.loads(row.data) for row in conn.execute(
                select(r.c.kind, r.c.id, r.c.data).where(
                    r.c.kind.in_(("users", "partnerships")), r.c.deleted.is_(False))).all()}
            rows = conn.execute(select(a).order_by(a.c.username)).all()
        return [{
            "username": row.username,
            "display_name": shown.get(("users", row.id), {}).get("display_name") or row.username,
            "role": row.role,
            "partnerships": [
                {"id": pid, "name": shown.get(("partnerships", pid), {}).get("name") or pid}
                for pid in row.partnerships.split()],
            "disabled": bool(row.disabled),
            "devices": devices.get(row.id, 0),
            "last_sync": last.get(row.id),
        } for row in rows]

    def set_disabled(self, username: str, disabled: bool = True) -> None:
        """Lock an account out (its sessions end at once) or let it back in."""
        with self.db.write() as tx:
            acct = self._account(tx, username)
            tx.conn.execute(update(t.accounts).where(t.accounts.c.id == acct.id).values(
                disabled=disabled))
            if disabled:
                tx.conn.execute(t.sessions.delete().where(t.sessions.c.user_id == acct.id))

    def user_id(self, username: str) -> str:
        with self.db.read() as conn:
            row = conn.execute(select(t.accounts.c.id).where(
                t.accounts.c.username == username)).first()
        if row is None:
            raise AdminError(f"no user {username!r}")
        return row.id

    def put_record(self, kind: str, record_id: str, data: dict[str, Any] | None) -> int:
        """Write any record as the administrator (``None`` deletes); returns its version."""
        with self.db.write() as tx:
            return save(tx, kind, record_id, data, by=None).version

    def add_blob(self, data: bytes, owner: str | None = None) -> str:
        """Store bytes as a blob (as if ``owner``, a username, had uploaded them)."""
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        self.settings.ensure_dirs()
        tmp = self.settings.upload_dir / f"admin-{sha}.tmp"
        tmp.write_bytes(data)
        with self.db.write() as tx:
            blobstore.store_file(tx.conn, self.settings.blob_store, tmp, sha, len(data), None,
                                 move=True)
            if owner is not None:
                blobstore.grant(tx.conn, sha, self._account(tx, owner).id)
        return sha

    # -- courses ---------------------------------------------------------------

    def import_course(self, path: str | Path, *, deliver_images: bool = False,
                      course: authoring.Course | None = None) -> ImportReport:
        """Import or re-import a course folder in the authoring format.

        Unchanged records keep their version and sequence number, so clients
        download only what changed; records gone from the folder are deleted.
        With ``deliver_images``, pictures are delivered as light WebP versions
        (``sync.images``) and their originals are kept as blobs too.
        Raises :class:`sync.errors.CourseFormatError` before writing anything.
        ``course`` is the folder already loaded (the CLI's report), so it is
        not read twice.
        """
        if course is None:
            course = authoring.load_course(path)
        # --- delivery hook (issue 12, images): swap pictures for their delivered
        # versions before records are built, so attachments and lesson blob: links
        # name the delivered blobs. Outside the write transaction: it takes seconds.
        if deliver_images:
            from sync import images

            course.assets = images.deliver_assets(course.assets, cache_dir=Path(self.settings.data_dir) / "delivery")
        # --- end of delivery hook
        wanted = catalog.course_records(course)
        with self.db.write() as tx:
            for slug in course.partnerships:
                self._partnership(tx, slug)
            report = ImportReport(course.id, course.slug)
            for asset in course.assets.values():
                report.blobs_added += self._store_asset(tx, asset)
            keep: set[tuple[str, str]] = set()
            for kind, rec in wanted:
                data = dict(rec)
                rid = data.pop("id")
                if kind == "courses":
                    data["partnerships"] = [partnership_id(p) for p in data["partnerships"]]
                keep.add((kind, rid))
                cur = load(tx.conn, kind, rid)
                if cur is not None and not cur.deleted and cur.data == data:
                    report.unchanged += 1
                    continue
                save(tx, kind, rid, data, by=None)
                report.kinds[kind] = report.kinds.get(kind, 0) + 1
                if cur is None or cur.deleted:
                    report.created += 1
                else:
                    report.updated += 1
            r = t.records
            old = tx.conn.execute(select(r.c.kind, r.c.id).where(
                r.c.parent_kind == "courses", r.c.parent_id == course.id,
                r.c.deleted.is_(False))).all()
            for row in old:
                if (row.kind, row.id) not in keep and row.kind in (
                        "modules", "lessons", "quizzes", "attachments"):
                    save(tx, row.kind, row.id, None, by=None)
                    report.deleted += 1
        log.info("course %s imported: %s", course.slug, report)
        return report

    def _store_asset(self, tx: WriteTx, asset: authoring.Asset) -> int:
        original = getattr(asset, "original", None)  # a delivered picture: keep the author's file too
        kept = self._store_asset(tx, original) if original is not None else 0
        if blobstore.exists(tx.conn, asset.sha256):
            return kept
        data = asset.read_bytes()  # re-checks the hash
        tmp = self.settings.upload_dir / f"import-{asset.sha256}.tmp"
        tmp.write_bytes(data)
        added = blobstore.store_file(tx.conn, self.settings.blob_store, tmp, asset.sha256,
                                     len(data), None, move=True)
        return kept + int(added)

    # -- demo --------------------------------------------------------------------

    def seed_demo(self, root: Path | None = None) -> dict[str, int]:
        """Load the demo partnerships, users, courses, cases and discussions.

        Safe to run twice: existing users are kept, records are updated in place.
        """
        seed = demo.read(root)
        for p in seed.partnerships:
            self.ensure_partnership(p.slug, p.name, p.region)
        ids: dict[str, str] = {}
        for u in seed.users:
            try:
                self.create_user(u.username, u.password, u.role, u.partnerships, u.specialisms,
                                 u.display_name, user_id=u.id)
            except AdminError:
                pass  # already there from an earlier seed
            ids[u.username] = self.user_id(u.username)
        course_ids: dict[str, str] = {}
        for path in seed.courses:
            report = self.import_course(path)
            course_ids[path.name] = report.course_id
            course_ids[report.course_slug] = report.course_id
        demo.write_records(self.db, seed.cases, ids, course_ids)
        cases = seed.cases
        return {"partnerships": len(seed.partnerships), "users": len(seed.users),
                "courses": len(set(course_ids.values())), "cases": len(cases.cases),
                "threads": len(cases.cases) + len(cases.course_threads)}


__all__ = ["Admin", "AdminError", "ImportReport"]
