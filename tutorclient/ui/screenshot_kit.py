"""What the screenshot scripts share: event-loop waits, PNG grabs and the command line.

Used by :mod:`.screenshots`, :mod:`.screenshots_sync` and :mod:`.screenshots_cases`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tutorclient.paths import output_dir

__all__ = ["SIZE", "Shots", "no_keyring", "run_cli", "settle", "wait"]

SIZE = (1366, 768)  # the trainees' laptops


def wait(until: Callable[[], bool], timeout_s: float = 60.0, what: str = "") -> None:
    """Run the event loop until ``until()`` is true; TimeoutError after ``timeout_s``."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or until}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(ms: int = 300) -> None:
    """Let layouts, fades and late paints finish before a grab."""
    end = time.monotonic() + ms / 1000
    wait(lambda: time.monotonic() > end, what="settle")


class Shots:
    """PNGs saved in ``outdir``, remembered in :attr:`written` in the order they were taken."""

    def __init__(self, outdir: Path | str, settle_ms: int = 300) -> None:
        self.out = output_dir(outdir)
        self.settle_ms = settle_ms
        self.written: list[Path] = []

    def save(self, pixmap: QPixmap, name: str) -> Path:
        path = self.out / f"{name}.png"
        pixmap.save(str(path))
        self.written.append(path)
        return path

    def grab(self, widget: QWidget, name: str, settle_ms: int | None = None) -> Path:
        settle(self.settle_ms if settle_ms is None else settle_ms)
        return self.save(widget.grab(), name)


def no_keyring() -> None:
    """Screenshot runs never touch this computer's real keyring."""
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())


def run_cli(render: Callable[[Path], list[Path]], doc: str | None, argv: list[str] | None = None) -> int:
    """``python -m ... OUTDIR [--lang ar|so|en]``: render into OUTDIR (in that interface
    language) and print the files written, one a line."""
    import os

    from tutorclient.languages import ENV, LANGUAGES

    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="the interface language of the screenshots (default: the system's)")
    args = parser.parse_args(argv)
    if args.lang:
        os.environ[ENV] = args.lang  # every profile the run opens uses it (languages.language_for)
    for path in render(args.outdir):
        print(path)
    return 0
