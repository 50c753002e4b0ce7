"""The ``tutorclient`` command: ``tutorclient [--profile DIR] COMMAND``.

A thin adapter: it calls the core and turns its errors into clear messages
and exit codes, never tracebacks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sync.engine import Options, Progress
from sync.errors import AuthError, DiskFullError, NetworkError, TutorClientError

from . import __version__
from .paths import blob_root_for, resolve_profile
from .session import Profile
from .store import BlobCache, Store, search

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_UNREACHABLE, EXIT_AUTH, EXIT_PARTIAL = 3, 4, 5
EXIT_DISK_FULL = 6  # nothing was lost; free space and run the command again


def _open(profile: Path) -> tuple[Store, BlobCache]:
    return Store.open(profile), BlobCache(blob_root_for(profile))


def cmd_demo(args: argparse.Namespace) -> int:
    """Start the demo server, sign the demo trainee in to a temporary profile, open the app."""
    from .ui.launch import run_demo  # Qt only when a window is wanted

    return run_demo(Path(args.profile) if args.profile else None, exit_after_ms=args.exit_after_ms)


def cmd_app(args: argparse.Namespace) -> int:
    """Open the app on the profile (the default one unless --profile), signing in if needed."""
    from .ui.launch import run

    return run(resolve_profile(args.profile), exit_after_ms=args.exit_after_ms)


def _read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def cmd_login(args: argparse.Namespace) -> int:
    profile = Profile(resolve_profile(args.profile), token_file=args.token_file or None)
    try:
        if args.ca_bundle:
            bundle = Path(args.ca_bundle).expanduser().resolve()
            if not bundle.is_file():
                print(f"tutorclient: no CA bundle at {bundle}", file=sys.stderr)
                return EXIT_USAGE
            # TLS stays verified; an organisation's own CA is trusted too.
            profile.set_setting("ca_bundle", str(bundle))
        password = _read_password(f"Password for {args.username}: ")
        user = profile.login(args.server, args.username, password)
        print(f"Signed in as {user.get('username')} ({user.get('role')}) on {args.server}")
        return EXIT_OK
    finally:
        profile.close()


def cmd_logout(args: argparse.Namespace) -> int:
    profile = Profile(resolve_profile(args.profile))
    try:
        told = profile.sign_out()
    finally:
        profile.close()
    if told:
        print("Signed out on this computer and on the server. Your saved work is kept.")
    else:
        print("Signed out on this computer. Your saved work is kept. The server could not "
              "be reached: TutorClient will end the session there at the next connection.")
    return EXIT_OK


class _TerminalProgress:
    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, p: Progress) -> None:
        if not self.enabled:
            return
        total = f"/{p.items_total}" if p.items_total else ""
        kb = f" {p.bytes_done / 1024:.0f} KB" + (f" of {p.bytes_total / 1024:.0f} KB" if p.bytes_total else "")
        sys.stderr.write(f"\r{p.stage:>9}: {p.items_done}{total}{kb}   ")
        sys.stderr.flush()


def _warn_clock(profile: Profile, out: Any) -> None:
    from .notices import clock_notice

    line = clock_notice(profile.store)
    if line:
        print(f"\rWarning: {line}", file=out)


def cmd_sync(args: argparse.Namespace) -> int:
    profile = Profile(resolve_profile(args.profile), token_file=args.token_file or None)
    options = Options(text_only=args.text_only,
                      max_bytes=int(args.max_mb * 1024 * 1024) if args.max_mb else None)
    try:
        summary = profile.sync(options, on_progress=_TerminalProgress(not args.json))
        # A wrong clock is told once per profile (the app's notice shares the flag).
        _warn_clock(profile, sys.stderr if args.json else sys.stdout)
    except TutorClientError as exc:
        _warn_clock(profile, sys.stderr)
        partial = getattr(exc, "summary", None)
        if args.json:
            out = partial.as_dict() if partial else {"result": "failed"}
            out["error"] = exc.user_message
            print(json.dumps(out))
        raise
    finally:
        profile.close()
    if args.json:
        print(json.dumps(summary.as_dict()))
    else:
        print(f"\rSync {summary.result}: sent {summary.pushed}, received {summary.pulled}, "
              f"{summary.blobs_down} files; {summary.bytes_up + summary.bytes_down} bytes in "
              f"{summary.requests} requests.")
        for line in summary.errors:
            print(f"  {line}")
        if summary.conflicts:
            print(f"  {summary.conflicts} change(s) conflict with the server; open TutorClient to choose.")
    return EXIT_PARTIAL if summary.conflicts or summary.rejected else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    profile = Profile(resolve_profile(args.profile))
    db = profile.store.db
    last_ok = db.execute(
        "SELECT max(finished_at) FROM sync_history WHERE result IN ('ok', 'partial')").fetchone()[0]
    info = {
        "profile": str(profile.dir),
        "server": profile.server,
        "user": (profile.user or {}).get("username"),
        "signed_in": profile.credentials() is not None,
        "pending": db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0],
        "rejected": db.execute("SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()[0],
        "conflicts": db.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0],
        "last_sync": last_ok,
        "courses": db.execute("SELECT count(*) FROM courses").fetchone()[0],
        "lessons": db.execute("SELECT count(*) FROM lessons").fetchone()[0],
        "subscriptions": [r[0] for r in db.execute(
            "SELECT c.title FROM subscriptions s JOIN courses c ON c.id = s.course_id ORDER BY c.position")],
        "blobs_waiting": db.execute(
            "SELECT count(*) FROM blobs WHERE state IN ('wanted', 'partial')").fetchone()[0],
        "storage_bytes": (profile.dir / "profile.db").stat().st_size + profile.blobs.size_on_disk(),
    }
    profile.close()
    if args.json:
        print(json.dumps(info))
    else:
        for key, value in info.items():
            print(f"{key:>14}: {value}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    store, _ = _open(resolve_profile(args.profile))
    for hit in search(store.db, " ".join(args.text), limit=args.limit):
        print(f"[{hit.kind}] {hit.title}: {hit.snippet_text}")
    store.close()
    return EXIT_OK


def cmd_bundle(args: argparse.Namespace) -> int:
    """USB bundles: import one made on the server, or export this computer's unsent work."""
    from . import bundles

    profile = Profile(resolve_profile(args.profile))
    try:
        if args.action == "import":
            r = bundles.import_bundle(profile, args.file)
            print(f"Imported {args.file}: received {r.pulled} changes and {r.blobs} files; "
                  f"{r.pushed} of your changes confirmed by the server.")
            if r.conflicts or r.rejected:
                print(f"  {r.conflicts} conflict(s), {r.rejected} refused change(s); "
                      "open TutorClient to review them.")
            if r.more:
                print("  The server has more for you: import the next bundle too.")
            return EXIT_PARTIAL if r.conflicts or r.rejected else EXIT_OK
        r = bundles.export_bundle(profile, args.file)
        print(f"Wrote {args.file}: {r.ops} change(s) and {r.blobs} file(s) "
              f"({r.blob_bytes / 1048576:.1f} MB) for the server.")
        if r.waiting:
            print(f"  {r.waiting} later edit(s) wait for the server's answer; they go in the "
                  "next bundle.")
        return EXIT_OK
    finally:
        profile.close()


def cmd_update(args: argparse.Namespace) -> int:
    """Stage an app update from a channel copy on a USB stick; it installs at the next start."""
    from . import appupdate

    bundle = args.bundle or appupdate.installed_bundle()
    root = appupdate.trusted_root(bundle) if bundle else None
    if bundle is None or root is None:
        print("tutorclient update: this is not an installed bundle with an update channel "
              "(docs/installer.md, Updates)", file=sys.stderr)
        return EXIT_ERROR
    found = appupdate.check(appupdate.usb_client(args.source, bundle, root))
    if found.offer is None:
        print(f"No update: {found.reason}.")
        return EXIT_ERROR if found.refused else EXIT_OK
    offer = found.offer
    print(f"Version {offer.version}: {offer.files_changed} file(s) changed. {offer.notes}".strip())
    if args.check:
        return EXIT_OK
    staged = appupdate.stage(None, appupdate.usb_client(args.source, bundle, root), offer)
    print(f"Staged in {staged}; it installs the next time TutorClient starts.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutorclient", description="Offline-first clinical tutoring client.")
    parser.add_argument("--version", action="version", version=f"tutorclient {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: the user's data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offline in a throwaway profile, then exit")
    # Hidden, for tests: quit this long after the first window appears.
    parser.add_argument("--exit-after-ms", type=int, default=0, help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_app)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                description="Without a command, tutorclient opens the app.")
    demo = sub.add_parser("demo", help="try the app on a demo server with demo courses (no setup)")
    demo.add_argument("--exit-after-ms", type=int, default=0, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)
    login = sub.add_parser("login", help="sign in to a server (password from stdin or a prompt)")
    login.add_argument("--server", required=True, metavar="URL")
    login.add_argument("--username", required=True)
    login.add_argument("--ca-bundle", metavar="PEM",
                       help="trust this organisation's CA certificates (TLS is always verified)")
    login.add_argument("--token-file", action="store_true",
                       help="where no secure keyring exists, keep the token in a private file")
    login.set_defaults(func=cmd_login)
    logout = sub.add_parser("logout", help="sign out here and end the session on the server "
                                           "(at the next connection if offline)")
    logout.set_defaults(func=cmd_logout)
    sync_p = sub.add_parser("sync", help="send queued work and receive what is new")
    sync_p.add_argument("--text-only", action="store_true", help="skip images, PDFs and files")
    sync_p.add_argument("--max-mb", type=float, default=None, help="data budget for this sync")
    sync_p.add_argument("--json", action="store_true", help="print a JSON summary")
    sync_p.add_argument("--token-file", action="store_true", help=argparse.SUPPRESS)
    sync_p.set_defaults(func=cmd_sync)
    status = sub.add_parser("status", help="what is stored and waiting to be sent")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)
    find = sub.add_parser("search", help="search downloaded lessons and discussions")
    find.add_argument("text", nargs="+")
    find.add_argument("--limit", type=int, default=10)
    find.set_defaults(func=cmd_search)
    bundle = sub.add_parser("bundle", help="carry sync data on a USB stick (no network)")
    bundle_sub = bundle.add_subparsers(dest="action", required=True, metavar="ACTION")
    b_imp = bundle_sub.add_parser("import", help="apply a bundle made on the server")
    b_imp.add_argument("file", type=Path)
    b_exp = bundle_sub.add_parser("export", help="write unsent work to a bundle for the server")
    b_exp.add_argument("file", type=Path)
    bundle.set_defaults(func=cmd_bundle)
    update = sub.add_parser("update", help="install an app update from a USB stick at the next "
                                           "start (tutorclient-server release usb)")
    update.add_argument("source", type=Path, help="the channel folder on the stick")
    update.add_argument("--check", action="store_true", help="only say what it would install")
    update.add_argument("--bundle", type=Path, help=argparse.SUPPRESS)  # tests: a fake bundle
    update.set_defaults(func=cmd_update)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from .ui import selftest  # it renders the main window: part of the Qt layer

        return selftest.main(args.profile)
    if args.func in (cmd_app, cmd_demo):
        from .qtcheck import window_problem  # missing X11 libraries, said plainly

        if problem := window_problem():
            print(problem, file=sys.stderr)
            return EXIT_ERROR
    try:
        return args.func(args)
    except DiskFullError as exc:
        # The developer text names errno and SQLite: only the plain message here.
        print(f"tutorclient: {exc.user_message}", file=sys.stderr)
        return EXIT_DISK_FULL
    except TutorClientError as exc:
        print(f"tutorclient: {exc.user_message}\n  ({exc})", file=sys.stderr)
        if isinstance(exc, AuthError):
            return EXIT_AUTH
        if isinstance(exc, NetworkError):
            return EXIT_UNREACHABLE
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("tutorclient: stopped. Everything received so far is saved.", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
