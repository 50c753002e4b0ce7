"""Screenshots of the case screens at 1366×768, for review and the docs.

:func:`render_case_screens` takes two signed-in, synced contexts (a trainee
and a tutor from the demo data) and saves ``case-form.png``,
``case-photo-editor.png`` (the crop/blur tool), ``case-identifiers.png``, ``case-detail.png``, ``case-thread.png``,
``review-queue.png`` and ``review-form.png``. It writes a draft case to the
trainee's profile: use a throwaway demo profile.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QWidget

from tutorclient import cases
from tutorclient import image_edits
from tutorclient.demo import wound_photo, xray_like_picture
from tutorclient.paths import scratch_dir

from .context import AppContext
from .screenshot_kit import SIZE, Shots, settle, wait

__all__ = ["SIZE", "render_case_screens"]

NAV_WIDTH = 190
SETTLE_MS = 400

_wait = partial(wait, timeout_s=30.0)


def _frame(page: QWidget, current: str) -> QWidget:
    """The page beside a stand-in navigation, at the laptop's full screen size."""
    frame = QWidget(objectName="screenshotFrame")
    frame.setAccessibleName("Screenshot frame")
    nav = QListWidget(objectName="screenshotNavigation")
    nav.setAccessibleName("Sections")
    nav.setFixedWidth(NAV_WIDTH)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setTextElideMode(Qt.TextElideMode.ElideNone)
    from .main_window import PAGE_TITLES, page_title

    keys = list(PAGE_TITLES)  # in the interface language, as the real navigation shows them
    nav.addItems([page_title(key) for key in keys])
    nav.setCurrentRow([PAGE_TITLES[key] for key in keys].index(current))
    nav.setStyleSheet("QListWidget { border: none; border-right: 1px solid palette(mid); font-size: 11pt;"
                      " padding-top: 6px; } QListWidget::item { padding: 8px 12px; }")
    row = QHBoxLayout(frame)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(nav)
    row.addWidget(page, 1)
    frame.resize(*SIZE)
    frame.show()
    return frame


def _save_over(shots: Shots, frame: QWidget, dialog: QWidget, name: str) -> None:
    """The window dimmed, with the dialog centred over it, as the trainee sees it."""
    settle(SETTLE_MS)
    shot = frame.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))
    dialog_shot = dialog.grab()
    painter.drawPixmap((shot.width() - dialog_shot.width()) // 2, (shot.height() - dialog_shot.height()) // 2,
                       dialog_shot)
    painter.end()
    shots.save(shot, name)


def render_case_screens(ctx_trainee: AppContext, ctx_tutor: AppContext, outdir: Path | str) -> list[Path]:
    """Render the case form, a case and its discussion, the review queue and a review."""
    from .views.cases import CasesPage
    from .views.review import ReviewPage

    shots = Shots(outdir, settle_ms=SETTLE_MS)

    page = CasesPage(ctx_trainee)
    frame = _frame(page, "Cases and discussions")
    _wait(lambda: page.cases_model.rowCount() > 0 or page.cases_empty.isVisible(), what="my cases")
    shots.grab(frame, "cases-list")

    page.new_case()
    _wait(lambda: page.screens.currentWidget() is page.form and page.form.partnership_box.count() > 0,
          what="the case form")
    form = page.form
    form.editors["title"].setText("Woman with fever and abdominal pain 5 days after a caesarean section")
    form.editors["presenting_complaint"].setPlainText(
        "A 24-year-old woman, first baby, came back 5 days after an emergency caesarean section with "
        "fever, lower abdominal pain and foul-smelling lochia. Call Mr Ahmed on 0634 123 456 for the notes.")
    form.editors["history"].setPlainText(
        "Caesarean for obstructed labour after 20 hours at home. One dose of antibiotics in theatre. "
        "Breastfeeding. No known allergies.")
    form.editors["examination"].setPlainText(
        "Temperature 38.9, pulse 116, BP 100/64, breathing rate 22. Wound red at the left end, no pus. "
        "Uterus tender, not well contracted.")
    form.editors["investigations"].setPlainText("Hb 9.8 g/dL. White cells 17. No ultrasound today.")
    form.editors["question"].setPlainText("Which antibiotics would you start, and when should I refer?")
    form.specialism_box.setCurrentIndex(max(0, form.specialism_box.findData("obstetrics")))
    saved: list[str] = []  # the signal, not the English "Saved": the shots run in every language
    form.saved.connect(saved.append)
    form.save_now()
    _wait(lambda: bool(saved), what="the autosave")
    with scratch_dir("tutorclient-shot-") as tmp:
        form.add_files([str(xray_like_picture(tmp / "chest.jpg"))])
        _wait(lambda: form.attachments.rowCount() == 1 and form.add_button.isEnabled(), what="the picture")
    shots.grab(frame, "case-form")
    with scratch_dir("tutorclient-shot-") as tmp:
        form.pictures.add([str(wound_photo(tmp / "IMG_0412.jpg"))])  # as the file picker does
        _wait(lambda: form.pictures.dialog is not None and form.pictures.dialog.isVisible(),
              what="the crop/blur tool")
    editor = form.pictures.dialog
    editor.add(image_edits.blur_rect((690, 60, 880, 320)))  # the face (Small: 1024 px wide)
    editor.add(image_edits.blur_stroke([(95, 595), (190, 600), (320, 605)], 34))  # the wristband
    editor.add(image_edits.crop((60, 20, 1000, 700)))
    _save_over(shots, frame, editor, "case-photo-editor")
    editor.reject()
    form.submit()
    _wait(lambda: form.check_dialog is not None and form.check_dialog.isVisible(), what="the identifier check")
    dialog = form.check_dialog
    _save_over(shots, frame, dialog, "case-identifiers")
    dialog.reject()
    page.show_list()

    case_id = cases.most_discussed_reviewed_case(ctx_trainee.store, ctx_trainee.user_id)
    if case_id:
        page.open_case(case_id)
        _wait(lambda: page.detail.case_id == case_id and page.detail.text.toPlainText() != "",
              what="the case")
        shots.grab(frame, "case-detail")
        page.detail.tabs.setCurrentIndex(1)
        _wait(lambda: bool(page.detail.thread.cards), what="the discussion")
        page.detail.thread.reply_box.setPlainText("Thank you. I will percussion-check every chest injury now.")
        shots.grab(frame, "case-thread")
        page.detail.thread.reply_box.clear()
    frame.close()
    frame.deleteLater()  # freed by Qt on this thread, never by the garbage collector elsewhere

    tutor_page = ReviewPage(ctx_tutor)
    tutor_frame = _frame(tutor_page, "Review queue")
    _wait(lambda: tutor_page.model.rowCount() > 0 or tutor_page.empty.isVisible(), what="the review queue")
    shots.grab(tutor_frame, "review-queue")
    mine = next((r for r in tutor_page.model.rows() if r.mine), None) or next(iter(tutor_page.model.rows()), None)
    if mine is not None:
        tutor_page.select_case(mine.case_id)
        _wait(lambda: tutor_page.detail.get("id") == mine.case_id, what="the case in review")
        tutor_page.tabs.setCurrentIndex(1)
        if tutor_page.save_review_button.isEnabled():
            tutor_page.review_edits["strengths"].setPlainText(
                "You recognised postpartum haemorrhage quickly and started the bundle at once.")
            tutor_page.review_edits["concerns"].setPlainText(
                "With a shock index over 1 and three hours to blood, arrange transfer in parallel.")
            tutor_page.review_edits["next_steps"].setPlainText("Re-read the PPH lesson; write a referral plan.")
            tutor_page.rubric.setCurrentIndex(4)
            tutor_page.decision_reviewed.setChecked(True)
        shots.grab(tutor_frame, "review-form")
    tutor_frame.close()
    tutor_frame.deleteLater()
    settle(50)
    return shots.written
