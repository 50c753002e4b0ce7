"""The Sync panel says which attachments wait, how big they are, and why."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from sync.engine import STAGE_UPLOAD, Summary
from tutorclient import cases
from tutorclient.session import Profile
from tutorclient.ui.main_window import PAGE_SYNC
from tutorclient.ui.views.sync_page import StageProgress, SyncPage

SIZE = 3 * 1024 * 1024


def _profile_with_attachment(profile_dir: Path, tmp_path: Path) -> None:
    profile = Profile(profile_dir)
    try:
        case_id = cases.new_draft(profile.store, profile.user["id"],
                                  profile.user["partnerships"][0])
        cases.save_draft(profile.store, case_id, {"title": "Fever and neck stiffness"})
        pdf = tmp_path / "lab.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(SIZE - 9))
        cases.add_attachment(profile.store, profile.blobs, case_id, pdf)
    finally:
        profile.close()


def test_text_only_sync_says_the_attachment_waits_and_its_size(
        qtbot, open_app, profile_dir: Path, server, sign_in, tmp_path: Path) -> None:
    sign_in(profile_dir, server)
    _profile_with_attachment(profile_dir, tmp_path)
    app = open_app(profile_dir)
    app.start()
    app.window.show_page(PAGE_SYNC)
    page = app.window.pages[PAGE_SYNC]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.uploads_label.isVisible())
    assert page.uploads_label.text() == "1 attachment (3.1 MB) waiting to be sent."
    assert page.tabs.tabText(1).startswith("Waiting to be sent (")
    assert "3.1 MB" in page.tabs.tabText(1) or "3.0 MB" in page.tabs.tabText(1)

    page.text_only.setChecked(True)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.sync_button.click()
    summary = finished.args[0]
    assert isinstance(summary, Summary) and summary.uploads_waiting == 1
    assert "1 attachment (3.1 MB) waits for an unmetered link." in page.result_label.text()
    assert page.stages.states[STAGE_UPLOAD] == StageProgress.SKIPPED
    assert "1 attachment (3.1 MB)" in page.stages.details[STAGE_UPLOAD].text()
    qtbot.waitUntil(lambda: page.uploads_label.text().startswith("1 attachment (3.1 MB)"))

    # Unmetered, but the demo courses have files over "ask first": the big
    # attachment waits for the same go-ahead as the big downloads.
    page.text_only.setChecked(False)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.sync_button.click()
    assert finished.args[0].blobs_up == 0 and finished.args[0].uploads_waiting == 1
    assert "1 attachment (3.1 MB) waits for your permission." in page.result_label.text()

    qtbot.waitUntil(lambda: page.large_button.isVisible())
    page.large_button.click()
    box = page.findChild(QMessageBox, "largeFilesDialog")
    assert box is not None
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=60_000) as finished:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert finished.args[0].blobs_up == 1 and finished.args[0].uploads_waiting == 0
    qtbot.waitUntil(lambda: not page.uploads_label.isVisible())
