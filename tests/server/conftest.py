"""Fixtures for server tests: a real server on loopback over SQLite and PostgreSQL.

``world`` is one live server per backend (session scope) loaded with the demo
data plus a Palestine-only course and a few extra accounts. Tests make their
own records with fresh UUIDs, so they can share it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sync.authoring import DEMO_ROOT, stable_id
from sync.server.admin import Admin
from sync.server.scopes import partnership_id
from sync.server.settings import Settings
from sync.server.testing import run_server

from backends import TEST_DB, blob_settings
from srv_helpers import Client, new_id, owner_samples

def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "schemathesis: bounded property-based API fuzzing")


# TUTORCLIENT_TEST_DB=postgresql runs every server test on PostgreSQL only.
_BACKENDS = [pytest.param("postgres", marks=pytest.mark.postgres)]
if TEST_DB != "postgresql":
    _BACKENDS.insert(0, "sqlite")


@pytest.fixture(scope="session", params=_BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


def new_db_url(request: pytest.FixtureRequest, backend: str) -> str | None:
    """A fresh empty database for ``backend`` (``None`` = SQLite file in the data dir)."""
    if backend == "sqlite":
        return None
    return request.getfixturevalue("pg_cluster").create_db()


@pytest.fixture(scope="session")
def make_db_url(request: pytest.FixtureRequest, backend: str) -> Any:
    """A factory of fresh empty database URLs for ``backend`` (``None`` = SQLite)."""
    return lambda: new_db_url(request, backend)


@pytest.fixture
def cli_db(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> tuple[Path, str | None]:
    """A data dir and a fresh empty database URL (``None`` for SQLite) for CLI tests."""
    return tmp_path / "data", new_db_url(request, backend)


# ----------------------------------------------------------------- the world


@dataclass
class World:
    """A live server and handles on what it holds."""

    base: str
    admin: Admin
    settings: Settings
    backend: str
    passwords: dict[str, str]
    p_som: str = partnership_id("somaliland")
    p_pal: str = partnership_id("palestine")
    pal_course: str = ""
    blob: str = ""
    blob_bytes: bytes = b""
    #: A record of each kind readable only in Palestine (or owned by yusuf).
    pal: dict[str, str] = field(default_factory=dict)
    #: A record of each kind readable in Somaliland.
    som: dict[str, str] = field(default_factory=dict)

    def client(self, username: str) -> Client:
        return Client(self.base, username, self.passwords[username])

    def uid(self, username: str) -> str:
        return self.admin.user_id(username)

    def record(self, kind: str, rid: str) -> Any:
        from sync.server.records import load

        with self.admin.db.read() as conn:
            return load(conn, kind, rid)

    def add_user(self, role: str, partnerships: list[str], specialisms: list[str] | None = None,
                 prefix: str = "u") -> str:
        name = f"{prefix}.{uuid.uuid4().hex[:8]}"
        self.passwords[name] = "password-" + name
        self.admin.create_user(name, self.passwords[name], role, partnerships, specialisms or [])
        return name


ROLE_USERS = {"trainee": "amina", "tutor": "tutor.som", "coordinator": "coord.hodan",
              "admin": "admin"}


def _pal_only_course(dest: Path) -> Path:
    src = DEMO_ROOT / "courses" / "emergency-triage"
    course = dest / "pal-only"
    shutil.copytree(src, course)
    toml = (course / "course.toml").read_text()
    toml = toml.replace('slug = "emergency-triage"', 'slug = "pal-only"')
    toml = toml.replace('partnerships = ["somaliland", "palestine"]', 'partnerships = ["palestine"]')
    (course / "course.toml").write_text(toml)
    return course


def _build_world(settings: Settings, tmp: Path, backend: str) -> tuple[Admin, World]:
    from sync.demo_data import load_demo_users

    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    passwords = {u.username: u.password for u in load_demo_users()}
    for name, role, parts, spec in (("tutor.som", "tutor", ["somaliland"], ["emergency"]),
                                    ("tutor.som2", "tutor", ["somaliland"], ["emergency"]),
                                    ("tutor.obs", "tutor", ["somaliland"], ["obstetrics"])):
        passwords[name] = "password-" + name
        admin.create_user(name, passwords[name], role, parts, spec)
    w = World("", admin, settings, backend, passwords)
    rep = admin.import_course(_pal_only_course(tmp))
    w.pal_course = rep.course_id
    w.blob_bytes = b"\x89PNG\r\n\x1a\n" + os.urandom(3000)
    w.blob = admin.add_blob(w.blob_bytes)
    with admin.db.write() as tx:  # everyone may reference the test blob
        from sync.server import blobstore

        for name in passwords:
            blobstore.grant(tx.conn, w.blob, admin._account(tx, name).id)
    _fill_samples(w)
    return admin, w


def _children(w: World, course_id: str) -> dict[str, str]:
    from sqlalchemy import select

    from sync.server import schema as t

    out: dict[str, str] = {}
    with w.admin.db.read() as conn:
        for row in conn.execute(select(t.records.c.kind, t.records.c.id).where(
                t.records.c.parent_kind == "courses", t.records.c.parent_id == course_id)):
            out.setdefault(row.kind, row.id)
    return out


def _fill_samples(w: World) -> None:
    som_course = stable_id("emergency-triage")
    pal = {"partnerships": w.p_pal, "users": w.uid("yusuf"), "courses": w.pal_course,
           **_children(w, w.pal_course)}
    som = {"partnerships": w.p_som, "users": w.uid("khadra"), "courses": som_course,
           **_children(w, som_course)}
    pal["cases"] = stable_id("demo-case", "night-chest-pain-triage")
    pal["threads"] = stable_id("demo-thread", "case-night-chest-pain-triage")
    pal["posts"] = stable_id("demo-post", "case-night-chest-pain-triage", "0")
    pal["reviews"] = stable_id("demo-review", "night-chest-pain-triage")
    som["cases"] = stable_id("demo-case", "motorbike-crash-breathless")
    som["threads"] = stable_id("demo-thread", "case-motorbike-crash-breathless")
    som["posts"] = stable_id("demo-post", "case-motorbike-crash-breathless", "0")
    som["reviews"] = stable_id("demo-review", "motorbike-crash-breathless")
    lesson, quiz = pal["lessons"], pal["quizzes"]
    for kind, data in owner_samples(lesson, quiz).items():
        rid = new_id(w.uid("yusuf"))
        w.admin.put_record(kind, rid, {**data, "user_id": w.uid("yusuf")})
        pal[kind] = rid
    _contribution_samples(w, pal, som)
    # The server's figures: yusuf's (Palestine) and khadra's (Somaliland) only.
    from sync.server.insight_jobs import record_id, refresh

    refresh(w.admin.db, viewers=frozenset({w.uid("yusuf"), w.uid("khadra")}))
    pal["insights"] = record_id(w.uid("yusuf"), w.p_pal)
    som["insights"] = record_id(w.uid("khadra"), w.p_som)
    # A device's health report (POST /v1/device-health) as the server stores it.
    from sync.server.insight_jobs import save_health

    for who, place in (("yusuf", pal), ("khadra", som)):
        save_health(w.admin.db, w.uid(who), f"{w.uid(who)}:laptop", {"failures": 0,
                                                                     "month_bytes": 0})
        place["device_health"] = stable_id("device-health", f"{w.uid(who)}:laptop")
    w.pal, w.som = pal, som


def _contribution_samples(w: World, pal: dict[str, str], som: dict[str, str]) -> None:
    """A reflection and a thank-you per partnership: private records (sync/kinds.py).

    Palestine's belong to yusuf and the Palestinian review's tutor; Somaliland's
    thanks go from amina to tutor.som, and the reflection is tutor.som's own.
    """
    for place, author, tutor, trainee in ((pal, "yusuf", None, "yusuf"),
                                          (som, "tutor.som", "tutor.som", "amina")):
        review = w.record("reviews", place["reviews"]).data
        tutor_id = w.uid(tutor) if tutor else review["tutor_id"]
        rid = new_id(w.uid(author))
        w.admin.put_record("reflections", rid, {
            "user_id": w.uid(author), "review_id": place["reviews"], "case_id": review["case_id"],
            "body": "what I learnt", "active_seconds": 300})
        place["reflections"] = rid
        tid = new_id(w.uid(trainee))
        w.admin.put_record("review_thanks", tid, {
            "review_id": place["reviews"], "case_id": review["case_id"],
            "trainee_id": w.uid(trainee), "tutor_id": tutor_id, "note": "thank you"})
        place["review_thanks"] = tid


@pytest.fixture(scope="session")
def world(backend: str, request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp(f"world-{backend}")
    settings = Settings(data_dir=tmp / "data", db_url=new_db_url(request, backend),
                        argon2_profile="test", **blob_settings(request))
    admin, w = _build_world(settings, tmp, backend)
    with run_server(settings=settings) as base:
        w.base = base
        yield w
    admin.close()
