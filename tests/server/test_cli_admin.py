"""The ``tutorclient-server`` CLI and course (re-)import as clients see it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import requests
from sqlalchemy import func, select

from sync.authoring import DEMO_ROOT
from sync.server import schema as t
from sync.server.testing import free_port

ROOT = Path(__file__).resolve().parents[2]


def _cli(data: Path, db: str | None, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """Run ``tutorclient-server`` in this process (fast); same argv, exit code and output."""
    import contextlib
    import io

    from sync.server.cli import main

    argv = ["--data", str(data)] + (["--db", db] if db else []) + list(args)
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def _course_copy(tmp: Path, slug: str, partnerships: str = '["somaliland"]') -> Path:
    dest = tmp / slug
    shutil.copytree(DEMO_ROOT / "courses" / "postpartum-haemorrhage", dest)
    toml = dest / "course.toml"
    text = toml.read_text()
    text = text.replace('slug = "postpartum-haemorrhage"', f'slug = "{slug}"')
    text = text.replace('partnerships = ["somaliland", "palestine"]', f"partnerships = {partnerships}")
    toml.write_text(text)
    return dest


def test_cli_init_user_add_and_errors(cli_db):
    data, db = cli_db
    r = _cli(data, db, "init")
    assert r.returncode == 0, r.stderr
    r = _cli(data, db, "user", "add", "zahra", "--role", "tutor", "--partnership", "somaliland",
             "--specialism", "obstetrics", stdin="a long password\n")
    assert r.returncode == 0 and "added zahra" in r.stdout, r.stderr
    r = _cli(data, db, "user", "add", "zahra", "--role", "tutor", "--partnership", "somaliland",
             stdin="a long password\n")
    assert r.returncode == 1 and "already exists" in r.stderr
    assert "Traceback" not in r.stderr
    r = _cli(data, db, "user", "add", "x", "--role", "king", "--partnership", "p", stdin="pw\n")
    assert r.returncode == 2  # argparse usage error
    r = _cli(data, db, "user", "add", "shorty", "--role", "trainee", "--partnership", "p",
             stdin="short\n")
    assert r.returncode == 1 and "8 characters" in r.stderr


def test_cli_refuses_broken_course_and_writes_nothing(cli_db, tmp_path):
    data, db = cli_db
    _cli(data, db, "init")
    course = _course_copy(tmp_path, "broken-course")
    lesson = next(course.glob("01-*/01-*.md"))
    lesson.write_text(lesson.read_text() + "\n![secret](../../../../etc/passwd)\n")
    r = _cli(data, db, "course", "import", str(course))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert lesson.name in r.stderr  # names the file to fix
    (course / "course.toml").write_text("slug = [unclosed\n")
    r = _cli(data, db, "course", "import", str(course))
    assert r.returncode == 1 and "course.toml" in r.stderr
    from sync.server.admin import Admin
    from sync.server.settings import Settings

    admin = Admin(Settings(data_dir=data, db_url=db))
    with admin.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(t.records)).scalar_one() == 0
    admin.close()


def test_reimport_sends_clients_only_what_changed(world, tmp_path):
    course = _course_copy(tmp_path, f"reimport-{world.backend}")
    first = world.admin.import_course(course)
    assert first.created > 10 and first.blobs_added == 0  # images already stored by the demo
    amina = world.client("amina")
    got = amina.pull_all()
    assert ("courses", first.course_id) in got
    lessons = {i: ch for (k, i), ch in got.items() if k == "lessons"}

    again = world.admin.import_course(course)
    assert (again.created, again.updated, again.deleted) == (0, 0, 0)
    assert "x" not in amina.sync()  # nothing to download

    lesson_file = next(course.glob("01-*/02-*.md"))
    lesson_file.write_text(lesson_file.read_text() + "\nA new closing paragraph.\n")
    third = world.admin.import_course(course)
    assert (third.created, third.updated, third.deleted) == (0, 1, 0)
    changes = amina.sync()["x"]
    assert len(changes) == 1 and changes[0]["k"] == "lessons"
    assert changes[0]["v"] == lessons[changes[0]["i"]]["v"] + 1
    assert changes[0]["d"]["body_md"].endswith("A new closing paragraph.\n")

    # Removing a lesson deletes its record: clients get a tombstone.
    quiz = lesson_file.with_name(lesson_file.stem + ".quiz.toml")
    lesson_file.unlink()
    quiz.unlink(missing_ok=True)
    fourth = world.admin.import_course(course)
    assert fourth.deleted >= 1
    gone = [c for c in amina.sync()["x"] if c["d"] is None]
    assert {c["k"] for c in gone} >= {"lessons"}

    # Dropping Somaliland from the course tombstones all of it for Amina.
    toml = course / "course.toml"
    toml.write_text(toml.read_text().replace('partnerships = ["somaliland"]',
                                             'partnerships = ["palestine"]'))
    world.admin.import_course(course)
    final = amina.pull_all()
    assert final[("courses", first.course_id)]["d"] is None
    assert all(ch["d"] is None for (k, _), ch in final.items() if k == "lessons")


def test_seed_demo_is_idempotent(world):
    before = world.client("amina").pull_all(cursor=0)
    world.admin.seed_demo()
    c = world.client("amina")
    c.pull_all(cursor=0)
    after_cursor = c.cursor
    world.admin.seed_demo()
    assert "x" not in c.sync(cursor=after_cursor)
    assert ("cases", world.som["cases"]) in before


def test_serve_subprocess_answers_health(cli_db):
    data, db = cli_db
    assert _cli(data, db, "init").returncode == 0
    port = free_port()
    cmd = [sys.executable, "-m", "sync.server.cli", "--data", str(data)]
    if db:
        cmd += ["--db", db]
    proc = subprocess.Popen(cmd + ["serve", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.1)
        assert r.status_code == 204
        assert "server" not in r.headers and "date" not in r.headers
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_server_never_imports_qt_or_the_client():
    code = ("import sys, sync.server.cli, sync.server.app, sync.server.testing; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'tutorclient'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def _users(world, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return _cli(world.settings.data_dir, world.settings.db_url, "user", *args, stdin=stdin)


def test_cli_user_list_shows_roles_partnerships_last_sync_and_state(world):
    import json

    name = world.add_user("trainee", ["somaliland", "palestine"], prefix="listed")
    r = _users(world, "list", "--json")
    assert r.returncode == 0, r.stderr
    users = {u["username"]: u for u in json.loads(r.stdout)}
    assert users[name]["last_sync"] is None and users[name]["disabled"] is False
    assert users[name]["role"] == "trainee"
    assert {p["id"] for p in users[name]["partnerships"]} == {world.p_som, world.p_pal}
    assert users["dr.sarah"]["display_name"] == "Dr Sarah Bennett (demo tutor)"
    assert {p["name"] for p in users["coord.hodan"]["partnerships"]} == {
        "Somaliland teaching partnership"}

    before = int(time.time())
    world.client(name).sync()
    assert _users(world, "disable", name).returncode == 0
    users = {u["username"]: u for u in json.loads(_users(world, "list", "--json").stdout)}
    assert before <= users[name]["last_sync"] <= int(time.time()) + 1
    assert users[name]["disabled"] is True and users[name]["devices"] == 1

    table = _users(world, "list").stdout.splitlines()
    assert table[0].split() == ["USERNAME", "NAME", "ROLE", "PARTNERSHIPS", "LAST", "SYNC",
                                "STATE"]
    row = next(line for line in table if line.startswith(name + " "))
    assert "trainee" in row and row.endswith("disabled")
    assert time.strftime("%Y-%m-%d", time.localtime(users[name]["last_sync"])) in row
    fresh = world.add_user("tutor", ["somaliland"], prefix="fresh")
    row = next(line for line in _users(world, "list").stdout.splitlines()
               if line.startswith(fresh + " "))
    assert "never" in row and row.endswith("active")


def test_cli_user_passwd_resets_and_ends_sessions_and_device_keys(world, monkeypatch):
    import getpass

    from sqlalchemy import insert

    name = world.add_user("trainee", ["somaliland"], prefix="reset")
    old = world.client(name)
    uid = world.uid(name)
    with world.admin.db.write() as tx:  # a key the device registered with the old password
        tx.conn.execute(insert(t.device_keys).values(
            id="k-" + uid, user_id=uid, device_id=f"{uid}:laptop", public_key="A" * 43 + "=",
            created_at=0))

    r = _users(world, "passwd", name, "--password-stdin", stdin="a brand new secret\n")
    assert r.returncode == 0 and "password changed" in r.stdout, r.stderr
    assert "a brand new secret" not in r.stdout + r.stderr
    assert old.raw({"v": 1, "c": 0}).status_code == 401  # the session ended
    with world.admin.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(t.device_keys).where(
            t.device_keys.c.user_id == uid)).scalar_one() == 0
    login = requests.post(f"{world.base}/v1/login", json={
        "username": name, "password": world.passwords[name], "device": "d", "app": "test"})
    assert login.status_code == 401
    world.passwords[name] = "a brand new secret"
    assert world.client(name).sync()["c"] >= 0

    # Interactively: asked twice, never echoed; a mismatch changes nothing.
    answers = iter(["first try 123", "second try 456"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    r = _users(world, "passwd", name)
    assert r.returncode == 1 and "differ" in r.stderr
    answers = iter(["typed twice 789", "typed twice 789"])
    assert _users(world, "passwd", name).returncode == 0
    world.passwords[name] = "typed twice 789"
    world.client(name)

    r = _users(world, "passwd", "nobody-here", "--password-stdin", stdin="whatever123\n")
    assert r.returncode == 1 and "no user 'nobody-here'" in r.stderr
    r = _users(world, "passwd", name, "--password-stdin", stdin="short\n")
    assert r.returncode == 1 and "8 characters" in r.stderr
    r = _users(world, "passwd", name, "hunter22-in-argv")
    assert r.returncode == 2  # a password is never taken from the command line
