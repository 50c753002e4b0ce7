"""A full disk during ``tutorclient sync``: a plain message, a documented exit code, no
traceback, nothing lost, and the failure in the sync history once there is space again.

The profile lives on a real 4 MB tmpfs the test mounts (root only: CI runs as root).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_sync_commands import run, seeded_server  # noqa: F401  (a fixture)


EXIT_DISK_FULL = 6  # tutorclient.cli.EXIT_DISK_FULL, as documented in the README
# The demo courses need about 1 MB (text and files); this little is left free.
LEFT_FREE = 96 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs these as root)")
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {done.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Take all but ``leave`` bytes of the filesystem with one file."""
    filler = disk / "filler.bin"
    st = os.statvfs(disk)
    size = max(0, st.f_bavail * st.f_frsize - leave)
    with open(filler, "wb") as fh:
        chunk = b"\0" * (64 * 1024)
        written = 0
        try:
            while written < size:
                fh.write(chunk[: min(len(chunk), size - written)])
                written += min(len(chunk), size - written)
            fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def history(profile: Path) -> list[tuple[str, str | None]]:
    conn = sqlite3.connect(profile / "profile.db")
    try:
        return conn.execute("SELECT result, error FROM sync_history ORDER BY id").fetchall()
    finally:
        conn.close()


def test_sync_on_a_full_disk_says_what_to_free_and_is_recorded_later(
        seeded_server: str, small_disk: Path) -> None:  # noqa: F811
    home = small_disk / "tutorclient"
    prof = home / "profiles" / "amina"
    login = run("--profile", str(prof), "login", "--server", seeded_server, "--username", "amina",
                home=home, stdin="demo-amina\n")
    assert login.returncode == 0, login.stderr

    filler = fill(small_disk, LEFT_FREE)
    full = run("--profile", str(prof), "sync", home=home)
    assert full.returncode == EXIT_DISK_FULL, full.stderr
    assert "Traceback" not in full.stderr and "Errno" not in full.stderr, full.stderr
    assert "The disk is full. Free at least 50 MB on" in full.stderr, full.stderr
    assert str(small_disk) in full.stderr and "nothing was lost" in full.stderr

    filler.unlink()
    again = run("--profile", str(prof), "sync", "--json", home=home)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["result"] == "ok" and summary["pulled"] > 20 and summary["blobs_down"] > 0
    rows = history(prof)
    assert [r[0] for r in rows] == ["failed", "ok"], rows
    assert rows[0][1].startswith("The disk is full."), rows
    status = json.loads(run("--profile", str(prof), "status", "--json", home=home).stdout)
    assert status["pending"] == 0 and status["blobs_waiting"] == 0


def test_files_downloading_onto_a_full_disk_stop_the_sync_with_the_same_message(
        seeded_server: str, small_disk: Path) -> None:  # noqa: F811
    home = small_disk / "tutorclient"
    prof = home / "profiles" / "amina"
    assert run("--profile", str(prof), "login", "--server", seeded_server, "--username", "amina",
               home=home, stdin="demo-amina\n").returncode == 0
    text = run("--profile", str(prof), "sync", "--text-only", "--json", home=home)
    assert text.returncode == 0, text.stderr  # the records fit; the files wait

    filler = fill(small_disk, 160 * 1024)  # room for the database, not for the files
    full = run("--profile", str(prof), "sync", home=home)
    assert full.returncode == EXIT_DISK_FULL, full.stderr
    assert "Traceback" not in full.stderr and "The disk is full." in full.stderr, full.stderr

    filler.unlink()
    again = run("--profile", str(prof), "sync", "--json", home=home)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["blobs_down"] > 0
    results = [r[0] for r in history(prof)]
    assert results == ["partial", "failed", "ok"], results


def test_a_completely_full_disk_is_not_called_a_damaged_database(
        seeded_server: str, small_disk: Path) -> None:  # noqa: F811
    home = small_disk / "tutorclient"
    prof = home / "profiles" / "amina"
    assert run("--profile", str(prof), "login", "--server", seeded_server, "--username", "amina",
               home=home, stdin="demo-amina\n").returncode == 0
    filler = fill(small_disk, 0)  # not a byte left: SQLite cannot even make its -wal file
    full = run("--profile", str(prof), "sync", home=home)
    assert full.returncode == EXIT_DISK_FULL, full.stderr
    assert "The disk is full. Free at least 50 MB" in full.stderr, full.stderr
    assert "damaged" not in full.stderr and "Traceback" not in full.stderr
    filler.unlink()
    again = run("--profile", str(prof), "sync", "--json", home=home)
    assert again.returncode == 0 and json.loads(again.stdout)["result"] == "ok", again.stderr
