"""tutorclient login / sync / status as a coordinator's script runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, stdin: str = "", token_file: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTORCLIENT_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("TUTORCLIENT_TOKEN_FILE", None)
    if token_file:
        env["TUTORCLIENT_TOKEN_FILE"] = "1"
    return subprocess.run([sys.executable, "-m", "tutorclient", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def seeded_server(tmp_path: Path):
    from sync.server.admin import Admin
    from sync.server.settings import Settings
    from sync.server.testing import run_server

    settings = Settings(data_dir=tmp_path / "srv", argon2_profile="test")
    settings.ensure_dirs()
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    admin.close()
    with run_server(settings.data_dir, settings=settings) as url:
        yield url


def test_login_sync_status_json(seeded_server: str, tmp_home: Path) -> None:
    prof = str(tmp_home / "profiles" / "amina")
    login = run("--profile", prof, "login", "--server", seeded_server, "--username", "amina",
                home=tmp_home, stdin="demo-amina\n")
    assert login.returncode == 0, login.stderr
    token_path = Path(prof) / "token.json"
    assert oct(token_path.stat().st_mode & 0o777) == "0o600"

    first = run("--profile", prof, "sync", "--json", "--text-only", home=tmp_home)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["result"] == "partial"  # text only: files were left for later
    assert summary["pulled"] > 20 and summary["blobs_down"] == 0 and summary["blobs_skipped"] > 0
    for key in ("requests", "bytes_up", "bytes_down", "pushed", "pulled", "conflicts", "errors"):
        assert key in summary

    second = run("--profile", prof, "sync", "--json", home=tmp_home)
    summary = json.loads(second.stdout)
    assert second.returncode == 0 and summary["blobs_down"] > 0

    noop = json.loads(run("--profile", prof, "sync", "--json", home=tmp_home).stdout)
    assert noop["requests"] == 1 and noop["pulled"] == 0

    status = json.loads(run("--profile", prof, "status", "--json", home=tmp_home).stdout)
    assert status["user"] == "amina" and status["pending"] == 0 and status["conflicts"] == 0
    assert status["last_sync"] and status["storage_bytes"] > 0 and len(status["subscriptions"]) == 2


def test_wrong_password_and_no_keyring_are_explained(seeded_server: str, tmp_home: Path) -> None:
    prof = str(tmp_home / "profiles" / "x")
    bad = run("--profile", prof, "login", "--server", seeded_server, "--username", "amina",
              home=tmp_home, stdin="nope\n")
    assert bad.returncode == 4 and "Wrong username or password" in bad.stderr
    nokeyring = run("--profile", prof, "login", "--server", seeded_server, "--username", "amina",
                    home=tmp_home, stdin="demo-amina\n", token_file=False)
    assert nokeyring.returncode == 1
    assert "no secure password store" in nokeyring.stderr and "TUTORCLIENT_TOKEN_FILE=1" in nokeyring.stderr
    assert not (Path(prof) / "token.json").exists()


def test_exit_codes_unreachable_and_auth_needed(tmp_home: Path, seeded_server: str) -> None:
    prof = str(tmp_home / "profiles" / "amina")
    assert run("--profile", prof, "sync", home=tmp_home).returncode == 4  # never signed in
    run("--profile", prof, "login", "--server", seeded_server, "--username", "amina",
        home=tmp_home, stdin="demo-amina\n")
    # Point the profile at a port where nothing listens.
    from tutorclient.session import Profile

    p = Profile(Path(prof))
    p.set_setting("server", "http://127.0.0.1:9")
    p.close()
    down = run("--profile", prof, "sync", "--json", home=tmp_home)
    assert down.returncode == 3
    assert "No connection" in json.loads(down.stdout)["error"]
