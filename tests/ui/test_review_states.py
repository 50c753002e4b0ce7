"""The review page follows the server's state of a case, step by step.

A real trainee submits through the form, real tutors claim and review through
the page, all against a live server: the status column, the waiting time, the
right-hand pane, the navigation count and the words a tutor reads must say
what the server says at each step, before and after each sync.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from test_cases_ui import sync
from test_review_ui import review_page, row_of, submitted_case

from tutorclient import review
from tutorclient.session import Profile
from tutorclient.store import records
from tutorclient.ui.main_window import PAGE_REVIEW, MainWindow
from tutorclient.ui.models.review_queue import COL_STATUS, COL_WAITING, TUTOR_STATUS
from tutorclient.ui.nav_counts import NavCounts
from tutorclient.ui.views.review import ReviewPage


SHOTS = Path("/tmp/shots-queue")


def submitted_stamp(ctx, case_id: str) -> str:
    """The server's stamp of the case's latest submission, as this computer keeps it."""
    return ctx.store.db.execute("SELECT server_submitted_at FROM cases WHERE id = ?",
                                [case_id]).fetchone()[0]


def cell(page: ReviewPage, case_id: str, col: int) -> str:
    return page.model.index(page.model.row_of(case_id), col).data()


def claim(qtbot, page: ReviewPage, case_id: str) -> None:
    page.select_case(case_id)
    qtbot.waitUntil(lambda: page.claim_button.isVisible())
    with qtbot.waitSignal(page.claim_saved):
        page.claim_button.click()
    qtbot.waitUntil(lambda: row_of(page, case_id).mine)


def write_review(qtbot, page: ReviewPage, decision: str = "reviewed") -> None:
    qtbot.waitUntil(lambda: page.save_review_button.isEnabled())
    page.review_edits["strengths"].setPlainText("A clear history and a focused question.")
    page.rubric.setCurrentIndex(page.rubric.findData(4))
    (page.decision_reviewed if decision == "reviewed" else page.decision_revision).setChecked(True)
    with qtbot.waitSignal(page.review_saved):
        page.save_review_button.click()


def test_a_claim_reads_in_review_and_keeps_its_waiting_time(qtbot, open_ctx):
    trainee = open_ctx("yusuf")
    _cases, case_id = submitted_case(qtbot, trainee)
    submitted_at = submitted_stamp(trainee, case_id)
    assert submitted_at  # the server's stamp of the submission

    omar = open_ctx("dr.omar")
    page = review_page(qtbot, omar)
    qtbot.waitUntil(lambda: page.model.row_of(case_id) >= 0)
    assert cell(page, case_id, COL_STATUS) == TUTOR_STATUS["submitted"]
    assert row_of(page, case_id).waiting_since == submitted_at
    waited = cell(page, case_id, COL_WAITING)

    # Claimed on this computer: the server will say "in review", so does the row, at once.
    claim(qtbot, page, case_id)
    assert cell(page, case_id, COL_STATUS) == TUTOR_STATUS["in_review"]
    assert row_of(page, case_id).waiting_since == submitted_at
    # ...and the "waiting for a tutor" filter no longer lists it.
    page.status_box.setCurrentIndex(1)  # "Waiting for a tutor"
    qtbot.waitUntil(lambda: page.model.row_of(case_id) < 0)
    page.status_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.row_of(case_id) >= 0)

    # The claim syncs: same status, and the wait still counts from the submission.
    sync(qtbot, omar)
    qtbot.waitUntil(lambda: not row_of(page, case_id).claim_pending)
    assert records.get(omar.store.db, "cases", case_id)["status"] == "in_review"
    assert cell(page, case_id, COL_STATUS) == TUTOR_STATUS["in_review"]
    assert row_of(page, case_id).waiting_since == submitted_at
    assert cell(page, case_id, COL_WAITING) == waited
    # The pane reloads the case through its own query, after the list's: wait for it.
    qtbot.waitUntil(lambda: page.claim_state.text() == "You are reviewing this case.")


def test_after_the_review_syncs_the_pane_is_a_read_only_summary(qtbot, open_ctx):
    trainee = open_ctx("yusuf")
    _cases, case_id = submitted_case(qtbot, trainee)
    omar = open_ctx("dr.omar")
    page = review_page(qtbot, omar)
    qtbot.waitUntil(lambda: page.model.row_of(case_id) >= 0)
    claim(qtbot, page, case_id)
    sync(qtbot, omar)
    write_review(qtbot, page)
    # Saved, not sent: still the tutor's to change.
    assert page.release_button.isVisible() and page.save_review_button.isEnabled()

    sync(qtbot, omar)
    assert records.get(omar.store.db, "cases", case_id)["status"] == "reviewed"
    qtbot.waitUntil(lambda: page.model.row_of(case_id) < 0)  # reviewed: off the queue
    qtbot.waitUntil(lambda: "You reviewed this case" in page.claim_state.text())
    assert page.case_id == case_id
    assert not page.release_button.isVisible() and not page.claim_button.isVisible()
    assert not page.save_review_button.isVisible()
    assert all(e.isReadOnly() for e in page.review_edits.values())
    assert not page.rubric.isEnabled() and not page.decision_reviewed.isEnabled()
    assert page.review_edits["strengths"].toPlainText() == "A clear history and a focused question."
    assert "sent to the trainee" in page.review_note.text()
    assert "Review by Dr Omar Nasser" in page.case_text.toPlainText()


def review_window(qtbot, ctx) -> tuple[ReviewPage, MainWindow]:
    """The review page in a main window at the laptop's size, as a tutor sees it."""
    page = ReviewPage(ctx)
    window = MainWindow(ctx, {PAGE_REVIEW: page})
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return page, window


def counts_in(text: str) -> dict[str, int]:
    return {m.group(2): int(m.group(1)) for m in re.finditer(r"(\d+) ([a-z][a-z ]+?)(?: ·|$)", text)}


def test_the_navigation_count_agrees_with_the_queue(qtbot, open_ctx):
    """Sarah has one case in review, and one obstetric case waits in her field."""
    sarah = open_ctx("dr.sarah")
    page, window = review_window(qtbot, sarah)
    nav = NavCounts(sarah, lambda: window)
    nav.refresh()

    def agree(expected: int) -> bool:
        counts = counts_in(page.counts_label.text())
        shown = counts.get("waiting for a tutor", 0) + counts.get("claimed by you", 0)
        return shown == expected and window.nav.item(0).text() == f"Review queue ({expected})"

    qtbot.waitUntil(lambda: agree(2))
    assert "1 claimed by you" in page.counts_label.text()
    waiting = next(r.case_id for r in page.model.rows()
                   if r.status == "submitted" and r.specialism == "obstetrics")
    claim(qtbot, page, waiting)
    qtbot.waitUntil(lambda: agree(2) and "2 claimed by you" in page.counts_label.text())
    sync(qtbot, sarah)
    qtbot.waitUntil(lambda: agree(2) and "2 claimed by you" in page.counts_label.text())


def test_tutors_read_the_case_in_their_own_words(qtbot, open_ctx):
    omar = open_ctx("dr.omar")
    page = review_page(qtbot, omar)
    qtbot.waitUntil(lambda: bool(page.detail.get("question")))
    text = page.case_text.toPlainText()
    assert "Your question for the tutors" not in text
    assert "The trainee's question" in text


def test_a_long_claimant_name_leaves_the_titles_room(qtbot, server_settings, server, tmp_home, open_ctx):
    from sync.server.admin import Admin

    name = "Dr Abdirahman Mohamed Abdullahi Hassan-Warsame (visiting tutor)"
    admin = Admin(server_settings)
    admin.create_user("dr.long", "long-tutor-pw", "tutor", ["somaliland", "palestine"],
                      ["obstetrics", "emergency"], display_name=name)
    admin.close()
    # The long-named tutor claims the waiting obstetric case from their own computer.
    long_tutor = Profile(tmp_home / "profiles" / "dr.long")
    try:
        long_tutor.login(server, "dr.long", "long-tutor-pw")
        long_tutor.sync()
        me = long_tutor.user["id"]
        waiting = next(i.case_id for i in review.queue(long_tutor.store, tutor_id=me)
                       if i.specialism == "obstetrics" and i.status == "submitted")
        review.claim(long_tutor.store, me, waiting)
        long_tutor.sync()
    finally:
        long_tutor.close()

    sarah = open_ctx("dr.sarah")
    page, window = review_window(qtbot, sarah)
    qtbot.waitUntil(lambda: page.model.row_of(waiting) >= 0
                    and row_of(page, waiting).claimed_by_name == name)
    from tutorclient.ui.models.review_queue import COL_CLAIMED, COL_TITLE

    page.select_case(waiting)
    qtbot.waitUntil(lambda: page.claim_state.text().startswith(name)
                    and page.specialism_box.count() > 1)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "review-queue-long-claimant.png"))
    table = page.table
    title_width, claimed_width = table.columnWidth(COL_TITLE), table.columnWidth(COL_CLAIMED)
    metrics = table.fontMetrics()
    # The titles get the room: the longest demo title reads in full; the name gives way.
    longest = max((r.title for r in page.model.rows()), key=metrics.horizontalAdvance)
    assert metrics.horizontalAdvance(longest) + 16 <= title_width, (title_width, claimed_width)
    assert claimed_width < metrics.horizontalAdvance(name)
    index = page.model.index(page.model.row_of(waiting), COL_CLAIMED)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == name
