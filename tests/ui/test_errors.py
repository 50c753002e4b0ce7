"""The error boundary: plain-language messages, non-blocking dialogs, the crash hook."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from sync.errors import (
    AuthError,
    BadDataError,
    ConflictError,
    NetworkError,
    ProtocolVersionError,
    StorageError,
    SyncInterrupted,
    TutorClientError,
)
from tutorclient.ui import errors
from tutorclient.ui.errors import (
    DB_BUSY,
    DB_DAMAGED,
    DISK_FULL,
    OFFLINE_SYNC,
    UNEXPECTED,
    describe,
    install_excepthook,
    scrub,
    show_error,
    write_diagnostics_zip,
)
from tutorclient.ui.operations import shutdown

ROOT = Path(__file__).resolve().parents[2]


def _visible(object_name: str) -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == object_name and w.isVisible()
    ]


@pytest.fixture(autouse=True)
def _close_dialogs(qapp):
    yield
    shutdown(timeout_ms=10_000)  # a diagnostics save may still be on the lane
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


# -- describe() -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("reply", "You are offline. Your reply is saved and will be sent at the next sync."),
        ("case", "You are offline. Your case is saved and will be sent at the next sync."),
        ("review", "You are offline. Your review is saved and will be sent at the next sync."),
        ("sync", OFFLINE_SYNC),
        (None, NetworkError.user_message),
    ],
)
def test_offline_message_depends_on_what_the_user_was_doing(context, expected) -> None:
    assert describe(NetworkError("HTTPSConnectionPool: read timed out"), context) == expected


@pytest.mark.parametrize(
    "error_class",
    [AuthError, ConflictError, SyncInterrupted, BadDataError, ProtocolVersionError, StorageError],
)
def test_our_errors_show_their_user_message(error_class) -> None:
    text = describe(error_class("developer detail: row 42 failed CHECK"), "reply")
    assert text == error_class.user_message
    assert "developer detail" not in text


def test_specific_user_message_wins() -> None:
    exc = BadDataError("bad field", user_message="This could not be saved: the title is empty.")
    assert describe(exc) == "This could not be saved: the title is empty."


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (sqlite3.OperationalError("database is locked"), DB_BUSY),
        (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
        (sqlite3.DatabaseError("database disk image is malformed"), DB_DAMAGED),
        (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
        (ConnectionResetError("peer reset"), NetworkError.user_message),
        (ValueError("token=abc secret internals"), UNEXPECTED),
        (KeyError("posts"), UNEXPECTED),
        (sqlite3.OperationalError("no such column: foo"), UNEXPECTED),
    ],
)
def test_other_errors_in_plain_words(exc, expected) -> None:
    assert describe(exc) == expected


def test_wrapped_causes_are_looked_through() -> None:
    try:
        try:
            raise ConnectionRefusedError(111, "refused")
        except ConnectionRefusedError as exc:
            raise RuntimeError("push failed") from exc
    except RuntimeError as outer:
        assert describe(outer, "reply").startswith("You are offline. Your reply is saved")


def test_describe_never_leaks_tracebacks_or_details() -> None:
    for exc in (RuntimeError("Traceback (most recent call last): x"), TutorClientError("internal")):
        text = describe(exc)
        assert "Traceback" not in text and "internal" not in text


# -- show_error() ----------------------------------------------------------------


def test_show_error_does_not_block_and_is_accessible(qtbot) -> None:
    window = QWidget(objectName="composeWindow")
    window.setAccessibleName("Compose reply")
    qtbot.addWidget(window)
    window.show()
    box = show_error(window, NetworkError("timeout"), "reply")  # exec() would hang here
    qtbot.waitUntil(box.isVisible)
    assert box.objectName() == "errorDialog" and box.accessibleName()
    assert box.text().startswith("You are offline. Your reply is saved")
    ok = box.findChild(QPushButton, "errorOkButton")
    assert ok is not None and ok.accessibleName() == "OK"
    # The same problem again (e.g. ten sends failing on a dead link) reuses the box.
    assert show_error(window, NetworkError("timeout again"), "reply") is box
    assert len(_visible("errorDialog")) == 1
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible("errorDialog"))


# -- diagnostics (no UI) ----------------------------------------------------------


def test_scrub_removes_tokens_and_passwords() -> None:
    text = (
        "Authorization: Bearer abc123.def\n"
        '{"token": "s3cr3t", "user": "amina"}\n'
        "{'access_token': 'tok-9'}\n"
        "POST /login?username=amina&password=hunter2 HTTP/1.1\n"
        "Authorization: Basic YW1pbmE6aHVudGVyMg==\n"
    )
    out = scrub(text)
    for secret in ("abc123", "s3cr3t", "tok-9", "hunter2", "YW1pbmE6aHVudGVyMg"):
        assert secret not in out
    assert "[scrubbed]" in out and '"user": "amina"' in out and "username=amina" in out


def test_diagnostics_zip_contents(tmp_path: Path) -> None:
    log = tmp_path / "tutorclient.log"
    log.write_text("".join(f"line {i} password=pw{i}\n" for i in range(1000)))
    trace = 'Traceback (most recent call last):\nRuntimeError: 401 for "Bearer abc123"\n'
    path = write_diagnostics_zip(tmp_path / "out", trace, log_path=log, log_lines=["recent: ok"], max_log_lines=50)
    assert path.parent == tmp_path / "out" and path.suffix == ".zip"
    assert list((tmp_path / "out").glob("*.part")) == []
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["environment.txt", "log.txt", "traceback.txt"]
        tb = zf.read("traceback.txt").decode()
        env = zf.read("environment.txt").decode()
        lines = zf.read("log.txt").decode().splitlines()
    assert "RuntimeError: 401" in tb and "abc123" not in tb and "[scrubbed]" in tb
    assert "python:" in env and "qt:" in env and "tutorclient:" in env and "platform:" in env
    assert len(lines) == 50 and lines[-1] == "recent: ok" and "line 999" in lines[-2]
    assert not any("pw9" in line for line in lines)
    second = write_diagnostics_zip(tmp_path / "out", trace)
    assert second != path  # a second crash in the same second never overwrites the first


# -- the last-resort hook -----------------------------------------------------------


def _fail_with_token() -> None:
    raise RuntimeError("sync push failed with header Authorization: Bearer abc123")


@pytest.mark.qt_no_exception_capture
def test_uncaught_exception_shows_crash_dialog_and_saves_scrubbed_zip(qtbot, tmp_path: Path) -> None:
    previous = sys.excepthook
    handler = install_excepthook(QApplication.instance(), lambda: tmp_path / "diagnostics")
    try:
        QTimer.singleShot(0, _fail_with_token)  # raised inside a Qt callback, caught by nobody
        qtbot.waitUntil(lambda: len(_visible("crashDialog")) == 1)
        box = _visible("crashDialog")[0]
        assert box.text() == UNEXPECTED and "Traceback" not in box.text() + box.informativeText()
        assert box.accessibleName()
        save = box.findChild(QPushButton, "saveDiagnosticsButton")
        assert save is not None and save.accessibleName()
        with qtbot.waitSignal(handler.diagnostics_saved) as saved:
            save.click()
        zip_path = saved.args[0]
        qtbot.waitUntil(lambda: len(_visible("diagnosticsSavedDialog")) == 1)
        assert str(zip_path) in _visible("diagnosticsSavedDialog")[0].text()
        with zipfile.ZipFile(zip_path) as zf:
            tb = zf.read("traceback.txt").decode()
            log = zf.read("log.txt").decode()
        assert "_fail_with_token" in tb and "[scrubbed]" in tb
        assert "abc123" not in tb and "abc123" not in log
        assert "Uncaught exception" in log  # the crash was logged before the dialog
    finally:
        handler.uninstall()
    assert sys.excepthook is previous


@pytest.mark.qt_no_exception_capture
def test_exception_on_a_worker_thread_reaches_the_ui_thread(qtbot, tmp_path: Path) -> None:
    handler = install_excepthook(QApplication.instance(), lambda: tmp_path)
    try:
        with qtbot.waitSignal(handler.crashed):
            thread = threading.Thread(target=_fail_with_token)
            thread.start()
            thread.join()
        qtbot.waitUntil(lambda: len(_visible("crashDialog")) == 1)
        # A second crash joins the first report instead of stacking dialogs.
        handler.crashed.emit("Traceback: another one")
        qtbot.wait(50)
        assert len(_visible("crashDialog")) == 1 and len(handler.reports) == 2
    finally:
        handler.uninstall()


def test_keyboard_interrupt_goes_to_the_previous_hook(qtbot, tmp_path: Path) -> None:
    seen: list[type] = []
    previous = sys.excepthook
    sys.excepthook = lambda t, v, tb: seen.append(t)
    handler = install_excepthook(QApplication.instance(), lambda: tmp_path)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        qtbot.wait(20)
        assert seen == [KeyboardInterrupt] and not _visible("crashDialog")
    finally:
        handler.uninstall()
        sys.excepthook = previous


# -- the PySide6 6.12 / Python 3.11 guard ---------------------------------------------


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    # Without the guard this build aborts with "Fatal Python error: none_dealloc"
    # after a few thousand void Qt calls or signal emits: minutes of real use.
    code = (
        "from PySide6.QtCore import QObject, Signal\n"
        "import tutorclient.ui.errors\n"
        "class R(QObject):\n    s = Signal()\n"
        "r = R()\n"
        "for _ in range(100_000):\n    r.setObjectName('x'); r.s.emit()\n"
        "print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
    assert isinstance(errors.PYSIDE_REFCOUNT_GUARDED, bool)


def test_a_full_disk_says_how_much_to_free_and_where() -> None:
    from sync.errors import DiskFullError

    full = DiskFullError("disk full: [Errno 28]", where="/media/usb")
    during_sync = describe(full, "sync")
    assert during_sync.startswith("The disk is full. Free at least 50 MB on /media/usb")
    assert "sync again" in during_sync and "nothing was lost" in during_sync
    # Saving a reply on a full disk: it was not saved, so no "sync again", but what to do.
    reply = describe(full, "reply")
    assert "Free at least 50 MB on /media/usb" in reply and "try again" in reply
    assert "sync again" not in reply and "nothing was lost" not in reply
    # SQLite's own words, not yet typed, say the same amount.
    assert "Free at least 50 MB" in describe(sqlite3.OperationalError("database or disk is full"),
                                             "reply")
