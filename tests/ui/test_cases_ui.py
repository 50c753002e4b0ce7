"""The case form and the cases page, two app instances on two profiles against a live server.

A trainee writes a case offline with a phone photo that carries GPS, is
stopped by the identifier check, edits, confirms and submits; after the sync
the tutor's copy of the photo has no EXIF at all. Also: autosave survives a
crash, the upload size is shown before sending, and the screens render at
1366×768.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sync.engine import Summary
from tutorclient import cases, privacy
from tutorclient.ui.context import AppContext
from tutorclient.ui.models.cases import COL_STATUS
from tutorclient.ui.views.case_form import AUTOSAVE_MS
from tutorclient.ui.views.cases import CasesPage

SHOTS = Path("/tmp/shots-cases")


# -- shared by the case UI tests -------------------------------------------------------------


def sync(qtbot, ctx: AppContext) -> Summary:
    """Sync through the app (the parallel lane), as the Sync button does; fail on an error."""
    with qtbot.waitSignal(ctx.sync_finished, timeout=60_000) as blocker:
        assert ctx.start_sync()
    outcome = blocker.args[0]
    assert not isinstance(outcome, BaseException), outcome
    return outcome


def assert_named(root: QWidget) -> None:
    """Every interactive widget has an objectName and an accessible name (STYLE.md rule 8)."""
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)
    missing = [f"{type(w).__name__}:{w.objectName()!r}:{w.text() if hasattr(w, 'text') else ''}"
               for w in root.findChildren(QWidget)
               if isinstance(w, kinds) and w.isVisibleTo(root) and not w.inherits("QScrollBar")
               and (not w.objectName() or not w.accessibleName())
               and not w.objectName().startswith("qt_")]
    assert not missing, missing


def gps_photo(path: Path, size: tuple[int, int] = (2400, 1800)) -> Path:
    """A phone-like JPEG carrying GPS, camera and time in its EXIF."""
    image = Image.new("RGB", size, (180, 60, 40))
    for x in range(0, size[0], 40):  # detail, so the JPEG is not trivially small
        image.paste((20 + x % 200, 90, 160), (x, 0, x + 12, size[1]))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0132] = "2026:03:01 10:22:00"  # DateTime
    exif[0x8825] = {1: "N", 2: (9.0, 33.0, 40.0), 3: "E", 4: (44.0, 3.0, 50.0)}  # GPS IFD
    image.save(path, format="JPEG", exif=exif, quality=95)
    assert Image.open(path).getexif().get_ifd(0x8825), "the test photo must carry GPS"
    return path


def start_case(qtbot, page: CasesPage) -> str:
    page.new_case()
    qtbot.waitUntil(lambda: page.screens.currentWidget() is page.form and page.form.case_id is not None
                    and page.form.partnership_box.count() > 0)
    return page.form.case_id


def fill(form, **values: str) -> None:
    for name, text in values.items():
        editor = form.editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            editor.setPlainText(text)


def saved(qtbot, form) -> None:
    form.save_now()
    qtbot.waitUntil(lambda: form.save_state.text().startswith("Saved"))


def cases_page(qtbot, ctx: AppContext) -> CasesPage:
    """The Cases page on ``ctx``, shown at the laptop's content size, once its cases are listed."""
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 720)
    page.show()
    qtbot.waitUntil(lambda: page.cases_model.rowCount() > 0)
    return page


@pytest.fixture
def trainee_page(qtbot, open_ctx):
    return cases_page(qtbot, open_ctx("amina"))


# -- tests -----------------------------------------------------------------------------------------


def test_my_cases_show_status_badges_and_course_discussions(qtbot, trainee_page):
    page = trainee_page
    statuses = {page.cases_model.row(r).title: page.cases_model.index(r, COL_STATUS).data()
                for r in range(page.cases_model.rowCount())}
    assert statuses["Young man breathless after a motorbike crash"] == cases.STATUS_LABELS["reviewed"]
    assert page.table.itemDelegateForColumn(COL_STATUS) is not None
    qtbot.waitUntil(lambda: page.threads_model.rowCount() > 0)
    assert_named(page)


def test_draft_saves_itself_and_survives_a_crash(qtbot, trainee_page):
    page = trainee_page
    case_id = start_case(qtbot, page)
    form = page.form
    qtbot.keyClicks(form.editors["title"], "Child with a fever and a rash")
    assert form.save_state.text() == "Not saved yet…"
    with qtbot.waitSignal(form.saved, timeout=AUTOSAVE_MS + 10_000):
        pass  # nobody presses Save: the pause after typing is enough
    # A crash now: read the database file with a fresh connection, as the next start would.
    db = sqlite3.connect(page.ctx.store.path)
    title, status = db.execute("SELECT title, status FROM cases WHERE id = ?", [case_id]).fetchone()
    db.close()
    assert (title, status) == ("Child with a fever and a rash", "draft")
    # Back to the list and in again: the draft opens in the form with its text.
    page.form.back_button.click()
    qtbot.waitUntil(lambda: page.screens.currentIndex() == page.SCREEN_LIST
                    and page.cases_model.row_of(case_id) >= 0)
    page.open_case(case_id)
    qtbot.waitUntil(lambda: form.editors["title"].text() == "Child with a fever and a rash")
    assert page.screens.currentWidget() is form


def test_case_with_gps_photo_reaches_the_tutor_clean(qtbot, open_ctx, trainee_page, tmp_path):
    page = trainee_page
    ctx = page.ctx
    case_id = start_case(qtbot, page)
    form = page.form
    assert_named(form)
    assert form.partnership_box.currentText() == "Somaliland teaching partnership"
    fill(form,
         title="Woman with fever after a caesarean section",
         presenting_complaint=("A 24-year-old woman, 5 days after a caesarean, with fever. "
                               "Her husband Mr Ahmed Yusuf can be called on 0634 123 456."),
         examination="Temperature 38.9, pulse 116, BP 100/64. Uterus tender.",
         question="Which antibiotics would you start?")
    form.specialism_box.setCurrentIndex(form.specialism_box.findData("obstetrics"))
    saved(qtbot, form)

    # The photo: shrunk to the chosen size and stripped on the write lane; size shown before sending.
    photo = gps_photo(tmp_path / "IMG_20260301_102200.jpg")
    assert form.size_box.currentData() == "small"  # the 2G default
    with qtbot.waitSignal(form.attachments_changed):
        form.add_files([str(photo)])
    qtbot.waitUntil(lambda: form.attachments.rowCount() == 1)
    row = form.attachments.rows()[0]
    assert row.size < photo.stat().st_size
    assert "IMG_2026" not in row.filename  # camera file names can name people: never sent
    qtbot.waitUntil(lambda: "KB in all" in form.upload_label.text())
    assert "2G" in form.upload_label.text()
    assert cases.upload_size(ctx.store, case_id) >= row.size

    # Submit: the identifier check stops it and highlights the name and the phone number.
    form.submit_button.click()
    qtbot.waitUntil(lambda: form.check_dialog is not None and form.check_dialog.isVisible())
    dialog = form.check_dialog
    assert_named(dialog)
    assert {f.kind for f in dialog.findings} == {"name", "phone"}
    html = dialog.browser.toHtml()
    assert "Mr Ahmed" in html and "0634 123 456" in html and "#ffe08a" in html
    dialog.edit_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    editor = form.editors["presenting_complaint"]
    assert len(editor.extraSelections()) == 2  # both marked in the text box
    assert editor.textCursor().selectedText().startswith("Mr Ahmed")
    assert cases.display_status(ctx.store, case_id) == "draft"  # nothing was sent

    # The trainee removes the name; the number is the ward's, so they confirm it.
    editor.setPlainText(editor.toPlainText().replace("Mr Ahmed Yusuf", "her husband"))
    form.submit_button.click()
    qtbot.waitUntil(lambda: form.check_dialog is not dialog and form.check_dialog.isVisible())
    second = form.check_dialog
    assert [f.kind for f in second.findings] == ["phone"]
    with qtbot.waitSignal(form.submitted):
        second.confirm_button.click()
    qtbot.waitUntil(lambda: page.screens.currentWidget() is page.detail
                    and page.detail.status.text() == cases.STATUS_LABELS["waiting_to_send"])
    detail = cases.case_detail(ctx.store, case_id)
    assert "Mr Ahmed" not in detail["presenting_complaint"]

    sync(qtbot, ctx)
    qtbot.waitUntil(lambda: page.detail.status.text() == cases.STATUS_LABELS["submitted"])

    # The tutor's instance: the photo arrives without EXIF (no GPS, camera or time).
    tutor = open_ctx("dr.sarah")
    att = cases.case_detail(tutor.store, case_id)["attachments"]
    assert [a["sha256"] for a in att] == [row.sha256]
    data = tutor.blobs.read(row.sha256)
    image = Image.open(io.BytesIO(data))
    assert dict(image.getexif()) == {}
    assert not image.getexif().get_ifd(0x8825)
    assert b"Exif" not in data[:4096]
    assert max(image.size) <= 1024


def test_case_screens_render_at_laptop_size(qtbot, open_ctx):
    from tutorclient.ui.screenshots_cases import SIZE, render_case_screens

    trainee, tutor = open_ctx("amina"), open_ctx("dr.sarah")
    written = render_case_screens(trainee, tutor, SHOTS)
    names = {p.name for p in written}
    assert {"case-form.png", "case-identifiers.png", "case-detail.png", "case-thread.png",
            "review-queue.png", "review-form.png"} <= names
    for path in written:
        image = Image.open(path)
        assert image.size == SIZE, path
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "screenshotFrame" and w.isVisible()]


def test_nav_counts_follow_the_page(qtbot, open_ctx):
    """Wired as the lead wires it: counts_changed updates the section names."""
    from tutorclient.ui.main_window import PAGE_CASES, MainWindow
    from tutorclient.ui.notice_banner import update_nav_counts

    ctx = open_ctx("amina")
    page = CasesPage(ctx)
    window = MainWindow(ctx, {PAGE_CASES: page})
    qtbot.addWidget(window)
    # Connected right after construction: the first counts arrive later, from the lane.
    page.counts_changed.connect(lambda counts: update_nav_counts(window.nav, counts))
    # A new reply on each of the trainee's two demo cases.
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Cases and discussions (2)")
    # Reading a case's discussion takes its reply off the count.
    case_id = next(page.cases_model.row(r).id for r in range(page.cases_model.rowCount())
                   if page.cases_model.row(r).new_replies)
    page.open_case(case_id)
    page.detail.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Cases and discussions (1)")


def test_a_held_draft_says_so_and_can_be_released(qtbot, trainee_page):
    page = trainee_page
    case_id = start_case(qtbot, page)
    form = page.form
    assert not form.held_note.isVisibleTo(form)
    fill(form, title="Child with fever", history="Mother's phone 0611222333")
    saved(qtbot, form)
    qtbot.waitUntil(lambda: form.held_note.isVisibleTo(form))
    assert "held on this computer" in form.held_note.text().lower()
    assert "phone number" in form.held_note.text()
    assert form.review_held_button.isVisibleTo(form)
    form.review_held_button.click()
    qtbot.waitUntil(lambda: form.check_dialog is not None and form.check_dialog.isVisible())
    dialog = form.check_dialog
    assert "0611222333" in dialog.browser.toPlainText()
    assert "sync" in dialog.confirm_button.text().lower()  # not "send": it stays a draft
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not form.held_note.isVisibleTo(form))
    assert privacy.hold_of(page.ctx.store.db, "cases", case_id) is None
    assert page.ctx.store.db.execute("SELECT status FROM cases WHERE id = ?",
                                     [case_id]).fetchone()[0] == cases.DRAFT
