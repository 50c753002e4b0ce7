"""The spaced review session, driven by the keyboard alone; the due count in the library and navigation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tutorclient import cards, outbox
from tutorclient.session import Profile
from tutorclient.store import records
from tutorclient.ui.context import AppContext
from tutorclient.ui.main_window import PAGE_CARDS
from tutorclient.ui.views.spaced_review import SpacedReviewPage


class _EnglishPlurals(QTranslator):
    """"%n card(s)" as "1 card", "3 cards": what issue 14's ``install_english_plurals`` does."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        if n is not None and n >= 0 and "(s)" in source:
            return re.sub(r"(\w+)\(s\)", lambda m: m.group(1) + ("" if n == 1 else "s"), source)
        return None

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    """English plurals as the app shows them (the i18n branch's tests/ui/conftest.py
    installs them for every test; until it is merged, this does it here)."""
    try:
        from tutorclient.ui.i18n import install_english_plurals
    except ImportError:
        translator = _EnglishPlurals(qapp)
        QCoreApplication.installTranslator(translator)
        yield
        QCoreApplication.removeTranslator(translator)
        return
    install_english_plurals(qapp)
    yield


def _miss_two_and_keep_one(store, user_id: str) -> list[dict]:
    """Three cards due now: two questions of a quiz missed, a third kept."""
    ids = cards.demo_cards(store, user_id)
    quiz_id = store.db.execute("SELECT quiz_id FROM quiz_questions WHERE id = ?", [ids[0]]).fetchone()[0]
    return [q for q in records.quiz_questions(store.db, quiz_id) if q["id"] in ids]


def _press(qtbot, key: Qt.Key) -> None:
    """A key as the user types it: to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def _page(qtbot, ctx: AppContext) -> SpacedReviewPage:
    page = SpacedReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1110, 700)
    with qtbot.waitSignal(page.loaded):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_a_whole_session_with_the_keyboard_alone(qtbot, ctx: AppContext) -> None:
    questions = _miss_two_and_keep_one(ctx.store, ctx.user_id)
    by_id = {q["id"]: q for q in questions}
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.due_label.text() == "3 cards due today")
    assert page.start_button.isEnabled()
    page.start_button.setFocus()

    with qtbot.waitSignal(page.session_started) as started:
        _press(qtbot, Qt.Key.Key_Space)
    assert started.args == [3]
    rated: list[tuple[str, int]] = []
    page.card_rated.connect(lambda qid, r: rated.append((qid, r)))

    # The first card: its question, no answer yet; a rating before the answer does nothing.
    first = page.current
    assert first is not None and page.prompt_label.text() == by_id[first.question_id]["prompt"]
    assert not page.answer_label.isVisible() and not page.rate_row.isVisible()
    assert page.show_button.hasFocus()  # the focus ring is on what Space does
    assert page.progress_label.text() == "3 cards left today"
    _press(qtbot, Qt.Key.Key_3)
    assert rated == [] and page.current is first

    with qtbot.waitSignal(page.answer_shown):
        _press(qtbot, Qt.Key.Key_Space)
    q = by_id[first.question_id]
    right = "; ".join(q["options"][i] for i in q["correct"])
    assert page.answer_label.isVisible() and page.answer_label.text() == f"Answer: {right}"
    assert page.explanation_label.text() == q["explanation"]
    assert page.rate_row.isVisible() and page.rate_buttons[cards.GOOD].hasFocus()
    assert page.rate_buttons[cards.AGAIN].text().startswith("1  Again  ·  1 min")

    # "Again": the card comes back at the end of today's queue.
    with qtbot.waitSignal(page.card_shown):
        _press(qtbot, Qt.Key.Key_1)
    assert rated == [(first.question_id, cards.AGAIN)]
    assert page.progress_label.text() == "3 cards left today"

    # The other two: Space, then 4 (Easy): they leave today's queue.
    for _ in range(2):
        with qtbot.waitSignal(page.answer_shown):
            _press(qtbot, Qt.Key.Key_Space)
        with qtbot.waitSignal(page.card_shown):
            _press(qtbot, Qt.Key.Key_4)
    assert page.current is not None and page.current.question_id == first.question_id
    assert page.progress_label.text() == "1 card left today"

    # Esc ends the session with the forgotten card still to do.
    with qtbot.waitSignal(page.session_ended) as ended:
        _press(qtbot, Qt.Key.Key_Escape)
    assert ended.args == [3]
    assert page.screens.currentIndex() == page.SCREEN_START and page.start_button.hasFocus()
    qtbot.waitUntil(lambda: page.due_label.text() == "1 card due today")
    assert page.done_label.text() == "Well done: you reviewed 3 cards."

    logged = ctx.store.db.execute(
        "SELECT question_id, rating, local_state FROM card_reviews ORDER BY reviewed_at, id").fetchall()
    assert [(r[0], r[1]) for r in logged] == rated and len(rated) == 3
    assert {r[2] for r in logged} == {"pending"}
    assert len([e for e in outbox.entries(ctx.store.db) if e["kind"] == "card_reviews"]) == 3


def test_nothing_due_says_so_and_space_starts_nothing(qtbot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    assert page.due_label.text() == "No cards due today"
    assert "No cards yet" in page.summary_label.text()
    assert not page.start_button.isEnabled()
    page.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    assert not page.in_session and page.screens.currentIndex() == page.SCREEN_START


def test_library_and_navigation_show_the_due_count(qtbot, open_app, synced_profile: Path) -> None:
    profile = Profile(synced_profile)
    try:
        _miss_two_and_keep_one(profile.store, profile.user["id"])
    finally:
        profile.close()
    app = open_app(synced_profile)
    app.start()
    window = app.window
    row = window.nav.item(list(window.pages).index(PAGE_CARDS))
    qtbot.waitUntil(lambda: row.text() == "Spaced review (3)")
    library = window.pages["library"]
    banner = library.due_banner
    qtbot.waitUntil(banner.isVisible)
    assert banner.label.text() == "3 cards due today in your spaced review."
    assert PAGE_CARDS not in window.built_pages()  # the count came without building the page
    banner.button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)  # "Review now"
    qtbot.waitUntil(lambda: window.current_page() == PAGE_CARDS)
    page = window.pages[PAGE_CARDS]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.due_label.text() == "3 cards due today")


def test_keep_for_review_in_the_quiz_makes_a_card(qtbot, page, ctx: AppContext) -> None:
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_course(page.courses_model.status(0).id)
    with qtbot.waitSignal(page.quiz_view.loaded):
        page.reader.quiz_button.click()
    quiz = page.quiz_view
    third = quiz.questions[2]
    qtbot.waitUntil(third.keep_button.isVisible)
    assert third.keep_button.text() == "Keep for review"
    with qtbot.waitSignal(ctx.hub.changed):
        qtbot.keyClick(third.keep_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not third.keep_button.isEnabled())
    assert third.keep_button.text() == "✓ Kept for review"
    assert cards.kept(ctx.store, ctx.user_id) == {third.question["id"]}
    # A missed question is a card already: its button says so after checking.
    for number, q in enumerate(quiz.questions, start=1):
        wrong = [(q.question["correct"][0] + 1) % len(q.question["options"])]
        quiz.answer(number, wrong if number == 1 else q.question["correct"])
    with qtbot.waitSignal(quiz.submitted):
        quiz.submit_button.click()
    assert quiz.questions[0].keep_button.text() == "✓ In your spaced review"
    assert quiz.questions[1].keep_button.isEnabled()
    assert {c.question_id for c in cards.cards(ctx.store, ctx.user_id)} == {
        quiz.questions[0].question["id"], third.question["id"]}
    # Opening the quiz again remembers what was kept.
    with qtbot.waitSignal(quiz.loaded):
        quiz.retake()
    assert quiz.questions[2].keep_button.text() == "✓ Kept for review"
