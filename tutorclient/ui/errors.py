"""The UI's error boundary: plain-language messages and the last-resort crash dialog.

* :func:`describe` is the one place that turns an exception into words a
  trainee understands. Nothing else in the UI formats errors; nothing ever
  shows a traceback to the user.
* :func:`show_error` shows that text without blocking (``open()``, never ``exec()``).
* :func:`install_excepthook` catches what nothing else caught, logs it, and
  offers to save a diagnostics zip (:func:`write_diagnostics_zip`) with tokens
  and passwords scrubbed (:func:`scrub`), for the trainee to send to support.
* :func:`guard_pyside_refcounts` (run on import) stops a PySide6 6.12 defect
  on Python 3.11 from aborting the app; see its docstring.
"""

from __future__ import annotations

import collections
import errno
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sync.errors import DiskFullError, NetworkError, TutorClientError
from tutorclient import diagnostics
from tutorclient.store import DatabaseError

__all__ = [
    "UNEXPECTED",
    "CrashHandler",
    "describe",
    "install_excepthook",
    "scrub",
    "show_error",
    "write_diagnostics_zip",
]

log = logging.getLogger(__name__)

UNEXPECTED = "Something unexpected went wrong. Your work on this computer is saved."
DB_BUSY = "TutorClient is busy saving other work. Please try again in a moment."
DISK_FULL = DiskFullError().text("try again")  # SQLite or the OS said so, untyped
# Contexts where a full disk stopped a sync or an import: nothing of the user's was lost.
_SYNCING = {"sync", "bundle", "download"}
DB_DAMAGED = (
    "The data on this computer could not be read. "
    "Save a diagnostics file and send it to your coordinator."
)
# Contexts that describe a local write: offline, the work waits in the outbox.
_SAVED_FOR_LATER = {
    "reply": "your reply",
    "post": "your post",
    "case": "your case",
    "review": "your review",
    "note": "your note",
    "bookmark": "your bookmark",
    "progress": "your progress",
    "quiz": "your quiz answers",
}
OFFLINE_SYNC = "No connection to the server. Nothing was lost: TutorClient will try again at the next sync."


# -- a PySide6 defect that would otherwise abort the app -----------------------


from .qtfix import PYSIDE_REFCOUNT_GUARDED, guard_pyside_refcounts  # noqa: F401

# -- plain language ------------------------------------------------------------


def _causes(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 10:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _is_network(exc: BaseException) -> bool:
    return isinstance(exc, NetworkError | ConnectionError | TimeoutError)


def _network_message(exc: BaseException, context: str | None) -> str:
    if context in _SAVED_FOR_LATER:
        return f"You are offline. {_SAVED_FOR_LATER[context].capitalize()} is saved and will be sent at the next sync."
    if context == "sync":
        return OFFLINE_SYNC
    if isinstance(exc, TutorClientError):
        return exc.user_message
    return NetworkError.user_message


def _sqlite_message(exc: DatabaseError) -> str | None:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DB_BUSY
    if "disk is full" in text or "disk full" in text:
        return DISK_FULL
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return DB_DAMAGED
    return None


def describe(exc: BaseException, context: str | None = None) -> str:
    """One plain-language sentence or two for ``exc``; never a traceback.

    ``context`` names what the user was doing ("reply", "case", "review",
    "sync", ...) so a dropped connection reads as "your reply is saved and
    will be sent" rather than as a failure. Wrapped causes
    (``raise X from exc``) are looked through when the outer error is unknown.
    """
    for err in _causes(exc):
        if _is_network(err):
            return _network_message(err, context)
        if isinstance(err, DiskFullError):
            # A write the user made did not fit: it was not saved, so no "nothing lost".
            return err.user_message if context in _SYNCING else err.text("try again")
        if isinstance(err, TutorClientError):
            return err.user_message
        if isinstance(err, DatabaseError):
            message = _sqlite_message(err)
            if message:
                return message
        if isinstance(err, OSError) and err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DISK_FULL
    return UNEXPECTED


# Parentless boxes are owned by Python: keep them until the user closes them.
_open_boxes: set[QMessageBox] = set()


def _open(box: QMessageBox) -> None:
    """Show ``box`` without blocking and delete it once closed."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()


def _name(widget: QWidget, object_name: str, accessible: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)


def show_error(parent: QWidget | None, exc: BaseException, context: str | None = None) -> QMessageBox:
    """Show ``describe(exc, context)`` without blocking; returns the (open) box.

    The same message already showing is raised instead of stacked: on a bad
    link many operations fail at once and one box is enough.
    """
    text = describe(exc, context)
    if parent is not None and not shiboken6.isValid(parent):
        parent = None
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, QMessageBox)
            and widget.objectName() == "errorDialog"
            and widget.isVisible()
            and widget.text() == text
        ):
            widget.raise_()
            return widget
    box = QMessageBox(QMessageBox.Icon.Warning, "TutorClient", text, QMessageBox.StandardButton.Ok, parent)
    _name(box, "errorDialog", "Problem")
    box.setAccessibleDescription(text)
    _name(box.button(QMessageBox.StandardButton.Ok), "errorOkButton", "OK")
    _open(box)
    return box


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
        box = QMessageBox(QMessageBox.Icon.Critical, "TutorClient", UNEXPECTED)
        _name(box, "crashDialog", "TutorClient had a problem")
        box.setInformativeText(
            "You can save a diagnostics file and send it to your coordinator. "
            "It contains no passwords."
        )
        save = box.addButton("Save diagnostics file…", QMessageBox.ButtonRole.ActionRole)
        _name(save, "saveDiagnosticsButton", "Save diagnostics file")
        close = box.addButton(QMessageBox.StandardButton.Close)
        _name(close, "crashCloseButton", "Close")
        save.clicked.connect(self.save_diagnostics)
        self.dialog = box
        _open(box)

    @Slot()
    def save_diagnostics(self) -> None:
        """Write the zip on the parallel lane, then say where it is."""
        from .operations import QueryOp  # operations imports this module

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
            f"The diagnostics file was saved as:\n{path}",
            QMessageBox.StandardButton.Ok,
        )
        _name(box, "diagnosticsSavedDialog", "Diagnostics file saved")
        _name(box.button(QMessageBox.StandardButton.Ok), "diagnosticsOkButton", "OK")
        _open(box)
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

