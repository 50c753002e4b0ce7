"""Taking a lesson's quiz offline: scored with explanations, queued to sync, retaken."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tutorclient import outbox
from tutorclient.ui.context import AppContext
from tutorclient.ui.views.library import LibraryPage
from tutorclient.ui.views.quiz import QuizView


def _open_quiz(qtbot, page: LibraryPage) -> QuizView:
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_course(page.courses_model.status(0).id)
    assert page.reader.quiz_button.isVisible()
    with qtbot.waitSignal(page.quiz_view.loaded):
        qtbot.mouseClick(page.reader.quiz_button, Qt.MouseButton.LeftButton)
    assert page.content.currentWidget() is page.quiz_view
    return page.quiz_view


def _wrong(question: dict) -> list[int]:
    return [next(i for i in range(len(question["options"])) if i not in question["correct"])]


def test_taking_a_quiz_shows_score_and_explanations_and_queues_the_attempt(
        qtbot, page: LibraryPage, ctx: AppContext) -> None:
    quiz = _open_quiz(qtbot, page)
    n = len(quiz.questions)
    assert n >= 2 and quiz.progress_label.text() == f"Answered 0 of {n}"
    assert not quiz.submit_button.isEnabled()  # every question first

    first = quiz.questions[0]
    option = first.options[first.question["correct"][0]]
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton, pos=QPoint(12, option.height() // 2))
    assert first.chosen() == first.question["correct"]
    for number, q in enumerate(quiz.questions[1:], start=2):
        quiz.answer(number, _wrong(q.question))
    assert quiz.submit_button.isEnabled()
    with qtbot.waitSignal(quiz.submitted) as submitted:
        qtbot.mouseClick(quiz.submit_button, Qt.MouseButton.LeftButton)

    attempt = submitted.args[0]
    assert (attempt["score"], attempt["max_score"]) == (1, n)
    assert quiz.score_label.text().startswith(f"You scored 1 of {n}.")
    assert first.feedback.isVisible() and first.feedback.text().startswith("✓ Right.")
    assert first.question["explanation"] in first.feedback.text()
    second = quiz.questions[1]
    assert second.feedback.text().startswith("✗ Not quite. The right answer:")
    assert second.question["explanation"] in second.feedback.text()
    assert "← right answer" in second.options[second.question["correct"][0]].text()

    entries = [e for e in outbox.entries(ctx.store.db) if e["kind"] == "quiz_attempts"]
    assert [e["record_id"] for e in entries] == [attempt["id"]]
    row = ctx.store.db.execute("SELECT score, max_score, local_state FROM quiz_attempts WHERE id = ?",
                               [attempt["id"]]).fetchone()
    assert tuple(row) == (1, n, "pending")


def test_retake_starts_fresh_and_remembers_the_best_score(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    quiz = _open_quiz(qtbot, page)
    for number, q in enumerate(quiz.questions, start=1):
        quiz.answer(number, q.question["correct"])
    with qtbot.waitSignal(quiz.submitted):
        quiz.submit()
    n = len(quiz.questions)
    assert quiz.score_label.text().startswith(f"You scored {n} of {n}. Well done")
    assert quiz.retake_button.isVisible() and not quiz.submit_button.isVisible()

    with qtbot.waitSignal(quiz.loaded):
        qtbot.mouseClick(quiz.retake_button, Qt.MouseButton.LeftButton)
    assert not quiz.score_label.isVisible() and quiz.submit_button.isVisible()
    assert all(not q.chosen() and not q.feedback.isVisible() for q in quiz.questions)
    assert f"best score so far: {n} of {n}" in quiz.hint_label.text()
    # The lesson's quiz button and the course list show the result too.
    qtbot.mouseClick(quiz.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.reader.quiz_button.text() == f"Quiz (best {n} of {n})")
    qtbot.waitUntil(lambda: page.courses_model.status(0).quizzes_taken == 1)
