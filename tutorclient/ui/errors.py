"""The UI's error boundary: plain-language messages and the last-resort crash dialog.

* :func:`describe` and :func:`show_error` (from ``messages.py``, re-exported
  here) turn an exception into words a trainee understands and show them
  without blocking. Nothing ever shows a traceback to the user.
* :func:`install_excepthook` catches what nothing else caught, logs it, and
  offers to save a diagnostics zip (:func:`write_diagnostics_zip`) with tokens
  and passwords scrubbed (:func:`scrub`), for the trainee to send to support.
* :func:`guard_pyside_refcounts` (run on import) stops a PySide6 6.12 defect
  on Python 3.11 from aborting the app; see its docstring.
"""

from __future__ import annotations

import collections
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from tutorclient import diagnostics

from . import messages
from .messages import *  # noqa: F403 - re-exported: the error boundary's plain language
from .messages import name_widget, open_box
from .operations import QueryOp

__all__ = [
    *messages.__all__,
    "CrashHandler",
    "install_excepthook",
    "scrub",
    "write_diagnostics_zip",
]

log = logging.getLogger(__name__)

# -- a PySide6 defect that would otherwise abort the app -----------------------


from .qtfix import PYSIDE_REFCOUNT_GUARDED, guard_pyside_refcounts  # noqa: F401, E402

# -- diagnostics ---------------------------------------------------------------
# The zip itself is core (tutorclient.diagnostics); the crash dialog adds the traceback.

scrub = diagnostics.scrub
environment_report = diagnostics.environment_report


def write_diagnostics_zip(
    dest_dir: Path | str,
    tracebacks: Sequence[str] | str,
    *,
    log_lines: Iterable[str] = (),
    log_path: Path | str | None = None,
    max_log_lines: int = 500,
) -> Path:
    """Write ``tutorclient-diagnostics-<time>.zip`` in ``dest_dir``; return its path.

    It holds ``traceback.txt``, ``environment.txt`` and ``log.txt`` (the last
    ``max_log_lines`` of ``log_path`` and of ``log_lines``), all scrubbed, and is
    renamed into place only when complete.
    """
    if isinstance(tracebacks, str):
        tracebacks = [tracebacks]
    lines = diagnostics.log_tail(Path(log_path), max_log_lines) if log_path else []
    lines += list(log_lines)
    return diagnostics.write_zip(dest_dir, {
        "traceback.txt": "\n\n".join(tracebacks),
        "environment.txt": environment_report(),
        "log.txt": "\n".join(lines[-max_log_lines:]) + "\n",
    })


# -- the last-resort hook ------------------------------------------------------


class CrashHandler(QObject):
    """Owns the installed ``sys.excepthook``/``threading.excepthook`` and the crash dialog."""

    crashed = Signal(str)  # the formatted traceback (not scrubbed: it only goes to logs/zip)
    diagnostics_saved = Signal(object)  # Path of the zip
    MAX_REPORTS = 5

    def __init__(
        self,
        app: QCoreApplication,
        diagnostics_dir_provider: Callable[[], Path | str],
        *,
        log_path: Path | str | None = None,
        max_log_lines: int = 500,
    ) -> None:
        super().__init__(app)
        self.setObjectName("crashHandler")
        self._dir_provider = diagnostics_dir_provider
        self._log_path = log_path
        self._max_log_lines = max_log_lines
        self._recent = diagnostics.RecentLog(max_log_lines)
        self.reports: collections.deque[str] = collections.deque(maxlen=self.MAX_REPORTS)
        self.dialog: QMessageBox | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        self.crashed.connect(self._show_crash)

    def install(self) -> CrashHandler:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook
        logging.getLogger().addHandler(self._recent)
        self._installed = True
        return self

    def uninstall(self) -> None:
        """Restore the hooks that were in place before :meth:`install`."""
        if not self._installed:
            return
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook
        logging.getLogger().removeHandler(self._recent)
        self._installed = False

    def _hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("Uncaught exception\n%s", text)
        try:
            # Queued to the UI thread when the hook runs on a lane thread.
            self.crashed.emit(text)
        except RuntimeError:  # the QObject is gone: the app is shutting down
            self._previous_hook(exc_type, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show_crash(self, text: str) -> None:
        self.reports.append(text)
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            return  # one dialog at a time; later reports go in the same file
        box = QMessageBox(QMessageBox.Icon.Critical, "TutorClient",
                          QCoreApplication.translate("Messages", UNEXPECTED))
        name_widget(box, "crashDialog", QCoreApplication.translate("Errors", "TutorClient had a problem"))
        box.setInformativeText(
            QCoreApplication.translate("Errors", "You can save a diagnostics file and send it to your coordinator. "
            "It contains no passwords.")
        )
        save = box.addButton(QCoreApplication.translate("Errors", "Save diagnostics file…"), QMessageBox.ButtonRole.ActionRole)
        name_widget(save, "saveDiagnosticsButton", QCoreApplication.translate("Errors", "Save diagnostics file"))
        close = box.addButton(QMessageBox.StandardButton.Close)
        name_widget(close, "crashCloseButton", QCoreApplication.translate("Errors", "Close"))
        save.clicked.connect(self.save_diagnostics)
        self.dialog = box
        open_box(box)

    @Slot()
    def save_diagnostics(self) -> None:
        """Write the zip on the parallel lane, then say where it is."""
        dest = Path(self._dir_provider())
        reports = list(self.reports)
        lines = list(self._recent.lines)
        op = QueryOp(
            self,
            lambda: write_diagnostics_zip(
                dest, reports, log_lines=lines, log_path=self._log_path, max_log_lines=self._max_log_lines
            ),
            self._saved,
            context="diagnostics",
            label="save diagnostics",
        )
        op.failure(lambda exc: show_error(None, exc, "diagnostics")).run()

    def _saved(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "TutorClient",
            QCoreApplication.translate("Errors", "The diagnostics file was saved as:") + f"\n{path}",
            QMessageBox.StandardButton.Ok,
        )
        name_widget(box, "diagnosticsSavedDialog", QCoreApplication.translate("Errors", "Diagnostics file saved"))
        name_widget(box.button(QMessageBox.StandardButton.Ok), "diagnosticsOkButton",
                    box.button(QMessageBox.StandardButton.Ok).text().replace("&", ""))
        open_box(box)
        self.diagnostics_saved.emit(path)


def install_excepthook(
    app: QCoreApplication,
    diagnostics_dir_provider: Callable[[], Path | str],
    *,
    log_path: Path | str | None = None,
    max_log_lines: int = 500,
) -> CrashHandler:
    """Install the last-resort hook; call ``.uninstall()`` on the result to restore the old one."""
    handler = CrashHandler(app, diagnostics_dir_provider, log_path=log_path, max_log_lines=max_log_lines)
    return handler.install()

