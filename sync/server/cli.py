"""``tutorclient-server``: a thin command-line adapter over :mod:`sync.server.admin`.

    tutorclient-server [--data DIR] [--db URL] [--blobs s3://BUCKET/PREFIX] init
    tutorclient-server user add NAME --role ROLE --partnership P [--specialism S]
    tutorclient-server user partnerships NAME P [P ...]
    tutorclient-server user disable|enable NAME
    tutorclient-server user list [--json]
    tutorclient-server user passwd NAME [--password-stdin]
    tutorclient-server course import PATH
    tutorclient-server seed-demo
    tutorclient-server serve [--host 127.0.0.1] [--port 8000] [--tls-cert F --tls-key F]
    tutorclient-server bundle export --user NAME [--since-cursor C] [--text-only] --out FILE
    tutorclient-server bundle import FILE
    tutorclient-server db upgrade | db status
    tutorclient-server prune [--ops-days 365]
    tutorclient-server backup FILE
    tutorclient-server restore FILE
    tutorclient-server report --partnership P --from D --to D [--format csv|json]
    tutorclient-server insight refresh

Errors become one plain line on stderr and exit status 1 (2 for usage errors).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from sync.errors import TutorClientError
from sync.server.admin import Admin, AdminError
from sync.server.backup import BackupError
from sync.server.blob_backends import BlobStoreUnavailable
from sync.server.migrate import SchemaOutdated
from sync.server.settings import Settings

DEFAULT_DATA = os.environ.get("TUTORCLIENT_SERVER_DATA", "tutorclient-data")
#: How ``serve --workers N`` hands its settings to the worker processes.
WORKER_SETTINGS_ENV = "TUTORCLIENT_SERVER_WORKER_SETTINGS"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tutorclient-server",
                                description="TutorClient reference sync server")
    p.add_argument("--data", default=DEFAULT_DATA,
                   help="data directory: SQLite file, blobs, uploads (default: %(default)s)")
    p.add_argument("--db", default=os.environ.get("TUTORCLIENT_SERVER_DB"),
                   help="database URL, e.g. postgresql://user@host/db (default: SQLite in --data)")
    p.add_argument("--blobs", default=os.environ.get("TUTORCLIENT_SERVER_BLOBS", ""),
                   help="where files live: s3://bucket/prefix for S3-compatible storage, "
                        "credentials from the AWS_* environment (default: blobs in --data)")
    p.add_argument("--s3-endpoint", default=os.environ.get("TUTORCLIENT_SERVER_S3_ENDPOINT"),
                   help="URL of an S3-compatible service other than AWS, e.g. "
                        "http://minio:9000 (default: AWS_ENDPOINT_URL, else AWS)")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create the data directory and database")

    user = sub.add_parser("user", help="manage accounts").add_subparsers(dest="action",
                                                                         required=True)
    add = user.add_parser("add", help="add an account (password from stdin or a prompt)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["trainee", "tutor", "coordinator", "admin"])
    add.add_argument("--partnership", action="append", default=[], required=True,
                     help="partnership slug (repeat for several)")
    add.add_argument("--specialism", action="append", default=[], help="repeatable")
    add.add_argument("--display-name")
    mem = user.add_parser("partnerships", help="replace an account's partnerships")
    mem.add_argument("name")
    mem.add_argument("partnership", nargs="*")
    for verb in ("disable", "enable"):
        user.add_parser(verb, help=f"{verb} an account").add_argument("name")
    ulist = user.add_parser("list", help="every account: role, partnerships, last sync, disabled")
    ulist.add_argument("--json", action="store_true", help="print JSON instead of a table")
    passwd = user.add_parser("passwd", help="reset a password (the user's devices sign in again)")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true",
                        help="read the new password from the first line of stdin (for scripts)")

    course = sub.add_parser("course", help="manage courses").add_subparsers(dest="action",
                                                                            required=True)
    imp = course.add_parser("import", help="import or update a course folder")
    imp.add_argument("path", type=Path)
    imp.add_argument("--original-images", action="store_true",
                     help="send pictures as the authors made them; by default they are delivered as "
                          "light WebP versions at the reader's width, and the originals are kept")
    imp.add_argument("--check", action="store_true",
                     help="report every error and warning of the folder and import nothing")

    sub.add_parser("seed-demo", help="load the demo courses, users, cases and discussions")

    bundle = sub.add_parser("bundle", help="USB bundles for offline devices (docs/bundles.md)"
                            ).add_subparsers(dest="action", required=True)
    bexp = bundle.add_parser("export", help="write a signed bundle of what a user has not seen")
    bexp.add_argument("--user", required=True, help="username the bundle is for")
    bexp.add_argument("--since-cursor", type=int, default=None, metavar="C",
                      help="start after this cursor (default: the cursor stated by the "
                           "user's last device bundle, else 0)")
    bexp.add_argument("--text-only", action="store_true", help="leave files (blobs) out")
    bexp.add_argument("--max-mb", type=float, default=None, help="size budget of the bundle")
    bexp.add_argument("--out", required=True, type=Path, help="bundle file to write")
    bimp = bundle.add_parser("import", help="apply a bundle made on a device, as its user")
    bimp.add_argument("file", type=Path)

    rel = sub.add_parser("release", help="the signed app-update channel (docs/installer.md, Updates)"
                         ).add_subparsers(dest="action", required=True)
    rpub = rel.add_parser("publish", help="make a built bundle folder the current release "
                                          "of its platform (served at /v1/updates/)")
    rpub.add_argument("dir", type=Path, help="the bundle folder, e.g. build_installer.py's "
                                             "dist/TutorClient")
    rpub.add_argument("--version", help="default: the bundle's VERSION file")
    rpub.add_argument("--platform", help="default: build-info.json's, else this machine's")
    rpub.add_argument("--notes", default="", help="what changed, shown to the user")
    rel.add_parser("refresh", help="re-sign the channel's timestamp (run daily: clients refuse "
                                   "a channel unsigned for a week)")
    rroot = rel.add_parser("root", help="write the channel's root.json, to ship in the bundle")
    rroot.add_argument("out", type=Path)
    rusb = rel.add_parser("usb", help="copy the channel to a folder (a USB stick), signed "
                                      "to stay valid for --days")
    rusb.add_argument("out", type=Path)
    rusb.add_argument("--days", type=float, default=None, help="default: 120")

    db = sub.add_parser("db", help="the database schema (docs/deploy.md, Upgrading)"
                        ).add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="migrate the database to this release's schema (back it up first)")
    db.add_parser("status", help="the schema revision of the database and of this release")
    prune = sub.add_parser("prune", help="forget what the retention policy no longer needs "
                                         "(docs/deploy.md, Retention)")
    prune.add_argument("--ops-days", type=int, default=None, metavar="DAYS",
                       help="keep pushed changes' results this many days for replays "
                            "(default 365, at least 180)")
    bk = sub.add_parser("backup", help="write a backup of the SQLite database and files")
    bk.add_argument("file", type=Path)
    rs = sub.add_parser("restore", help="restore a backup into an empty --data directory")
    rs.add_argument("file", type=Path)
    rep = sub.add_parser("report", help="a partnership's figures for a period (docs/insight.md)")
    rep.add_argument("--partnership", required=True, metavar="P", help="partnership slug or id")
    rep.add_argument("--from", dest="start", required=True, metavar="D",
                     help="first day, YYYY-MM-DD (UTC)")
    rep.add_argument("--to", dest="end", required=True, metavar="D",
                     help="last day, YYYY-MM-DD (UTC), included")
    rep.add_argument("--format", choices=["csv", "json"], default="csv",
                     help="csv (one long table for spreadsheets) or json (default: %(default)s)")
    ins = sub.add_parser("insight", help="the figures synced to coordinators, tutors and trainees"
                         ).add_subparsers(dest="action", required=True)
    ins.add_parser("refresh", help="recompute every viewer's figures now (serve does it hourly)")

    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--tls-cert", type=Path)
    serve.add_argument("--tls-key", type=Path)
    serve.add_argument("--tls-tickets", type=int, default=None, metavar="N",
                       help="TLS 1.3 session tickets per handshake (default: 1, what "
                            "TutorClient uses to resume; 0: no resumption)")
    serve.add_argument("--root-path", default="", help="URL prefix when behind a proxy path")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="server processes sharing the port and the database (default: 1)")
    serve.add_argument("--loop", choices=["auto", "asyncio", "uvloop"], default="auto",
                       help="event loop: uvloop if installed (auto), or name one")
    serve.add_argument("--insight-minutes", type=float, default=60, metavar="M",
                       help="recompute the figures every M minutes when records changed "
                            "(default: %(default)s; 0: never, use 'insight refresh')")
    serve.add_argument("--trusted-proxy", action="append", default=[], metavar="IP/CIDR",
                       help="a reverse proxy whose X-Forwarded-For is believed (repeatable; "
                            "default: none, the peer address is the client)")
    return p


def read_password(prompt: str = "Password: ") -> str:
    """First line of stdin when piped, else an interactive prompt asked twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise AdminError("the passwords differ")
    return first


def read_new_password(from_stdin: bool) -> str:
    """``--password-stdin``: the first line of stdin; else asked twice, never echoed."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise AdminError("the passwords differ")
    return first


def _when(ts: int | None) -> str:
    return "never" if ts is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def print_users(users: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print(json.dumps(users, indent=2, ensure_ascii=False))
        return
    head = ("USERNAME", "NAME", "ROLE", "PARTNERSHIPS", "LAST SYNC", "STATE")
    rows = [(u["username"], u["display_name"], u["role"],
             ", ".join(p["name"] for p in u["partnerships"]) or "(none)",
             _when(u["last_sync"]), "disabled" if u["disabled"] else "active") for u in users]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


def serve(settings: Settings, args: argparse.Namespace) -> None:
    import uvicorn

    from sync.server.app import create_app
    from sync.server.testing import uvicorn_config

    if bool(args.tls_cert) != bool(args.tls_key):
        raise AdminError("--tls-cert and --tls-key go together")
    if args.trusted_proxy:
        from sync.server.http import parse_networks

        try:
            parse_networks(args.trusted_proxy)
        except ValueError as exc:
            raise AdminError(str(exc)) from exc
        settings = replace(settings, trusted_proxies=tuple(args.trusted_proxy))
    if args.workers < 1:
        raise AdminError("--workers must be at least 1")
    if args.loop == "uvloop":
        try:
            import uvloop  # noqa: F401
        except ImportError as exc:
            raise AdminError("--loop uvloop needs the uvloop package (pip install uvloop)") \
                from exc
    if args.workers > 1:
        from sync.server.db import Database

        first = Database(settings)  # an old schema is refused once, before any worker starts
        try:
            first.open_schema()
        finally:
            first.dispose()
        # Each worker process builds its own app (engine, caches) from these settings.
        os.environ[WORKER_SETTINGS_ENV] = json.dumps({
            "data_dir": str(settings.data_dir), "db_url": settings.db_url,
            "blobs": settings.blobs, "s3_endpoint": settings.s3_endpoint,
            "trusted_proxies": list(settings.trusted_proxies)})
        app: Any = f"{__name__}:worker_app"
    else:
        app = create_app(settings)
        _start_retention(app)
    tls: dict[str, Any] = {"ssl_certfile": str(args.tls_cert),
                           "ssl_keyfile": str(args.tls_key)} if args.tls_cert else {}
    if args.tls_tickets is not None:
        if not 0 <= args.tls_tickets <= 16:
            raise AdminError("--tls-tickets must be 0 to 16")
        tls["tls_tickets"] = args.tls_tickets
    config = uvicorn_config(app, args.host, args.port, root_path=args.root_path,
                            log_level="info", loop=args.loop, workers=args.workers,
                            factory=args.workers > 1, **tls)
    if args.insight_minutes < 0:
        raise AdminError("--insight-minutes must be 0 or more")
    if args.insight_minutes:
        # One schedule per server, in this process (workers serve requests only).
        from sync.server.db import Database
        from sync.server.insight_jobs import Scheduler

        Scheduler(Database(settings), args.insight_minutes).start()
    if args.workers > 1:
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        uvicorn.Server(config).run()


def worker_app() -> Any:
    """The app of one ``serve --workers N`` process (uvicorn imports it by name)."""
    from sync.server.app import create_app

    given = json.loads(os.environ[WORKER_SETTINGS_ENV])
    app = create_app(Settings(data_dir=Path(given["data_dir"]), db_url=given["db_url"],
                              blobs=given["blobs"], s3_endpoint=given["s3_endpoint"],
                              trusted_proxies=tuple(given["trusted_proxies"])))
    _start_retention(app)
    return app


def _start_retention(app: Any) -> None:
    """The periodic retention pass of a serving process (sync/server/retention.py)."""
    from sync.server.retention import PeriodicPrune

    s = app.state.settings
    if s.prune_every > 0:
        app.state.retention = PeriodicPrune(app.state.db, s.prune_every, s.ops_keep_days).start()


def run(args: argparse.Namespace) -> int:
    if args.blobs and not args.blobs.startswith("s3://"):
        raise AdminError("--blobs takes s3://bucket/prefix (without it, files stay in --data)")
    settings = Settings(data_dir=Path(args.data), db_url=args.db, blobs=args.blobs,
                        s3_endpoint=args.s3_endpoint)
    if args.command == "serve":
        serve(settings, args)
        return 0
    if args.command in ("db", "prune", "backup", "restore"):
        return run_maintenance(settings, args)
    if args.command == "release":
        return run_release(settings, args)
    if args.command == "course":
        # Every problem first, worded for the author; a refused course touches nothing.
        from sync.authoring.cli import report

        checked = report(str(args.path))
        if checked is None:
            return 1
        if args.check:
            return 0
    admin = Admin(settings)
    if args.command in ("report", "insight"):
        try:
            admin.init()
            run_insight(admin, args)
        finally:
            admin.close()
        return 0
    if args.command == "bundle":
        try:
            admin.init()
            run_bundle(settings, admin, args)
        finally:
            admin.close()
        return 0
    try:
        admin.init()
        if args.command == "init":
            print(f"ready: {settings.database_url.split('@')[-1]}")
        elif args.command == "user" and args.action == "add":
            uid = admin.create_user(args.name, read_password(), args.role, args.partnership,
                                    args.specialism, args.display_name)
            print(f"added {args.name} ({args.role}) id={uid}")
        elif args.command == "user" and args.action == "partnerships":
            admin.set_partnerships(args.name, args.partnership)
            print(f"{args.name}: partnerships {', '.join(args.partnership) or '(none)'}")
        elif args.command == "user" and args.action == "list":
            print_users(admin.list_users(), args.json)
        elif args.command == "user" and args.action == "passwd":
            admin.user_id(args.name)  # no prompt for an account that does not exist
            admin.set_password(args.name, read_new_password(args.password_stdin))
            print(f"{args.name}: password changed; their devices sign in again")
        elif args.command == "user":
            admin.set_disabled(args.name, args.action == "disable")
            print(f"{args.name}: {args.action}d")
        elif args.command == "course":
            r = admin.import_course(args.path, deliver_images=not args.original_images,
                                    course=checked)
            print(f"course {r.course_slug}: {r.created} new, {r.updated} changed, "
                  f"{r.deleted} removed, {r.unchanged} unchanged, {r.blobs_added} new files")
        elif args.command == "seed-demo":
            counts = admin.seed_demo()
            print("demo loaded: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    finally:
        admin.close()
    return 0


def run_maintenance(settings: Settings, args: argparse.Namespace) -> int:
    """``db``, ``prune``, ``backup`` and ``restore``: keeping a server's data."""
    from sync.server import backup, migrate, retention
    from sync.server.db import Database

    if args.command == "backup":
        r = backup.backup(settings, args.file)
        print(f"backup {r.path}: {r.files} files ({r.blobs} stored files), "
              f"{r.bytes / 1048576:.1f} MB, sequence {r.head}, schema {r.revision}")
        return 0
    if args.command == "restore":
        r = backup.restore(args.file, settings)
        print(f"restored {r.files} files ({r.blobs} stored files) into {settings.data_dir}, "
              f"sequence {r.head}, schema {r.revision}")
        if r.revision != migrate.head():
            print(f"then run: {migrate.UPGRADE_COMMAND} --data {settings.data_dir}")
        return 0
    settings.ensure_dirs()
    db = Database(settings)
    try:
        if args.command == "prune":
            days = args.ops_days if args.ops_days is not None else settings.ops_keep_days
            with db.read() as conn:
                migrate.check(conn)
            try:
                done = retention.prune(db, days)
            except ValueError as exc:
                raise AdminError(str(exc)) from exc
            print(f"pruned: {done.ops} ops older than {days} days, {done.sessions} expired "
                  f"sessions, {done.spent_refresh} spent refresh tokens")
        elif args.action == "upgrade":
            with db.read() as conn:
                before = migrate.current(conn)
            db.create_schema()
            print(f"schema: {before or 'before migrations'} -> {migrate.head()}")
        else:
            with db.read() as conn:
                found, at = migrate.state(conn), migrate.current(conn)
            print(f"database: {at or '(none)'} ({found}); this release: {migrate.head()}")
    finally:
        db.dispose()
    return 0


def run_release(settings: Settings, args: argparse.Namespace) -> int:
    from sync.release.channel import USB_DAYS, Channel
    from sync.release.manifest import ReleaseError
    from sync.server.routes_updates import updates_dir

    channel = Channel(updates_dir(settings))
    try:
        if args.action == "publish":
            release = channel.publish(args.dir, version=args.version, plat=args.platform,
                                      notes=args.notes, require_root=True)
            print(f"published {release['version']} for {release['platform']}: "
                  f"{len(release['files'])} files, {len(release['patches'])} patched")
        elif args.action == "refresh":
            channel.refresh()
            print("timestamp re-signed")
        elif args.action == "root":
            args.out.write_bytes(channel.root_json())
            print(f"wrote {args.out}")
        else:
            channel.export(args.out, days=args.days or USB_DAYS)
            print(f"channel copied to {args.out}, valid for {args.days or USB_DAYS:g} days")
    except ReleaseError as exc:
        print(f"tutorclient-server release: {exc}", file=sys.stderr)
        return 1
    return 0


def run_bundle(settings: Settings, admin: Admin, args: argparse.Namespace) -> None:
    from sync.server import bundles

    if args.action == "export":
        if args.since_cursor is not None and args.since_cursor < 0:
            raise AdminError("--since-cursor must be 0 or more")
        budget = int(args.max_mb * 1024 * 1024) if args.max_mb else bundles.DEFAULT_EXPORT_BYTES
        r = bundles.export_to_device(settings, args.user, args.out, since_cursor=args.since_cursor,
                                     text_only=args.text_only, max_bytes=budget, db=admin.db)
        print(f"bundle for {r.username}: {args.out} (cursor {r.cursor_from}..{r.cursor_to}, "
              f"{r.changes} changes, {r.results} results, {r.blobs} files, "
              f"{r.blob_bytes / 1048576:.1f} MB of files)")
        if r.blobs_left_out:
            print(f"  {r.blobs_left_out} file(s) left out; they arrive at the next network sync")
        if r.more:
            print("  more changes wait: export another bundle after this one is imported")
    else:
        r = bundles.import_from_device(settings, args.file, db=admin.db)
        print(f"bundle from {r.username} ({r.device}): {r.ops} changes: {r.applied} applied, "
              f"{r.already} already here, {r.conflicts} conflicts, {r.rejected} refused; "
              f"{r.blobs_added} new files")
        for line in r.problems:
            print(f"  refused: {line}")


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise AdminError(f"{option} must be a date like 2026-04-01, not {text!r}") from exc


def run_insight(admin: Admin, args: argparse.Namespace) -> None:
    from sync.server import insight_jobs
    from sync.server.scopes import partnership_id

    if args.command == "insight":
        counts = insight_jobs.refresh(admin.db)
        print(f"figures: {counts['written']} written, {counts['unchanged']} unchanged, "
              f"{counts['removed']} removed")
        return
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise AdminError("--to is before --from")
    try:
        rep = insight_jobs.report(admin.db, partnership_id(args.partnership), start, end)
    except LookupError as exc:
        raise AdminError(f"no partnership {args.partnership!r}") from exc
    text = insight_jobs.report_json(rep) if args.format == "json" else insight_jobs.report_csv(rep)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``tutorclient-server``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # `db upgrade` prints its summary
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except (AdminError, TutorClientError, SchemaOutdated, BackupError) as exc:
        print(f"error: {getattr(exc, 'user_message', None) or exc}", file=sys.stderr)
    except SQLAlchemyError as exc:
        print(f"error: database problem: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
              file=sys.stderr)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except BlobStoreUnavailable as exc:
        print(f"error: the file store is unavailable: {exc.why}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    return 1


if __name__ == "__main__":
    sys.exit(main())
