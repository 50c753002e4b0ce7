"""The one declaration of record kinds (``sync/kinds.py``) agrees with everything built on it.

What is derived from the declaration needs no test of its own; what cannot be
derived is checked here against the real thing: the tables of a freshly
migrated client profile, the tables of a fresh server database, the server's
write rules, the generated JSON Schema and the data-model document.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from sqlalchemy import String, inspect

from sync import kinds, protocol
from sync.kinds import ADMIN, KINDS, MEMBERS, OWNER
from sync.server import rules
from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient.store import Store, records

ROOT = Path(__file__).resolve().parents[2]

#: Client columns every synced table has besides the declared fields.
SYNC_COLUMNS = {"id", "version", "server_seq", "local_state", *records.SERVER_TIME_COLUMNS}
#: Declared fields the client keeps in tables of their own.
ELSEWHERE = {("quizzes", "questions"): "quiz_questions"}
#: SQLite column types (declared type, upper case) that hold each field type.
CLIENT_TYPES = {
    kinds.TEXT: {"TEXT"}, kinds.ID: {"TEXT"}, kinds.SHA256: {"TEXT"},
    kinds.MARKDOWN: {"TEXT"}, kinds.TIME: {"TEXT"}, kinds.INT: {"INTEGER", "REAL"},
    kinds.IDS: {"TEXT"}, kinds.LIST: {"TEXT"}, kinds.OBJECT: {"TEXT"},  # JSON text
}
#: Client columns that refuse what the wire allows (an explicit null, or an optional
#: field left out with no default). Shipped migrations keep them; a record the
#: server accepts with such a value cannot be stored by the client. New entries
#: are a mistake: declare the field stricter, or give the column a default.
CLIENT_STRICTER = {
    "attachments.mime", "quiz_attempts.score", "quiz_attempts.max_score",
    "quiz_attempts.finished_at", "cases.specialism", "cases.presenting_complaint",
    "cases.history", "cases.examination", "cases.investigations", "cases.question",
    "cases.created_at", "cases.updated_at", "threads.title", "threads.created_at",
    "posts.created_at", "reviews.strengths", "reviews.concerns", "reviews.next_steps",
    "reviews.created_at", "progress.position", "progress.updated_at", "bookmarks.anchor",
    "bookmarks.label", "bookmarks.created_at", "notes.updated_at", "quizzes.title",
    "courses.position", "modules.position", "lessons.position",
}


@pytest.fixture(scope="module")
def client_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each table of a freshly migrated profile: its columns and its CREATE statement."""
    store = Store.open(tmp_path_factory.mktemp("profile"))
    try:
        out = {}
        for (name, sql) in store.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
            cols = store.db.execute(f"PRAGMA table_info({name})").fetchall()
            out[name] = {"sql": sql, "cols": {c[1]: {"type": c[2].upper(), "notnull": bool(c[3]),
                                                     "default": c[4]} for c in cols},
                         "order": [c[1] for c in cols]}
        return out
    finally:
        store.close()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_client_table_has_every_declared_field(client_tables: dict[str, Any], kind: str) -> None:
    table = client_tables[kind]
    for name, field in KINDS[kind].fields.items():
        if (kind, name) in ELSEWHERE:
            assert ELSEWHERE[kind, name] in client_tables
            continue
        assert name in table["cols"], f"{kind}.{name} is declared but the client has no column"
        sql_type = table["cols"][name]["type"]
        assert sql_type in CLIENT_TYPES[field.type], f"{kind}.{name}: {sql_type} for {field.type}"
    # records.get/put read columns in declaration order.
    declared = [n for n in table["order"] if n in KINDS[kind].fields]
    assert declared == [n for n in KINDS[kind].fields if (kind, n) not in ELSEWHERE]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_client_column_is_declared(client_tables: dict[str, Any], kind: str) -> None:
    stray = (set(client_tables[kind]["cols"]) - SYNC_COLUMNS - set(KINDS[kind].fields)
             - set(records.DERIVED_COLUMNS.get(kind, ())))
    assert not stray, f"client columns of {kind} not in sync/kinds.py: {sorted(stray)}"


def test_client_nullability_drift_is_only_the_known_one(client_tables: dict[str, Any]) -> None:
    stricter = set()
    for kind, spec in KINDS.items():
        for name, field in spec.fields.items():
            col = client_tables[kind]["cols"].get(name)
            if col and col["notnull"] and (field.null or (not field.required
                                                          and col["default"] is None)):
                stricter.add(f"{kind}.{name}")
    assert stricter == CLIENT_STRICTER


def _check_in(sql: str, column: str) -> set[str] | None:
    """The values of a ``CHECK (column IN (...))`` constraint in a CREATE statement."""
    m = re.search(rf"\b{column}\b[^,]*?CHECK \({column} IN\s*\(([^)]*)\)\)", sql)
    return None if m is None else set(re.findall(r"'([^']*)'", m.group(1)))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_client_checks_allow_exactly_the_declared_choices(client_tables: dict[str, Any],
                                                          kind: str) -> None:
    sql = client_tables[kind]["sql"]
    for name, field in KINDS[kind].fields.items():
        allowed = _check_in(sql, name)
        if field.choices or allowed is not None:
            assert allowed == set(field.choices), f"{kind}.{name}"


def test_server_tables_hold_every_kind(tmp_path: Path) -> None:
    """Records are JSON on the server: their kind and the login mirror of users must fit."""
    admin = Admin(Settings(data_dir=tmp_path / "server", argon2_profile="test"))
    admin.init()
    try:
        have = inspect(admin.db.engine)
        longest_kind = max(len(k) for k in KINDS)
        for table, column in (("records", "kind"), ("records", "parent_kind"),
                              ("record_scopes", "kind"), ("blob_refs", "kind"),
                              ("user_feed", "kind")):
            col = {c["name"]: c for c in have.get_columns(table)}[column]
            assert isinstance(col["type"], String) and col["type"].length >= longest_kind
        records_cols = {c["name"] for c in have.get_columns("records")}
        assert {"kind", "id", "version", "data", "scopes", "deleted"} <= records_cols
        # Sign-in reads users from ``accounts``, a copy of the users record's fields.
        accounts = {c["name"]: c for c in have.get_columns("accounts")}
        mirrored = {"username", "role", "partnerships", "specialisms"}
        assert mirrored <= set(KINDS["users"].fields) and mirrored <= set(accounts)
        role_len = accounts["role"]["type"].length
        assert all(len(r) <= role_len for r in KINDS["users"].fields["role"].choices)
    finally:
        admin.close()


def test_write_policy_is_complete() -> None:
    members = {k for k, s in KINDS.items() if s.writers == MEMBERS}
    assert set(rules.RULES) == members, "every kind members write needs its rule, and only they"
    for kind, spec in KINDS.items():
        assert spec.writers in kinds.WRITERS
        if spec.writers == OWNER:
            assert spec.owner_field and spec.fields[spec.owner_field].type == kinds.ID
            assert spec.fields[spec.owner_field].required
        else:
            assert spec.owner_field is None, kind


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_scope_names_declared_fields(kind: str) -> None:
    spec = KINDS[kind]
    scope = spec.scope
    named = [t.partition(":")[2] for t in (*scope.keys, *scope.draft_keys)]
    named += [f for f in (scope.parent_field, scope.parent_kind_field) if f]
    assert all(f == "id" or f in spec.fields for f in named), named
    assert all(t.partition(":")[0] in ("p", "u") for t in (*scope.keys, *scope.draft_keys))
    assert scope.parent_kind in (None, *KINDS)
    assert scope.keys or scope.draft_keys or scope.parent_field, f"nobody could read {kind}"


_SAMPLE = {kinds.TEXT: "text", kinds.ID: "an-id", kinds.SHA256: "ab" * 32,
           kinds.MARKDOWN: "# x", kinds.TIME: "2024-01-01T00:00:00Z", kinds.INT: 3,
           kinds.IDS: ["an-id"], kinds.LIST: [], kinds.OBJECT: {}}
_WRONG = {kinds.INT: "3", kinds.IDS: "an-id", kinds.LIST: {}, kinds.OBJECT: [],
          kinds.TIME: [], kinds.TEXT: 3, kinds.ID: 3, kinds.SHA256: 3, kinds.MARKDOWN: 3}


def _valid(kind: str) -> dict[str, Any]:
    return {n: f.choices[0] if f.choices else _SAMPLE[f.type]
            for n, f in KINDS[kind].fields.items() if f.required}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_json_schema_and_field_checks_agree(kind: str) -> None:
    """The OpenAPI document's op schema accepts and refuses what the server's checks do."""
    ops = jsonschema_rs.validator_for(protocol.op_schema())

    def both(data: dict[str, Any], base: int | None) -> tuple[bool, bool]:
        op = {"u": "op-1", "k": kind, "i": "rec-1", "a": protocol.PUT, "b": base, "d": data}
        checked = protocol.field_errors(kind, data, creating=base is None) is None \
            and kinds.value_errors(kind, data) is None
        return ops.is_valid(op), checked

    whole = _valid(kind)
    assert both(whole, None) == (True, True)
    assert both({}, 3) == (True, True), "an empty patch is valid"
    assert both({**whole, "no_such_field": 1}, None) == (False, False)
    for name, field in KINDS[kind].fields.items():
        assert both({name: _WRONG[field.type]}, 3) == (False, False), name
        assert both({name: None}, 3) == (field.null, field.null), name
        if field.required:
            missing = {k: v for k, v in whole.items() if k != name}
            assert both(missing, None) == (False, False), name
        if field.choices:
            assert both({**whole, name: "not-a-choice"}, None) == (False, False), name


def _doc_fields(cell: str) -> list[str]:
    while re.search(r"\([^()]*\)", cell):
        cell = re.sub(r"\s*\([^()]*\)", "", cell)
    return [f.strip() for f in cell.split(",")]


def test_data_model_document_lists_the_declared_fields() -> None:
    rows = {}
    for line in (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] in KINDS:
            rows[cells[0]] = cells
    assert set(rows) == set(KINDS)
    for kind, (_, fields, writers, _scope) in rows.items():
        assert _doc_fields(fields) == list(KINDS[kind].fields), kind
        assert (writers == "owner") == (KINDS[kind].writers == OWNER), kind
        assert writers.startswith("admin") or KINDS[kind].writers != ADMIN, kind
