"""The commands docs/deploy.md gives operators work as written.

Every ``tutorclient-server`` line of the document's ``sh`` blocks runs here, in
the document's order, with the paths of a real machine mapped into a temporary
directory: first run, backup, restore, prune, db status and upgrade, and
``serve`` (a real process, asked for /healthz). The PostgreSQL lines run against
a throwaway cluster when one can be started.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.server.cli import main as cli
from sync.server.testing import free_port

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "deploy.md"
DEMO_COURSE = ROOT / "resources" / "demo" / "courses" / "emergency-triage"


def documented_commands() -> list[str]:
    """The ``tutorclient-server`` command lines of the document's sh blocks, in order."""
    lines: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", DOC.read_text("utf-8"), re.S):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.split("  #", 1)[0].strip()
            if "tutorclient-server " in line and not line.startswith("#"):
                lines.append(line)
    return lines


def _argv(line: str, paths: dict[str, str]) -> tuple[list[str], str | None]:
    """(arguments after the program name, standard input) for one documented line
    (a ``> FILE`` redirection stays in the list as its last two words)."""
    stdin = None
    m = re.match(r"echo '([^']*)' \| (.*)", line)
    if m:
        stdin, line = m.group(1) + "\n", m.group(2)
    line = line.replace("$(date +%F)", "2026-12-01")
    pattern = "|".join(re.escape(k) for k in sorted(paths, key=len, reverse=True))
    line = re.sub(pattern, lambda m: paths[m.group(0)], line)  # one pass: no path twice
    words = shlex.split(line)
    words = words[words.index(next(w for w in words if w.endswith("tutorclient-server"))) + 1:]
    return words, stdin


def test_the_document_has_the_commands_this_test_runs() -> None:
    verbs = {" ".join(w for w in shlex.split(re.sub(r"'[^']*'", "X", line)) if not w.startswith(
        ("-", "/"))) for line in documented_commands()}
    text = " | ".join(sorted(verbs))
    for needed in ("init", "user add", "course import", "serve", "backup", "restore", "prune",
                   "db status", "db upgrade"):
        assert needed in text, f"docs/deploy.md lost its '{needed}' command"


def _serve(argv: list[str]) -> None:
    port = free_port()
    argv = [a if a != "8000" else str(port) for a in argv]
    proc = subprocess.Popen([sys.executable, "-m", "sync.server.cli", *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                assert r.status_code in (200, 204)
                return
            except requests.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    raise AssertionError(f"serve did not come up: {out[-2000:]}") from None
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_every_documented_command_runs(tmp_path: Path, request: pytest.FixtureRequest,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "backup").mkdir()
    paths = {"/var/lib/tutorclient.restored": str(tmp_path / "restored"),
             "/var/lib/tutorclient": str(tmp_path / "data"),
             "/srv/courses/emergency-triage": str(DEMO_COURSE),
             "/backup/tc-2026-12-01.tar": str(tmp_path / "backup" / "tc-2026-12-01.tar"),
             "/backup/": str(tmp_path / "backup") + "/"}
    pg: Any = None
    ran: list[str] = []
    for line in documented_commands():
        argv, stdin = _argv(line, paths)
        if "--db" in argv:
            if pg is None:
                try:
                    pg = request.getfixturevalue("pg_cluster")
                except pytest.skip.Exception:
                    continue
            i = argv.index("--db")
            argv[i + 1] = pg.create_db()
            argv[argv.index("--data") + 1] = str(tmp_path / "pg-data")
        if "serve" in argv:
            _serve(argv)
            ran.append("serve")
            continue
        redirect = None
        if ">" in argv:
            redirect = tmp_path / Path(argv[argv.index(">") + 1]).name
            argv = argv[:argv.index(">")]
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or "a long password\n"))
        code = cli(argv)
        out = capsys.readouterr()
        assert code == 0, f"{line}\n -> {argv}\n{out.err}"
        if redirect is not None:  # what the shell would have written, and it is not empty
            redirect.write_text(out.out)
            assert out.out.strip(), line
        ran.append(" ".join(a for a in argv if not a.startswith(("-", "/"))))
    assert {"init", "backup", "restore", "prune", "serve"} <= {r.split()[0] for r in ran}
