"""A trainee's own study data: reading progress, bookmarks, notes and quiz attempts.

Each write changes the local record and queues it for the server in one
transaction (:func:`tutorclient.outbox.record_change`), so it works offline.
A lesson has one note and one progress record per user: their ids derive
from the user and the lesson, so two devices writing them meet as a conflict
on one record rather than as two records. All ids are bound to the user
(``sync.protocol.derived_record_id``/``new_record_id``), so a classmate who
can compute them still cannot create them first.
"""

from __future__ import annotations

from typing import Any

from sync.errors import BadDataError
from sync.protocol import derived_record_id, new_record_id

from .outbox import now_iso, record_change
from .store import Store, records


def per_lesson_id(kind: str, user_id: str, lesson_id: str) -> str:
    """The id ``user_id``'s one ``kind`` record (notes, progress) for a lesson gets."""
    return derived_record_id(user_id, kind, lesson_id)


def lesson_record_id(db: Any, kind: str, user_id: str, lesson_id: str) -> str:
    """The id of the user's ``kind`` record for a lesson: the one held here, else a new one.

    A record synced before ids were bound to their owner keeps its old id;
    it is found by user and lesson, so it is updated rather than duplicated.
    """
    pid = per_lesson_id(kind, user_id, lesson_id)
    row = db.execute(f"SELECT id FROM {kind} WHERE user_id = ? AND lesson_id = ? "
                     "ORDER BY id = ? DESC, rowid LIMIT 1", [user_id, lesson_id, pid]).fetchone()
    return row[0] if row else pid


def save_note(store: Store, user_id: str, lesson_id: str, body: str) -> str:
    with store.write() as db:
        note_id = lesson_record_id(db, "notes", user_id, lesson_id)
        fields: dict[str, Any] = {"body": body, "updated_at": now_iso()}
        if records.get(db, "notes", note_id) is None:
            fields |= {"user_id": user_id, "lesson_id": lesson_id}
        record_change(db, "notes", note_id, fields)
    return note_id


def note(store: Store, user_id: str, lesson_id: str) -> str:
    row = records.get(store.db, "notes", lesson_record_id(store.db, "notes", user_id, lesson_id))
    return row["body"] if row else ""


def mark_read(store: Store, user_id: str, lesson_id: str, position: int = 100) -> str:
    with store.write() as db:
        pid = lesson_record_id(db, "progress", user_id, lesson_id)
        existing = records.get(db, "progress", pid)
        if existing and existing["state"] == "read" and existing["position"] >= position:
            return pid  # nothing new: no outbox entry, no bytes
        fields: dict[str, Any] = {"state": "read", "position": int(position), "updated_at": now_iso()}
        if existing is None:
            fields |= {"user_id": user_id, "lesson_id": lesson_id}
        record_change(db, "progress", pid, fields)
    return pid


def add_bookmark(store: Store, user_id: str, lesson_id: str, label: str = "",
                 anchor: str = "") -> str:
    bid = new_record_id(user_id)
    with store.write() as db:
        record_change(db, "bookmarks", bid, {"user_id": user_id, "lesson_id": lesson_id,
                                             "label": label, "anchor": anchor,
                                             "created_at": now_iso()})
    return bid


def bookmarks(store: Store, user_id: str, lesson_id: str | None = None) -> list[dict]:
    sql = "SELECT id FROM bookmarks WHERE user_id = ?"
    params: list[Any] = [user_id]
    if lesson_id:
        sql += " AND lesson_id = ?"
        params.append(lesson_id)
    return [records.get(store.db, "bookmarks", r[0]) for r in store.db.execute(sql + " ORDER BY created_at", params)]


def quiz(store: Store, quiz_id: str) -> dict[str, Any] | None:
    """The quiz with its questions, or None when it is not on this computer."""
    return records.get(store.db, "quizzes", quiz_id)


def best_attempt(store: Store, user_id: str, quiz_id: str) -> tuple[int, int] | None:
    """The user's best (score, max_score) on a quiz, by share right; None before a first try."""
    row = store.db.execute(
        "SELECT score, max_score FROM quiz_attempts WHERE quiz_id = ? AND user_id = ? "
        "ORDER BY CAST(score AS REAL) / max(max_score, 1) DESC LIMIT 1",
        [quiz_id, user_id]).fetchone()
    return (row[0], row[1]) if row else None


def quiz_of_lesson(store: Store, lesson_id: str) -> str | None:
    """The id of a lesson's quiz, if it has one."""
    row = store.db.execute("SELECT id FROM quizzes WHERE lesson_id = ?", [lesson_id]).fetchone()
    return row[0] if row else None


def score_quiz(store: Store, quiz_id: str, answers: dict[str, list[int]]) -> tuple[int, int, list[dict]]:
    """Score answers against the stored quiz; returns (score, max, per-question feedback)."""
    questions = records.quiz_questions(store.db, quiz_id)
    if not questions:
        raise BadDataError(f"No quiz {quiz_id}")
    feedback = []
    score = 0
    for q in questions:
        chosen = sorted(set(answers.get(q["id"], [])))
        right = chosen == sorted(q["correct"])
        score += right
        feedback.append({"question_id": q["id"], "correct": right, "chosen": chosen,
                         "answer": q["correct"], "explanation": q["explanation"]})
    return score, len(questions), feedback


def submit_quiz(store: Store, user_id: str, quiz_id: str,
                answers: dict[str, list[int]]) -> dict[str, Any]:
    """Score and record an attempt (queued for the server)."""
    score, max_score, feedback = score_quiz(store, quiz_id, answers)
    attempt_id = new_record_id(user_id)
    with store.write() as db:
        record_change(db, "quiz_attempts", attempt_id, {
            "quiz_id": quiz_id, "user_id": user_id, "answers": answers,
            "score": score, "max_score": max_score, "finished_at": now_iso()})
    return {"id": attempt_id, "score": score, "max_score": max_score, "feedback": feedback}
