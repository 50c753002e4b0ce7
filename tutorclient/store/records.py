"""Reading and writing synced records by kind, in the wire's shape.

A record is a plain dict: ``id``, ``version`` and the fields listed in
``docs/data-model.md``. List and mapping fields are JSON in SQLite and Python
objects here. Quizzes travel with their questions inside; the store keeps the
questions and options in tables of their own.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sync.errors import BadDataError
from sync.kinds import IDS, LIST, OBJECT
from sync.kinds import KINDS as _KINDS

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Fields per kind, besides id and version, from the one declaration
#: (``sync/kinds.py``). The order is the table's (``tests/sync/test_kinds.py``).
KINDS: dict[str, tuple[str, ...]] = {kind: tuple(spec.fields) for kind, spec in _KINDS.items()}
#: Fields kept as JSON text: the declared lists and mappings.
JSON_FIELDS = {name for spec in _KINDS.values() for name, field in spec.fields.items()
               if field.type in (IDS, LIST, OBJECT)}
#: Kinds whose server accept times are kept (``m005_server_time``), and the
#: columns the wire's ``t`` list fills, in its order.
SERVER_TIME_KINDS = frozenset({"cases", "threads", "posts", "reviews"})
SERVER_TIME_COLUMNS = ("server_created_at", "server_updated_at", "server_submitted_at")
#: Columns this device derives from a record and never sends: a lesson's rendered
#: words, which search indexes instead of its Markdown (m010).
DERIVED_COLUMNS = {"lessons": ("body_text",)}

# Integer fields of the wire kept in REAL columns: read back as int, or a record
# re-queued from the store (a conflict kept as "mine") fails the wire's type check.
_REAL_INTEGERS = {"progress": ("position",)}
# Fields that live in other tables rather than in a column of the kind's table.
_VIRTUAL = {"quizzes": {"questions"}}


def _columns(kind: str) -> tuple[str, ...]:
    try:
        fields = KINDS[kind]
    except KeyError:
        raise BadDataError(f"Unknown record kind {kind!r}") from None
    virtual = _VIRTUAL.get(kind, set())
    return tuple(f for f in fields if f not in virtual)


def put(db: Database, kind: str, record: dict[str, Any], *, local_state: str = "synced") -> None:
    """Insert or update one record. Unknown fields are refused, not dropped."""
    unknown = set(record) - set(KINDS.get(kind, ())) - {"id", "version"}
    if unknown:
        raise BadDataError(f"Unknown fields for {kind}: {', '.join(sorted(unknown))}")
    if not record.get("id"):
        raise BadDataError(f"A {kind} record has no id")
    cols = [c for c in _columns(kind) if c in record]
    row: dict[str, Any] = {"id": record["id"], "version": record.get("version")}
    for c in cols:
        value = record[c]
        row[c] = json.dumps(value, separators=(",", ":")) if c in JSON_FIELDS else value
    row["local_state"] = local_state
    if kind == "lessons" and "body_md" in record:  # search indexes the words, never link targets
        # Loaded with the first lesson written: the Markdown pipeline is a third of
        # the library's start-up imports, and reading the store never needs it.
        from sync.content import lesson_text

        row["body_text"] = lesson_text(record["body_md"] or "")
    names = list(row)
    assignments = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    # An upsert keeps the rowid, so the FTS index sees an update, not a new row.
    db.execute(
        f"INSERT INTO {kind} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT(id) DO UPDATE SET {assignments}",
        [row[n] for n in names],
    )
    if kind == "quizzes" and "questions" in record:
        _put_questions(db, record["id"], record["questions"])


def _put_questions(db: Database, quiz_id: str, questions: list[dict[str, Any]]) -> None:
    db.execute("DELETE FROM quiz_questions WHERE quiz_id = ?", [quiz_id])
    for pos, q in enumerate(questions):
        correct = set(q.get("correct", []))
        if not correct:
            raise BadDataError(f"Quiz question {q.get('id')!r} has no correct answer")
        db.execute(
            "INSERT INTO quiz_questions (id, quiz_id, position, prompt, explanation) "
            "VALUES (?, ?, ?, ?, ?)",
            [q["id"], quiz_id, pos, q["prompt"], q.get("explanation", "")],
        )
        for opt_pos, text in enumerate(q["options"]):
            db.execute(
                "INSERT INTO quiz_options (question_id, position, text, is_correct) "
                "VALUES (?, ?, ?, ?)",
                [q["id"], opt_pos, text, int(opt_pos in correct)],
            )


def get(db: Database, kind: str, record_id: str) -> dict[str, Any] | None:
    """One record in the wire's shape, or None."""
    cols = _columns(kind)  # refuses an unknown kind before it reaches SQL
    # SELECT * by name: a migration (or a test building an old profile) may read a table
    # that does not have the columns a later migration adds; those fields are left out.
    cursor = db.execute(f"SELECT * FROM {kind} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return None
    stored = dict(zip((d[0] for d in cursor.description), row))
    record: dict[str, Any] = {"id": stored["id"], "version": stored["version"]}
    integers = _REAL_INTEGERS.get(kind, ())
    for name in cols:
        if name not in stored:
            continue
        value = stored[name]
        if name in integers and isinstance(value, float) and value.is_integer():
            value = int(value)  # a REAL column, an integer on the wire
        record[name] = json.loads(value) if name in JSON_FIELDS and value is not None else value
    if kind == "quizzes":
        record["questions"] = quiz_questions(db, record_id)
    return record


def quiz_questions(db: Database, quiz_id: str) -> list[dict[str, Any]]:
    questions = []
    for qid, prompt, explanation in db.execute(
        "SELECT id, prompt, explanation FROM quiz_questions WHERE quiz_id = ? ORDER BY position",
        [quiz_id],
    ).fetchall():
        opts = db.execute(
            "SELECT text, is_correct FROM quiz_options WHERE question_id = ? ORDER BY position",
            [qid],
        ).fetchall()
        questions.append(
            {
                "id": qid,
                "prompt": prompt,
                "options": [o[0] for o in opts],
                "correct": [i for i, o in enumerate(opts) if o[1]],
                "explanation": explanation,
            }
        )
    return questions


def delete(db: Database, kind: str, record_id: str) -> bool:
    """Remove a record (a tombstone arrived). Returns whether it existed."""
    _columns(kind)
    cur = db.execute(f"DELETE FROM {kind} WHERE id = ?", [record_id])
    return cur.rowcount > 0


def iso_ms(ms: int) -> str:
    """Server milliseconds as the store's ISO UTC text, with milliseconds."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


def set_server_times(db: Database, kind: str, record_id: str, stamps: Any) -> None:
    """Keep the server's accept times of a record (the wire's ``t``); others ignored."""
    if kind not in SERVER_TIME_KINDS or not stamps:
        return
    cols = SERVER_TIME_COLUMNS if kind == "cases" else SERVER_TIME_COLUMNS[:2]
    values = [iso_ms(ms) for ms in stamps[:len(cols)]]
    cols = cols[:len(values)]
    db.execute(f"UPDATE {kind} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
               [*values, record_id])
