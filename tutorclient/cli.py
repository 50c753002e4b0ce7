"""The ``tutorclient`` command: ``tutorclient [--profile DIR] COMMAND``.

A thin adapter: it calls the core and turns its errors into clear messages
and exit codes, never tracebacks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sync.errors import TutorClientError

from . import __version__, content
from .paths import blob_root_for, profile_dir, resolve_profile
from .store import BlobCache, Store, search

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _open(profile: Path) -> tuple[Store, BlobCache]:
    return Store.open(profile), BlobCache(blob_root_for(profile))


def cmd_demo(args: argparse.Namespace) -> int:
    """Install the demo courses into a demo profile and open the offline preview."""
    profile = Path(args.profile) if args.profile else profile_dir("demo")
    store, blobs = _open(profile)
    if not content.list_courses(store):
        content.install_demo_courses(store, blobs)
    from .ui.preview import PreviewWindow  # Qt only when a window is wanted
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = PreviewWindow(store, blobs)
    window.show()
    if args.exit_after_ms:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(args.exit_after_ms, app.quit)
    code = app.exec()
    store.close()
    return code


def cmd_status(args: argparse.Namespace) -> int:
    profile = resolve_profile(args.profile)
    store, blobs = _open(profile)
    db = store.db
    info = {
        "profile": str(profile),
        "courses": db.execute("SELECT count(*) FROM courses").fetchone()[0],
        "lessons": db.execute("SELECT count(*) FROM lessons").fetchone()[0],
        "pending": db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0],
        "conflicts": db.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0],
        "blob_bytes": blobs.size_on_disk(),
    }
    store.close()
    if args.json:
        print(json.dumps(info))
    else:
        for key, value in info.items():
            print(f"{key:>10}: {value}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    store, _ = _open(resolve_profile(args.profile))
    for hit in search(store.db, " ".join(args.text), limit=args.limit):
        print(f"[{hit.kind}] {hit.title}: {hit.snippet_text}")
    store.close()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutorclient", description="Offline-first clinical tutoring client.")
    parser.add_argument("--version", action="version", version=f"tutorclient {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: the user's data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="open the demo courses offline")
    demo.add_argument("--exit-after-ms", type=int, default=0, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)
    status = sub.add_parser("status", help="what is stored and waiting to be sent")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)
    find = sub.add_parser("search", help="search downloaded lessons and discussions")
    find.add_argument("text", nargs="+")
    find.add_argument("--limit", type=int, default=10)
    find.set_defaults(func=cmd_search)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except TutorClientError as exc:
        print(f"tutorclient: {exc.user_message}\n  ({exc})", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
