"""The review page, three app instances on three profiles against a live server.

A trainee in Palestine submits a case; two tutors see it in their queues with
counts, and both claim it offline. The first to sync gets it; the second is
told plainly who has it. The winner reviews offline and syncs; the trainee
syncs and reads the review.
"""

from __future__ import annotations

from test_cases_ui import assert_named, fill, saved, start_case, sync

from tutorclient import cases, review
from tutorclient.ui.models.cases import CaseIdRole
from tutorclient.ui.models.review_queue import COL_CLAIMED, COL_TITLE
from tutorclient.ui.views.cases import CasesPage
from tutorclient.ui.views.review import ReviewPage


def submitted_case(qtbot, ctx) -> tuple[CasesPage, str]:
    """The trainee writes and sends an emergency case through the form, then syncs."""
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    case_id = start_case(qtbot, page)
    form = page.form
    fill(form, title="Boy with a swollen painful knee after a fall",
         presenting_complaint="A 9-year-old boy with knee swelling two days after falling from a wall.",
         question="Should I aspirate the joint, and when should he go to theatre?")
    form.specialism_box.setCurrentIndex(form.specialism_box.findData("emergency"))
    saved(qtbot, form)
    with qtbot.waitSignal(form.submitted):
        form.submit_button.click()  # nothing identifying: no check dialog
    assert form.check_dialog is None
    sync(qtbot, ctx)
    return page, case_id


def review_page(qtbot, ctx) -> ReviewPage:
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 720)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def row_of(page: ReviewPage, case_id: str):
    return page.model.item(page.model.row_of(case_id))


def test_claim_race_review_offline_and_the_trainee_reads_it(qtbot, open_ctx):
    trainee = open_ctx("yusuf")
    cases_page, case_id = submitted_case(qtbot, trainee)

    omar, sarah = open_ctx("dr.omar"), open_ctx("dr.sarah")
    omar_page, sarah_page = review_page(qtbot, omar), review_page(qtbot, sarah)
    for page in (omar_page, sarah_page):
        qtbot.waitUntil(lambda p=page: p.model.row_of(case_id) >= 0)
        assert "waiting for a tutor" in page.counts_label.text()
        assert_named(page)
    # Sorted by time waiting: the new case is last, after the older demo case.
    waits = [r.waiting_since for r in omar_page.model.rows()]
    assert waits == sorted(waits)
    assert omar_page.model.rows()[-1].case_id == case_id

    # Filters: another specialism hides it; the counts follow.
    omar_page.specialism_box.setCurrentIndex(omar_page.specialism_box.findData("paediatrics"))
    qtbot.waitUntil(lambda: omar_page.model.row_of(case_id) < 0)
    omar_page.specialism_box.setCurrentIndex(omar_page.specialism_box.findData("emergency"))
    qtbot.waitUntil(lambda: omar_page.model.row_of(case_id) >= 0)
    assert omar_page.counts_label.text().startswith("1 waiting for a tutor")

    # Both claim offline (no sync yet): each sees it as theirs.
    for page in (omar_page, sarah_page):
        page.select_case(case_id)
        qtbot.waitUntil(lambda p=page: p.claim_button.isVisible())
        with qtbot.waitSignal(page.claim_saved):
            page.claim_button.click()
        qtbot.waitUntil(lambda p=page: row_of(p, case_id).mine)
        assert page.model.index(page.model.row_of(case_id), COL_CLAIMED).data() == "You"
        # The pane reloads the case through its own query, after the list's: wait for it.
        qtbot.waitUntil(lambda p=page: "sent at the next sync" in p.claim_state.text())

    # Omar syncs first and gets the case; Sarah syncs and is told who has it.
    sync(qtbot, omar)
    with qtbot.waitSignal(sarah_page.claim_problem_shown) as shown:
        sync(qtbot, sarah)
    assert shown.args[0] == "Dr Omar Nasser (demo tutor) has already claimed this case."
    assert sarah_page.problem.isVisible()
    assert sarah_page.problem.text() == shown.args[0]
    qtbot.waitUntil(lambda: row_of(sarah_page, case_id).claimed_by_name == "Dr Omar Nasser (demo tutor)")
    assert not row_of(sarah_page, case_id).mine
    # The pane reloads the case through its own query, after the list's: wait for it
    # (asserting at once failed when the list's query won the race; a bad wait).
    qtbot.waitUntil(lambda: not sarah_page.save_review_button.isEnabled())

    # Omar reviews offline: the form refuses half a review, then saves it.
    page = omar_page
    qtbot.waitUntil(lambda: page.save_review_button.isEnabled())
    page.review_edits["strengths"].setPlainText("Good history of the fall and a clear question.")
    page.save_review_button.click()
    assert "a score and a decision" in page.review_message.text()
    page.review_edits["concerns"].setPlainText("Check for fever: a hot swollen joint may be septic arthritis.")
    page.review_edits["next_steps"].setPlainText("Read the bone and joint infection lesson.")
    page.rubric.setCurrentIndex(page.rubric.findData(4))
    page.decision_revision.setChecked(True)
    with qtbot.waitSignal(page.review_saved):
        page.save_review_button.click()
    assert "next sync" in page.review_message.text()
    sync(qtbot, omar)

    # The trainee syncs and reads the review, with the decision and a quiet notice.
    with qtbot.waitSignal(cases_page.notices_shown) as notes:
        sync(qtbot, trainee)
    assert any("asked for changes" in line for line in notes.args[0])
    assert cases_page.banner.isVisible()
    cases_page.open_case(case_id)
    qtbot.waitUntil(lambda: "septic arthritis" in cases_page.detail.text.toPlainText())
    text = cases_page.detail.text.toPlainText()
    assert "Review by Dr Omar Nasser" in text and "score 4 of 5" in text
    assert cases_page.detail.status.text() == cases.STATUS_LABELS["revision_requested"]
    assert cases_page.detail.edit_button.isVisible()  # "Improve and send again"


def test_release_gives_an_unsent_claim_back(qtbot, open_ctx):
    tutor = open_ctx("dr.sarah")
    page = review_page(qtbot, tutor)
    waiting = next(r for r in page.model.rows() if r.status == "submitted" and not r.claimed_by)
    page.select_case(waiting.case_id)
    qtbot.waitUntil(lambda: page.claim_button.isVisible())
    assert not page.save_review_button.isEnabled()  # claim first
    page.claim_button.click()
    qtbot.waitUntil(lambda: page.release_button.isVisible() and page.save_review_button.isEnabled())
    page.release_button.click()
    qtbot.waitUntil(lambda: page.claim_button.isVisible() and not row_of(page, waiting.case_id).mine)
    assert review.queue(tutor.store, tutor_id=tutor.user_id)
    index = page.model.index(page.model.row_of(waiting.case_id), COL_TITLE)
    assert index.data(CaseIdRole) == waiting.case_id
