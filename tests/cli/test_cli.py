"""The tutorclient command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTORCLIENT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # No secure keyring in a headless subprocess: the demo must cope by itself.
    env.pop("TUTORCLIENT_TOKEN_FILE", None)
    return subprocess.run([sys.executable, "-m", "tutorclient", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=timeout)


def test_demo_starts_the_server_signs_in_syncs_and_exits_cleanly(tmp_home: Path, tmp_path: Path) -> None:
    profile = tmp_path / "demo-profile"
    result = run("--profile", str(profile), "demo", "--exit-after-ms", "2000", home=tmp_home)
    assert result.returncode == 0, result.stderr
    status = run("--profile", str(profile), "status", "--json", home=tmp_home)
    info = json.loads(status.stdout)
    assert info["user"] == "amina"
    assert info["courses"] == 2 and info["lessons"] >= 10  # the first sync ran
    found = run("--profile", str(profile), "search", "oxytocin", home=tmp_home)
    assert "[lesson]" in found.stdout


def test_demo_without_profile_leaves_nothing_behind(tmp_home: Path) -> None:
    result = run("demo", "--exit-after-ms", "2000", home=tmp_home)
    assert result.returncode == 0, result.stderr
    assert not (tmp_home / "profiles").exists()  # a temporary profile, removed at exit


def test_no_command_opens_the_app_and_asks_to_sign_in(tmp_home: Path) -> None:
    result = run("--exit-after-ms", "300", home=tmp_home)
    assert result.returncode == 0, result.stderr
    status = run("status", "--json", home=tmp_home)
    assert json.loads(status.stdout)["signed_in"] is False
