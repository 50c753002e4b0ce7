"""``tutorclient --self-test``: check that this installation works, offline, in a throwaway profile.

Run from a source checkout or on a built bundle, it goes through what a trainee's
first session needs, one check at a time, and prints one line per check:

* ``version``: the app, Python and Qt it runs on, and whether it is a frozen bundle;
* ``text``: Arabic and English text sort, and numbers format, as Qt's locale data says;
* ``store``: a new profile's database opens and is migrated;
* ``demo content``: the demo courses are where the demo server looks for them;
* ``updates``: the app-update machinery loads and verifies the channel's shipped root;
* ``keyring``: this platform's keyring backend can be imported (the self-test never
  writes to the real keyring: its sign-in token goes to a private file in the profile);
* ``demo server``, ``sign in``, ``sync``, ``server stopped``: the embedded demo server
  starts (as ``tutorclient demo`` starts it), the demo trainee signs in, one sync
  pass fills the profile, and the server stops again;
* ``search``: the downloaded lessons are searchable;
* ``main window``: the main window renders the library (offscreen when there is no
  display, so it also works on a headless machine);
* ``documents``: a synced PDF opens in the PDF view and a synced PNG decodes.

The first failure stops the run with a ``FAIL`` line saying what went wrong, and
the exit status is 1; a clean run ends with ``self-test passed`` and status 0.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from tutorclient import __version__
from tutorclient.paths import scratch_dir

EXIT_OK, EXIT_FAILED = 0, 1
WAIT_S = 60.0
SEARCH_WORD = "haemorrhage"  # in the demo course "Postpartum haemorrhage"


class CheckFailed(Exception):
    """A check found something wrong; the message is for the person running the self-test."""


class _Run:
    """The state shared by the checks of one self-test run."""

    def __init__(self, profile_dir: Path, server_stack: ExitStack):
        self.profile_dir = profile_dir
        self.server_stack = server_stack
        self.profile: Any = None
        self.url = ""
        self.app: Any = None
        self.tutor: Any = None
        self.window: Any = None


def _wait(until: Callable[[], bool], what: str, app: Any = None) -> None:
    deadline = time.monotonic() + WAIT_S
    while not until():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out after {WAIT_S:.0f} s waiting for {what}")
        if app is not None:
            from PySide6.QtCore import QEventLoop

            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


# -- the checks, in order; each returns what it saw ---------------------------------------


def check_version(run: _Run) -> str:
    from PySide6 import QtCore

    bundle = "frozen bundle" if getattr(sys, "frozen", False) else "source install"
    return (f"tutorclient {__version__}, Python {platform.python_version()}, "
            f"Qt {QtCore.qVersion()}, {bundle}")


def check_text(run: _Run) -> str:
    from PySide6.QtCore import QCollator, QLocale

    # Qt's collation and number formats come from ICU data the bundle trims to
    # the languages shipped: check one of each.
    arabic = QCollator(QLocale("ar")).compare("\u0628", "\u0627")  # baa after alif
    english = QCollator(QLocale("en_GB")).compare("apple", "Banana")
    digits = QLocale("ar_EG").toString(1234)
    if arabic <= 0 or english >= 0 or digits == "1234":
        raise CheckFailed(f"text collation or locale data is missing "
                          f"(ar {arabic}, en {english}, ar_EG digits {digits!r})")
    return f"Arabic and English sort correctly; 1234 in Egyptian Arabic is {digits}"


def check_store(run: _Run) -> str:
    from tutorclient.session import Profile

    if run.profile_dir.exists() and not run.profile_dir.is_dir():
        raise CheckFailed(f"the profile folder {run.profile_dir} is a file, not a folder")
    run.profile = Profile(run.profile_dir, token_file=True)
    tables = set(run.profile.store.db.table_names())
    missing = {"courses", "lessons", "outbox", "blobs", "settings"} - tables
    if missing:
        raise CheckFailed(f"the new profile lacks the tables {sorted(missing)}")
    return f"new profile in {run.profile_dir} ({len(tables)} tables)"


def check_demo_content(run: _Run) -> str:
    from sync import authoring

    courses = authoring.demo_course_paths()
    if not courses:
        raise CheckFailed(f"no demo courses under {authoring.DEMO_ROOT}")
    return f"{len(courses)} courses in {authoring.DEMO_ROOT}"


def check_keyring(run: _Run) -> str:
    import keyring
    import keyring.backends.fail

    backend = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    __import__(f"keyring.backends.{backend}")
    # From here on this process never touches the computer's real keyring.
    keyring.set_keyring(keyring.backends.fail.Keyring())
    return f"{backend} backend present; the self-test keeps its token in a private file"


def check_updates(run: _Run) -> str:
    """The update machinery is in the bundle: TUF parses the shipped root, a patch applies."""
    from sync.release import manifest
    from tuf.api.metadata import Metadata, Root
    from tutorclient.appupdate import installed_bundle, trusted_root

    old, new = b"tutorclient " * 500, b"tutorclient " * 499 + b"update"
    if manifest.apply_patch(old, manifest.make_patch(old, new), len(new)) != new:
        raise CheckFailed("a zstd patch did not reproduce its file")
    bundle = installed_bundle()
    root = trusted_root(bundle) if bundle else None
    if root is None:
        return "patches apply; no update channel in this build"
    signed = Metadata[Root].from_bytes(root).signed
    return f"patches apply; channel root version {signed.version}, expires {signed.expires:%Y-%m-%d}"


def check_demo_server(run: _Run) -> str:
    from tutorclient.demo import demo_server, health

    started = time.monotonic()
    run.url = run.server_stack.enter_context(demo_server())
    if health(run.url, timeout=5) != 204:
        raise CheckFailed(f"the demo server at {run.url} is not healthy")
    return f"seeded and serving on {run.url} in {time.monotonic() - started:.1f} s"


def check_sign_in(run: _Run) -> str:
    from tutorclient.demo import DEMO_PASSWORD, DEMO_USER

    user = run.profile.login(run.url, DEMO_USER, DEMO_PASSWORD)
    token = run.profile_dir / "token.json"
    if not token.is_file():
        raise CheckFailed("signed in, but the token file was not written")
    if os.name == "posix" and token.stat().st_mode & 0o077:
        raise CheckFailed(f"the token file {token} can be read by other users")
    return f"{user.get('username')} ({user.get('role')}), token in a private file"


def check_sync(run: _Run) -> str:
    from tutorclient.library import content_counts

    summary = run.profile.sync()
    courses, lessons, files = content_counts(run.profile.store)
    if summary.result != "ok" or not courses or not lessons:
        raise CheckFailed(f"sync {summary.result}: {courses} courses, {lessons} lessons, "
                          f"errors {summary.errors}")
    return (f"received {summary.pulled} records and {files} files "
            f"({summary.bytes_down} bytes): {courses} courses, {lessons} lessons")


def check_server_stopped(run: _Run) -> str:
    from tutorclient.demo import health

    url, run.url = run.url, ""
    run.server_stack.close()  # stops the server
    if health(url, timeout=2) is None:
        return f"{url} no longer answers; the rest runs offline"
    raise CheckFailed(f"the demo server at {url} still answers after it was stopped")


def check_search(run: _Run) -> str:
    from tutorclient.store import search

    hits = search(run.profile.store.db, SEARCH_WORD, limit=5)
    if not hits:
        raise CheckFailed(f"searching for {SEARCH_WORD!r} found nothing")
    return f"{SEARCH_WORD!r}: {len(hits)} hits, first {hits[0].title!r}"


def check_main_window(run: _Run) -> str:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import TutorApp, make_application
    from .main_window import PAGE_LIBRARY

    run.profile.close()  # the app opens the profile itself
    run.profile = None
    run.app = make_application()
    run.tutor = TutorApp(run.profile_dir, token_file=True)
    run.window = run.tutor.open_main_window()
    library = run.window.pages[PAGE_LIBRARY]
    _wait(lambda: library.courses_model.rowCount() > 0, "the library's courses", run.app)
    image = run.window.grab().toImage()
    if image.isNull() or image.width() < 200:
        raise CheckFailed("the main window rendered no picture")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}
    if len(colours) < 3:
        raise CheckFailed("the main window rendered blank")
    return (f"{library.courses_model.rowCount()} courses in the library, "
            f"{image.width()}x{image.height()} on the {run.app.platformName()} platform")


def check_documents(run: _Run) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from .main_window import PAGE_LIBRARY

    from tutorclient.library import first_downloaded_file

    store = run.tutor.profile.store
    pdf = first_downloaded_file(store, "application/pdf")
    png = first_downloaded_file(store, "image/png")
    if pdf is None or png is None:
        raise CheckFailed("the sync brought no PDF or no PNG file to open")
    library = run.window.pages[PAGE_LIBRARY]
    view = library.pdf_view
    seen: list[str] = []
    view.opened.connect(seen.append)
    view.missing.connect(lambda _sha: seen.append("missing"))
    library.open_pdf(pdf, "self-test")
    _wait(lambda: bool(seen), "the PDF view", run.app)
    pages = view.document.pageCount()
    if seen[0] == "missing" or pages < 1:
        raise CheckFailed(f"the PDF {pdf[:12]} did not open in the PDF view")
    page = view.document.render(0, QSize(200, 280))
    picture = QImage.fromData(run.tutor.profile.blobs.read(png))
    if page.isNull() or picture.isNull():
        raise CheckFailed("a PDF page or a PNG image did not render")
    return f"PDF of {pages} page(s) rendered; PNG {picture.width()}x{picture.height()} decoded"


CHECKS: list[tuple[str, Callable[[_Run], str]]] = [
    ("version", check_version),
    ("text", check_text),
    ("store", check_store),
    ("demo content", check_demo_content),
    ("keyring", check_keyring),
    ("updates", check_updates),
    ("demo server", check_demo_server),
    ("sign in", check_sign_in),
    ("sync", check_sync),
    ("server stopped", check_server_stopped),
    ("search", check_search),
    ("main window", check_main_window),
    ("documents", check_documents),
]


def _profile_dir(explicit: str | os.PathLike | None, stack: ExitStack) -> Path:
    if explicit:
        path = Path(explicit).expanduser().resolve()
        if path.is_dir() and any(path.iterdir()):
            raise CheckFailed(f"{path} is not empty: the self-test signs the demo trainee in, "
                              "so give it an empty or new folder (or no --profile)")
        return path
    return stack.enter_context(scratch_dir("tutorclient-selftest-")) / "profile"


def _close_ui(run: _Run) -> None:
    if run.window is not None:
        run.window.close()
    if run.tutor is not None:
        run.tutor.close()
    elif run.profile is not None:
        run.profile.close()


def iter_checks(profile: str | os.PathLike | None = None) -> Iterator[tuple[str, str | None, str]]:
    """Run the checks; yields ``(name, error or None, detail)``, stopping after a failure."""
    with ExitStack() as outer:
        try:
            directory = _profile_dir(profile, outer)
        except CheckFailed as exc:
            yield "profile", str(exc), ""
            return
        run = _Run(directory, outer.enter_context(ExitStack()))
        outer.callback(_close_ui, run)
        for name, check in CHECKS:
            try:
                detail = check(run)
            except CheckFailed as exc:
                yield name, str(exc), ""
                return
            except Exception as exc:  # noqa: BLE001 - any failure is the answer here
                message = getattr(exc, "user_message", None) or str(exc)
                yield name, f"{type(exc).__name__}: {message}", ""
                return
            yield name, None, detail


def main(profile: str | os.PathLike | None = None, out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, 1 at the first failure."""
    out = out or sys.stdout
    started = time.monotonic()
    passed = 0
    for name, error, detail in iter_checks(profile):
        if error is not None:
            print(f"FAIL {name}: {error}", file=out, flush=True)
            print(f"self-test failed at '{name}' after {passed} passed checks.", file=out)
            return EXIT_FAILED
        passed += 1
        print(f"ok   {name}: {detail}", file=out, flush=True)
    print(f"self-test passed: {passed} checks in {time.monotonic() - started:.1f} s", file=out)
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
