"""The layers only point down: ui -> core -> sync, and server -> sync.

Each rule is checked twice. Statically, by reading every import statement with
``ast`` (lazy imports inside functions and ``TYPE_CHECKING`` imports count: a
lazy import is a dependency all the same). And at run time, by importing the
rule's modules in a fresh interpreter and reading ``sys.modules``. Each checker
is first run on a small synthetic tree that breaks the rule, so the suite
itself shows that it can fail.

The rules:

* ``sync`` never imports ``tutorclient`` (it is shared with the server).
* The core (``tutorclient`` outside ``tutorclient.ui``) never imports
  ``tutorclient.ui``. The entry points ``tutorclient.cli`` and
  ``tutorclient.__main__`` are exempt: they are the composition root that
  opens the window (``tutorclient app``, ``demo``, ``--self-test``), above
  both the core and the UI.
* The server (``sync.server``) never imports the client. "The client" is the
  app, ``tutorclient``, and the client half of ``sync``: ``sync.engine`` (the
  sync pass), ``sync.transport`` (the client's ``requests`` session) and
  ``sync.transfer`` (resumable downloads and tus uploads). What both sides
  share stays allowed: ``sync.protocol``, ``sync.errors``, ``sync.bundle``,
  ``sync.authoring``, ``sync.catalog``, ``sync.demo_data``.
* Neither the core nor ``sync`` loads Qt (``PySide6``/``shiboken6``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_graph import Rule, module_files, runtime_violations, scan, static_violations

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("sync", "tutorclient")
ENTRY_POINTS = ("tutorclient.cli", "tutorclient.__main__")
CLIENT = ("tutorclient", "sync.engine", "sync.transport", "sync.transfer")

RULES = [
    Rule("sync never imports tutorclient", ("sync",), ("tutorclient",)),
    Rule("the core never imports tutorclient.ui", ("tutorclient",), ("tutorclient.ui",),
         exempt=("tutorclient.ui",) + ENTRY_POINTS),
    Rule("the server never imports the client", ("sync.server",), CLIENT),
    Rule("the core and sync never load Qt", PACKAGES, ("PySide6", "shiboken6"),
         exempt=("tutorclient.ui",)),
]
IDS = [rule.name for rule in RULES]

# One stray import per rule, dropped into a copy-shaped synthetic tree.
STRAYS = {
    RULES[0].name: ("sync/engine.py", "def later():\n    from tutorclient.store import db\n"),
    RULES[1].name: ("tutorclient/cases.py", "from . import ui\n"),
    RULES[2].name: ("sync/server/pull.py",
                    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                    "    from ..engine import PendingOp\n"),
    RULES[3].name: ("sync/protocol.py", "import PySide6.QtCore\n"),
}
SYNTHETIC = [
    "sync/__init__.py", "sync/protocol.py", "sync/engine.py", "sync/server/__init__.py",
    "sync/server/pull.py", "tutorclient/__init__.py", "tutorclient/cases.py",
    "tutorclient/cli.py", "tutorclient/ui/__init__.py", "tutorclient/ui/app.py",
]


def _synthetic_tree(root: Path, stray: tuple[str, str] | None = None) -> Path:
    """A tree shaped like ours whose modules import only what their layer may."""
    for name in SYNTHETIC:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("")
    (root / "tutorclient/cases.py").write_text("from sync import protocol\n")
    (root / "tutorclient/ui/app.py").write_text("from tutorclient import cases\n")
    (root / "tutorclient/cli.py").write_text("def app():\n    from .ui import app\n")
    (root / "sync/server/pull.py").write_text("from sync.protocol import *\n")
    if stray is not None:
        path, text = stray
        with open(root / path, "a", encoding="utf-8") as f:
            f.write(text)
    return root


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_static_check_passes_a_clean_tree_and_catches_a_stray_import(rule: Rule,
                                                                    tmp_path: Path) -> None:
    clean = _synthetic_tree(tmp_path / "clean")
    assert static_violations(rule, scan(clean, PACKAGES)) == []
    dirty = _synthetic_tree(tmp_path / "dirty", STRAYS[rule.name])
    found = static_violations(rule, scan(dirty, PACKAGES))
    assert len(found) >= 1, f"{rule.name}: the stray import went unnoticed"
    assert found[0].startswith(STRAYS[rule.name][0].removesuffix(".py").replace("/", "."))


def test_runtime_check_catches_a_stray_import(tmp_path: Path) -> None:
    """Only top-level imports load at run time; PySide6 itself is not needed to see one."""
    rule = Rule("sync never imports tutorclient", ("sync",), ("tutorclient",))
    clean = _synthetic_tree(tmp_path / "clean")
    assert runtime_violations(rule, module_files(clean, PACKAGES), clean) == []
    dirty = _synthetic_tree(tmp_path / "dirty", ("sync/protocol.py", "import tutorclient.cases\n"))
    assert runtime_violations(rule, module_files(dirty, PACKAGES), dirty) == [
        "tutorclient", "tutorclient.cases"]


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_no_module_imports_across_a_layer(rule: Rule) -> None:
    modules = module_files(ROOT, PACKAGES)
    assert "tutorclient.store.db" in modules and "sync.server.pull" in modules
    assert static_violations(rule, scan(ROOT, PACKAGES)) == []


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_importing_a_layer_loads_nothing_above_it(rule: Rule) -> None:
    loaded = runtime_violations(rule, module_files(ROOT, PACKAGES), ROOT)
    assert loaded == [], f"{rule.name}: importing its modules loaded {loaded}"
