"""The launcher step: at start, switch to a staged update, self-test it, roll back if it fails.

The installed bundle ``TutorClient/`` sits in a folder the user owns. An update
is staged beside it as ``TutorClient.staged/`` (sync/release/client.py). At the
next start, before the app imports anything heavy, the frozen entry point calls
:func:`switch_at_start`:

1. ``TutorClient/`` becomes ``TutorClient.previous/`` (one previous version is
   kept) and ``TutorClient.staged/`` becomes ``TutorClient/``;
2. the new program runs ``--self-test`` (with :data:`NO_SWITCH_ENV` set, so it
   does not switch again);
3. if the self-test fails, the new version goes to ``TutorClient.failed/`` and
   ``TutorClient.previous/`` comes back: the app starts as it was, and the
   failed version is remembered so that it is not offered again.

Renaming a running program's folder is fine on Linux and macOS; Windows locks
a running .exe's folder, so there a small launcher program does the same steps
(docs/installer.md, "Updates on Windows and macOS").
"""

from __future__ import annotations

import json
import os
import selectors  # noqa: F401 - see below
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sync.release.manifest import MARKER, STAGED

# Between moving the bundle aside and exec'ing the new program, this process must import
# nothing: a frozen bundle reads its modules lazily from files that are then the new
# version's. Everything the switch uses is imported above (subprocess uses selectors).

PREVIOUS, FAILED = ".previous", ".failed"
LOG = ".update-log.json"
NO_SWITCH_ENV = "TUTORCLIENT_NO_UPDATE_SWITCH"
SELF_TEST_TIMEOUT_S = 300


@dataclass(frozen=True)
class Switch:
    """What happened at this start: ``result`` is "none", "updated" or "rolled back"."""

    result: str
    version: str = ""
    previous: str = ""
    detail: str = ""


def default_self_test(program: Path) -> tuple[bool, str]:
    env = dict(os.environ, **{NO_SWITCH_ENV: "1"})
    try:
        done = subprocess.run([str(program), "--self-test"], env=env, capture_output=True,
                              text=True, timeout=SELF_TEST_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
    return done.returncode == 0, "\n".join(tail)


def switch_at_start(bundle: Path, self_test: Callable[[Path], tuple[bool, str]] | None = None
                    ) -> Switch:
    """Switch ``bundle`` to its staged update if there is one; see the module docstring."""
    bundle = Path(bundle)
    staged = bundle.with_name(bundle.name + STAGED)
    if os.environ.get(NO_SWITCH_ENV) or not (staged / MARKER).is_file():
        return Switch("none")
    marker = json.loads((staged / MARKER).read_text(encoding="utf-8"))
    previous = bundle.with_name(bundle.name + PREVIOUS)
    failed = bundle.with_name(bundle.name + FAILED)
    for old in (previous, failed):
        if old.exists():
            shutil.rmtree(old)
    try:
        os.replace(bundle, previous)
    except OSError as exc:  # a read-only install folder: start as before, update later
        return Switch("none", marker["version"], marker["from"], f"cannot switch: {exc}")
    try:
        os.replace(staged, bundle)
    except OSError as exc:
        os.replace(previous, bundle)
        return Switch("none", marker["version"], marker["from"], f"cannot switch: {exc}")
    ok, detail = (self_test or default_self_test)(bundle / marker["program"])
    if ok:
        switch = Switch("updated", marker["version"], marker["from"], detail)
    else:
        os.replace(bundle, failed)
        os.replace(previous, bundle)
        switch = Switch("rolled back", marker["version"], marker["from"], detail)
    _log(bundle, switch)
    return switch


def _log(bundle: Path, switch: Switch) -> None:
    path = bundle.with_name(bundle.name + LOG)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        entries = []
    entries.append({"at": int(time.time()), "result": switch.result, "version": switch.version,
                    "previous": switch.previous, "detail": switch.detail[-500:]})
    path.write_text(json.dumps(entries[-20:], indent=1), encoding="utf-8")


def history(bundle: Path) -> list[dict]:
    """The launcher's past switches, oldest first (what the app reports after a start)."""
    path = Path(bundle).with_name(Path(bundle).name + LOG)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def refused_versions(bundle: Path) -> frozenset[str]:
    """Versions that failed their self-test here: never offered again."""
    return frozenset(e["version"] for e in history(bundle) if e["result"] == "rolled back")
