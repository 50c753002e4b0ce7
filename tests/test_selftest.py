"""``tutorclient --self-test``: what a coordinator runs to check an installation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tutorclient.ui.selftest import CHECKS

ROOT = Path(__file__).resolve().parents[1]


def self_test(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTORCLIENT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "tutorclient", *args, "--self-test"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=110)


def test_self_test_passes_and_says_what_it_checked(tmp_home: Path) -> None:
    result = self_test(home=tmp_home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, _check in CHECKS:
        assert any(line.startswith(f"ok   {name}: ") for line in lines), (name, result.stdout)
    assert lines[-1].startswith(f"self-test passed: {len(CHECKS)} checks in ")
    assert "2 courses" in result.stdout and "PDF of 1 page(s) rendered" in result.stdout
    assert "FAIL" not in result.stdout


def test_a_profile_path_that_is_a_file_fails_with_a_clear_message(tmp_home: Path,
                                                                  tmp_path: Path) -> None:
    broken = tmp_path / "not-a-folder"
    broken.write_text("a file where the profile folder should be")
    result = self_test("--profile", str(broken), home=tmp_home)
    assert result.returncode == 1
    assert f"FAIL store: the profile folder {broken} is a file, not a folder" in result.stdout
    assert "ok   version: " in result.stdout  # what passed before the failure is still shown
    assert "self-test failed at 'store'" in result.stdout


def test_a_profile_in_use_is_never_touched(tmp_home: Path, tmp_path: Path) -> None:
    profile = tmp_path / "someones-profile"
    profile.mkdir()
    (profile / "profile.db").write_bytes(b"their work")
    result = self_test("--profile", str(profile), home=tmp_home)
    assert result.returncode == 1
    assert "is not empty" in result.stdout
    assert (profile / "profile.db").read_bytes() == b"their work"
    assert sorted(p.name for p in profile.iterdir()) == ["profile.db"]
