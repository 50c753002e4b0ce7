"""The keyboard: Ctrl+Enter sends a reply and saves a review, a focus ring you can
see (left-to-right and right-to-left), and file pickers that open in Pictures or
Documents. Real widgets offscreen, real profiles against a live server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from test_cases_ui import start_case, trainee_page  # noqa: F401 (a fixture)
from test_review_states import claim
from test_review_ui import review_page
from test_thread_ui import case_thread, thread_view

from tutorclient.paths import start_folder
from tutorclient.ui.app import STYLE_SHEET
from tutorclient.ui.focus_style import FOCUS_COLOUR

SHOTS = Path("/tmp/shots-queue")


def ctrl_enter(qtbot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Return) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_enter_sends_a_reply_and_enter_starts_a_line(qtbot, open_ctx):
    ctx = open_ctx("amina")
    view = thread_view(qtbot, ctx, case_thread(ctx))
    view.activateWindow()
    qtbot.waitActive(view)
    view.reply_box.setFocus()
    qtbot.keyClicks(view.reply_box, "Dull at the right base.")
    qtbot.keyClick(view.reply_box, Qt.Key.Key_Return)  # a new line, not sent
    assert view.reply_box.toPlainText() == "Dull at the right base.\n"
    qtbot.keyClicks(view.reply_box, "Chest drain tomorrow?")
    with qtbot.waitSignal(view.reply_added) as added:
        ctrl_enter(qtbot, view.reply_box)
    assert added.args[0] and view.reply_box.toPlainText() == ""
    # The keypad's Enter too; an empty box sends nothing.
    with qtbot.assertNotEmitted(view.reply_added, wait=200):
        ctrl_enter(qtbot, view.reply_box, Qt.Key.Key_Enter)


def test_ctrl_enter_saves_a_review_with_the_buttons_checks(qtbot, open_ctx):
    omar = open_ctx("dr.omar")
    page = review_page(qtbot, omar)
    page.activateWindow()
    qtbot.waitActive(page)
    waiting = next(r.case_id for r in page.model.rows() if r.status == "submitted")
    page.select_case(waiting)
    qtbot.waitUntil(lambda: page.claim_button.isVisible())
    page.tabs.setCurrentIndex(1)
    edit = page.review_edits["strengths"]
    edit.setFocus()
    # Not claimed: the form is closed and Ctrl+Enter does nothing.
    with qtbot.assertNotEmitted(page.review_saved, wait=200):
        ctrl_enter(qtbot, page.form)
    assert page.review_message.text() == ""

    claim(qtbot, page, waiting)
    qtbot.waitUntil(lambda: page.save_review_button.isEnabled())
    edit.setFocus()
    edit.setPlainText("Good fluid assessment.")
    ctrl_enter(qtbot, edit)  # as the button: says what is missing, saves nothing
    assert page.review_message.text() == "Before saving, add a score and a decision."
    page.rubric.setCurrentIndex(page.rubric.findData(4))
    page.decision_reviewed.setChecked(True)
    edit.setFocus()
    with qtbot.waitSignal(page.review_saved):
        ctrl_enter(qtbot, edit)
    assert "next sync" in page.review_message.text()


def ring_pixels(image: QImage, colour: str = FOCUS_COLOUR) -> int:
    want = QColor(colour)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if abs(QColor(image.pixel(x, y)).red() - want.red()) < 40
               and abs(QColor(image.pixel(x, y)).green() - want.green()) < 40
               and abs(QColor(image.pixel(x, y)).blue() - want.blue()) < 40)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_focus_ring_is_plain_to_see(qtbot, qapp, direction):
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)  # as make_application sets it
    try:
        window = QWidget(objectName="focusDemo")
        window.setLayoutDirection(direction)
        box = QVBoxLayout(window)
        widgets = [QPushButton("Send reply"), QLineEdit("Search the library"),
                   QCheckBox("Sync on mobile data"), QListWidget(), QPlainTextEdit("A reply")]
        widgets[3].addItems(["Library", "Cases and discussions", "Review queue"])
        for w in widgets:
            box.addWidget(w)
        qtbot.addWidget(window)
        window.resize(420, 300)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        name = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
        SHOTS.mkdir(exist_ok=True)
        for n, widget in enumerate(widgets):
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            others = [w for w in widgets if w is not widget]
            image = widget.grab().toImage()
            # A 2 px ring all round: at least twice the perimeter in the focus colour.
            perimeter = 2 * (image.width() + image.height())
            assert ring_pixels(image) >= 2 * perimeter * 0.8, type(widget).__name__
            assert all(ring_pixels(w.grab().toImage()) < 20 for w in others)
            window.grab().save(str(SHOTS / f"focus-ring-{name}-{n}.png"))
    finally:
        qapp.setStyleSheet(before)


def test_file_pickers_start_in_pictures_or_documents(tmp_path, monkeypatch):
    home = tmp_path / "user"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    home.mkdir()
    assert start_folder("pictures") == home  # no Pictures folder: home, never the working folder
    (home / "Pictures").mkdir()
    (home / "Documents").mkdir()
    assert start_folder("pictures") == home / "Pictures"
    assert start_folder() == home / "Documents"
    with pytest.raises(ValueError):
        start_folder("downloads")


def test_the_case_form_picker_opens_in_pictures(qtbot, trainee_page, tmp_path, monkeypatch):  # noqa: F811
    home = tmp_path / "user"
    (home / "Pictures").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    start_case(qtbot, trainee_page)
    form = trainee_page.form
    form.choose_files()
    dialog = form.file_dialog
    assert dialog is not None
    try:
        assert Path(dialog.directory().absolutePath()) == home / "Pictures"
    finally:
        dialog.close()
