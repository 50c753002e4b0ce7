"""Expected failures (not an image, connection refused) are logged as one line at
WARNING; the unexpected keep their traceback, at ERROR."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tutorclient import cases
from tutorclient.session import Profile
from tutorclient.ui.operations import QueryOp, SyncOp

DEAD_SERVER = "http://127.0.0.1:9"  # the discard port: nothing listens


def _run(qtbot, hub, op) -> list[BaseException]:
    failed: list[BaseException] = []
    op.failure(failed.append)
    with qtbot.waitSignal(hub.operation_finished):
        op.run()
    return failed


def _records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "tutorclient.ui.operations"]


def test_expected_failures_are_one_line(qtbot, ctx, tmp_path: Path, caplog) -> None:
    hub = ctx.hub
    view = QWidget()
    qtbot.addWidget(view)
    not_an_image = tmp_path / "notes.jpg"
    not_an_image.write_text("this is a text file, not a photo")
    store, blobs = ctx.store, ctx.profile.blobs
    case_id = cases.new_draft(store, ctx.user_id, ctx.user["partnerships"][0])
    other = Profile(tmp_path / "other")
    caplog.set_level(logging.INFO)
    try:
        failed = _run(qtbot, hub, QueryOp(view, lambda: cases.add_attachment(
            store, blobs, case_id, not_an_image), label="add a picture"))
        failed += _run(qtbot, hub, SyncOp(view, lambda: other.login(DEAD_SERVER, "amina", "x"),
                                          label="sign in"))
    finally:
        other.close()
    assert len(failed) == 2
    records = _records(caplog)
    assert [r.levelname for r in records] == ["WARNING", "WARNING"]
    for record in records:
        assert record.exc_info is None and "Traceback" not in caplog.text
        assert "\n" not in record.getMessage()
    assert "'add a picture' failed: BadDataError" in records[0].getMessage()
    assert "'sign in' failed: NetworkError" in records[1].getMessage()


def test_unexpected_failures_keep_their_traceback(qtbot, hub, tmp_path: Path, caplog) -> None:
    view = QWidget()
    qtbot.addWidget(view)

    def bug() -> None:
        return {}["missing"]  # a programming error

    caplog.set_level(logging.INFO)
    failed = _run(qtbot, hub, QueryOp(view, bug, label="a bug"))
    assert isinstance(failed[0], KeyError)
    (record,) = _records(caplog)
    assert record.levelname == "ERROR" and record.exc_info is not None
    assert "Traceback" in caplog.text and "bug" in caplog.text
