"""Schema migrations (sync/server/migrate.py): new, current, old and pre-Alembic databases.

The fixture ``fixtures/before_alembic.sqlite3`` was made by the last release that
created its tables itself (fixtures/make_before_alembic.py says how): the demo,
plus amina's two notes and a post with their stored op results.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, create_engine, inspect, text
from srv_helpers import Client

from sync.server import migrate
from sync.server import schema as t
from sync.server.cli import main as cli
from sync.server.db import Database
from sync.server.settings import Settings
from sync.server.testing import run_server

FIXTURES = Path(__file__).with_name("fixtures")
BEFORE = FIXTURES / "before_alembic.sqlite3"
PUSHED = json.loads((FIXTURES / "before_alembic.json").read_text())


def _diffs(url: str) -> list[Any]:
    """What differs between the models and the database at ``url`` (Alembic's comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(
                conn, opts={"compare_type": True}), t.metadata)
    finally:
        engine.dispose()


def _settings(tmp_path: Path, db_url: str | None = None) -> Settings:
    s = Settings(data_dir=tmp_path / "data", db_url=db_url, argon2_profile="test")
    s.ensure_dirs()
    return s


def test_head_constant_is_the_scripts_head() -> None:
    assert migrate.script_heads() == [migrate.HEAD]


@pytest.mark.parametrize("route", ["models", "migrations"])
def test_new_database_equals_the_models(tmp_path: Path, backend: str, make_db_url: Any,
                                        route: str) -> None:
    """A new database made either way (models + stamp, or every revision) is the models."""
    settings = _settings(tmp_path, make_db_url())
    db = Database(settings)
    try:
        if route == "models":
            db.create_schema()
        else:
            from alembic import command

            with db.write_raw() as conn:
                command.upgrade(migrate._config(conn), "head")
        with db.read() as conn:
            assert migrate.state(conn) == "current"
        assert _diffs(settings.database_url) == []
    finally:
        db.dispose()


def _before_copy(tmp_path: Path) -> Settings:
    settings = _settings(tmp_path)
    shutil.copy(BEFORE, settings.data_dir / "tutorclient.sqlite3")
    return settings


def _counts(db_file: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_file)
    try:
        return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                for name in migrate.BASELINE_TABLES}
    finally:
        conn.close()


def test_server_refuses_an_old_schema_and_names_the_command(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    settings = _before_copy(tmp_path)
    with pytest.raises(migrate.SchemaOutdated, match="tutorclient-server db upgrade"):
        with run_server(settings=settings):
            pass
    assert cli(["--data", str(settings.data_dir), "user", "list"]) == 1
    err = capsys.readouterr().err
    assert "db upgrade" in err and "Back up" in err
    # Refusing touched nothing: still the release before migrations.
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        assert migrate.state(conn) == "legacy"
    engine.dispose()


def test_upgrade_from_before_alembic_loses_nothing(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    settings = _before_copy(tmp_path)
    db_file = settings.data_dir / "tutorclient.sqlite3"
    before = _counts(db_file)
    rows_before = _rows(db_file)
    assert before["ops"] == 3 and before["records"] > 50

    assert cli(["--data", str(settings.data_dir), "db", "upgrade"]) == 0
    assert f"-> {migrate.HEAD}" in capsys.readouterr().out
    assert _counts(db_file) == before
    assert _rows(db_file) == rows_before  # every row, byte for byte
    assert _diffs(settings.database_url) == []
    assert cli(["--data", str(settings.data_dir), "db", "upgrade"]) == 0  # again: nothing to do

    with run_server(settings=settings) as url:
        amina = Client(url, "amina", "demo-amina")
        # Replays answer with the results stored before the upgrade.
        assert amina.push(*PUSHED["ops"]) == PUSHED["results"]
        seen = amina.pull_all(cursor=0)
        mine = {i for (k, i) in seen if k in ("notes", "posts")}
        assert {o["i"] for o in PUSHED["ops"]} <= mine
    assert _counts(db_file)["ops"] == 3  # the replays added nothing


def _rows(db_file: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_file)
    try:
        return {name: sorted(conn.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
                for name in migrate.BASELINE_TABLES if name not in ("meta", "sessions")}
    finally:
        conn.close()


@pytest.mark.postgres
def test_upgrade_on_postgresql_from_before_alembic(tmp_path: Path, pg_cluster: Any) -> None:
    """The same upgrade on PostgreSQL: the fixture's rows in a pre-Alembic PostgreSQL schema."""
    url = pg_cluster.create_db()
    settings = _settings(tmp_path, url)
    engine = create_engine(settings.database_url)
    src = sqlite3.connect(BEFORE)
    try:
        with engine.begin() as conn:
            # What the release before migrations created: the baseline tables, no indexes
            # added since, no alembic_version.
            t.metadata.create_all(conn, tables=[t.metadata.tables[n]
                                                for n in migrate.BASELINE_TABLES])
            conn.execute(text("DROP INDEX ix_ops_created_at"))
            conn.execute(text("DROP INDEX ix_uploads_created_at"))
            for name in migrate.BASELINE_TABLES:
                table = t.metadata.tables[name]
                cur = src.execute(f"SELECT * FROM {name}")
                cols = [d[0] for d in cur.description]
                rows = [dict(zip(cols, r)) for r in cur.fetchall()]
                for r in rows:
                    for c in table.c:
                        if isinstance(c.type, Boolean) and r.get(c.name) is not None:
                            r[c.name] = bool(r[c.name])
                if rows:
                    conn.execute(table.insert(), rows)
        with engine.connect() as conn:
            assert migrate.state(conn) == "legacy"
            counts = {n: conn.execute(text(f"SELECT count(*) FROM {n}")).scalar()
                      for n in migrate.BASELINE_TABLES}
    finally:
        src.close()
        engine.dispose()

    db = Database(settings)
    try:
        db.create_schema()
        with db.read() as conn:
            assert migrate.state(conn) == "current"
            assert {n: conn.execute(text(f"SELECT count(*) FROM {n}")).scalar()
                    for n in migrate.BASELINE_TABLES} == counts
            assert "ix_ops_created_at" in {i["name"] for i in inspect(conn).get_indexes("ops")}
    finally:
        db.dispose()
    assert _diffs(settings.database_url) == []
    with run_server(settings=settings) as base:
        amina = Client(base, "amina", "demo-amina")
        assert amina.push(*PUSHED["ops"]) == PUSHED["results"]
