"""The Qt layer stays thin: no SQL, no file writes and no network client under ``tutorclient/ui``.

Views reach the store through core functions run in operations (``QueryOp`` /
``WriteOp``); files are written by core helpers (``tutorclient.paths``,
``diagnostics``, ``demo``...). The check reads the source with :mod:`ast`, so a
module is caught even if it is never imported in a test run.

Allowed on purpose: ``QImage.save``/``QPixmap.save`` (the screenshot tools save
the PNGs they grabbed: Qt's own image I/O, and ``.save`` is also QPainter's
state call, so it cannot be told apart by name), and reads (``open(path)``,
``Path.read_bytes``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "tutorclient" / "ui"

SQL_CALLS = {"execute", "executemany", "executescript"}
BANNED_MODULES = {"sqlite3", "requests"}
# Methods that only write to disk, on pathlib.Path and alike.
WRITE_METHODS = {"write_text", "write_bytes", "mkdir", "unlink", "rmdir", "touch",
                 "symlink_to", "hardlink_to"}
MODULE_WRITES = {
    "os": {"replace", "rename", "renames", "remove", "unlink", "rmdir", "removedirs", "mkdir",
           "makedirs", "truncate", "link", "symlink", "open"},
    "shutil": {"rmtree", "move", "copy", "copy2", "copyfile", "copytree", "copymode",
               "copystat", "make_archive", "unpack_archive", "chown"},
    "tempfile": {"mkdtemp", "mkstemp", "TemporaryDirectory", "NamedTemporaryFile",
                 "TemporaryFile", "SpooledTemporaryFile"},
}
WRITE_MODE = set("wax+")


def _mode(call: ast.Call, position: int) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == "mode":
            return kw.value
    return call.args[position] if len(call.args) > position else None


def _writes(mode: ast.expr | None) -> bool:
    if mode is None:
        return False  # open(path) reads
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return bool(WRITE_MODE & set(mode.value))
    return True  # a mode worked out at run time may write: say so where it is decided


def problems(source: str, filename: str = "<source>") -> list[str]:
    """What in ``source`` a module under tutorclient/ui must not do, one line each."""
    found: list[str] = []

    def say(node: ast.AST, what: str) -> None:
        found.append(f"{filename}:{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in BANNED_MODULES:
                    say(node, f"imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            top = node.module.split(".")[0]
            if top in BANNED_MODULES:
                say(node, f"imports from {node.module}")
            for alias in node.names:
                if alias.name in MODULE_WRITES.get(top, ()):
                    say(node, f"imports {node.module}.{alias.name}, which writes files")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "open" and _writes(_mode(node, 1)):
                say(node, "opens a file for writing")
            elif isinstance(func, ast.Attribute):
                owner = func.value.id if isinstance(func.value, ast.Name) else None
                if func.attr in SQL_CALLS:
                    say(node, f"calls .{func.attr}() (SQL belongs in a core module)")
                elif func.attr in WRITE_METHODS:
                    say(node, f"calls .{func.attr}(), which writes to disk")
                elif owner in MODULE_WRITES and func.attr in MODULE_WRITES[owner]:
                    say(node, f"calls {owner}.{func.attr}(), which writes files")
                elif func.attr == "open" and owner not in MODULE_WRITES and _writes(_mode(node, 0)) \
                        and node.args and isinstance(node.args[0], ast.Constant):
                    say(node, "opens a file for writing")  # Path.open("w")
    return found


def _ui_modules() -> list[Path]:
    modules = sorted(UI.rglob("*.py"))
    assert UI / "views" / "review.py" in modules and UI / "selftest.py" in modules
    return modules


def test_no_module_under_ui_runs_sql_writes_files_or_imports_sqlite3_or_requests() -> None:
    found = [line for path in _ui_modules()
             for line in problems(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))]
    assert not found, "The UI layer must stay thin:\n" + "\n".join(found)


@pytest.mark.parametrize(("source", "what"), [
    ("store.db.execute('SELECT 1')", "calls .execute()"),
    ("conn.executemany('INSERT INTO t VALUES (?)', rows)", "calls .executemany()"),
    ("import sqlite3", "imports sqlite3"),
    ("from requests import get", "imports from requests"),
    ("import requests.adapters", "imports requests.adapters"),
    ("open(path, 'w')", "opens a file for writing"),
    ("open(path, mode='ab')", "opens a file for writing"),
    ("Path(p).open('r+')", "opens a file for writing"),
    ("Path(p).write_text('x')", "calls .write_text()"),
    ("os.replace(a, b)", "calls os.replace()"),
    ("shutil.rmtree(d)", "calls shutil.rmtree()"),
    ("from tempfile import mkdtemp", "imports tempfile.mkdtemp"),
])
def test_each_kind_of_stray_io_is_caught(source: str, what: str) -> None:
    found = problems(source)
    assert len(found) == 1 and what in found[0], found


@pytest.mark.parametrize("source", [
    "open(path)", "open(path, 'rb')", "Path(p).read_bytes()", "dialog.open()",
    "buffer.open(QIODevice.OpenModeFlag.ReadOnly)", "pixmap.save(str(path))", "painter.save()",
    "ctx.query(self, work, done)", "text.replace('a', 'b')",
])
def test_reads_and_qt_calls_pass(source: str) -> None:
    assert problems(source) == []
