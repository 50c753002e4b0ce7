"""Plain language: the one place that turns an exception into words a trainee understands.

* :func:`describe` gives the text. Nothing else in the UI formats errors;
  nothing ever shows a traceback to the user.
* :func:`show_error` shows that text without blocking (``open()``, never ``exec()``).

Both the operation lanes (``operations.py``, whose failures default to
:func:`show_error`) and the crash dialog (``errors.py``, which saves its zip on
a lane) need this, so it sits below both of them and imports neither.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import Qt, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sync.errors import DiskFullError, NetworkError, TutorClientError
from tutorclient.store import DatabaseError

__all__ = [
    "expected_error",
    "log_failure",
    "DB_BUSY",
    "DB_DAMAGED",
    "DISK_FULL",
    "OFFLINE_SYNC",
    "UNEXPECTED",
    "describe",
    "show_error",
]

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "Something unexpected went wrong. Your work on this computer is saved.")
DB_BUSY = QT_TRANSLATE_NOOP(
    "Messages", "TutorClient is busy saving other work. Please try again in a moment.")
DISK_FULL = DiskFullError().text("try again")  # SQLite or the OS said so, untyped
# Contexts where a full disk stopped a sync or an import: nothing of the user's was lost.
_SYNCING = {"sync", "bundle", "download"}
DB_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The data on this computer could not be read. "
    "Save a diagnostics file and send it to your coordinator."
)
# Contexts that describe a local write: offline, the work waits in the outbox.
_SAVED_FOR_LATER = {
    "reply": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your reply is saved and will be sent at the next sync."),
    "post": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your post is saved and will be sent at the next sync."),
    "case": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your case is saved and will be sent at the next sync."),
    "review": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your review is saved and will be sent at the next sync."),
    "note": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your note is saved and will be sent at the next sync."),
    "bookmark": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your bookmark is saved and will be sent at the next sync."),
    "progress": QT_TRANSLATE_NOOP(
        "Messages", "You are offline. Your progress is saved and will be sent at the next sync."),
    "quiz": QT_TRANSLATE_NOOP(
        "Messages",
        "You are offline. Your quiz answers are saved and will be sent at the next sync."),
}
OFFLINE_SYNC = QT_TRANSLATE_NOOP(
    "Messages",
    "No connection to the server. Nothing was lost: TutorClient will try again at the next sync.")


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
        return _SAVED_FOR_LATER[context]
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
    """One plain-language sentence or two for ``exc`` in the interface language;
    never a traceback. See :func:`describe_english`."""
    from .i18n import tr_core

    text = describe_english(exc, context)
    translated = QCoreApplication.translate("Messages", text)
    # Ours (this module) or the errors' own (sync/errors.py, listed for lupdate as core).
    return translated if translated != text else tr_core(text)


def describe_english(exc: BaseException, context: str | None = None) -> str:
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


def open_box(box: QMessageBox) -> None:
    """Show ``box`` without blocking and delete it once closed."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()


def name_widget(widget: QWidget, object_name: str, accessible: str) -> None:
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
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "TutorClient"), text, QMessageBox.StandardButton.Ok, parent)
    name_widget(box, "errorDialog", QCoreApplication.translate("Messages", "Problem"))
    box.setAccessibleDescription(text)
    name_widget(box.button(QMessageBox.StandardButton.Ok), "errorOkButton",
                box.button(QMessageBox.StandardButton.Ok).text().replace("&", ""))
    open_box(box)
    return box


# OSErrors that are the world, not a bug: no connection, a file gone or not allowed,
# a full disk. Their tracebacks say nothing the one-line message does not.
_EXPECTED_OS_ERRORS = (ConnectionError, TimeoutError, FileNotFoundError, FileExistsError,
                       PermissionError, IsADirectoryError, NotADirectoryError)
_EXPECTED_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO,
                              errno.ENETUNREACH, errno.EHOSTUNREACH})


def expected_error(exc: BaseException) -> bool:
    """An error TutorClient raises on purpose, or an OSError the world causes."""
    if isinstance(exc, (TutorClientError, *_EXPECTED_OS_ERRORS)):
        return True
    return isinstance(exc, OSError) and exc.errno in _EXPECTED_ERRNOS


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """One line at WARNING for an expected failure; the traceback, at ERROR, for the rest."""
    if expected_error(exc):
        cause = exc.__cause__ or exc.__context__
        detail = f" (from {type(cause).__name__}: {cause})" if cause is not None else ""
        logger.warning("%s failed: %s: %s%s", what, type(exc).__name__, exc, detail)
    else:
        logger.error("%s failed", what, exc_info=(type(exc), exc, exc.__traceback__))
