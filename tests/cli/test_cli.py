"""The tutorclient command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTORCLIENT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "tutorclient", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_demo_installs_courses_and_opens_window(tmp_home: Path) -> None:
    result = run("demo", "--exit-after-ms", "300", home=tmp_home)
    assert result.returncode == 0, result.stderr
    status = run("--profile", str(tmp_home / "profiles" / "demo"), "status", "--json", home=tmp_home)
    info = json.loads(status.stdout)
    assert info["courses"] == 2 and info["lessons"] >= 10 and info["storage_bytes"] > 0
    found = run("--profile", str(tmp_home / "profiles" / "demo"), "search", "oxytocin", home=tmp_home)
    assert "[lesson]" in found.stdout


def test_no_command_prints_help(tmp_home: Path) -> None:
    result = run(home=tmp_home)
    assert result.returncode == 2 and "COMMAND" in result.stdout
