"""The core and the sync package never load Qt: they must run headless and in scripts."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import sync
import tutorclient

ROOT = Path(__file__).resolve().parents[1]


def _modules(package, skip: tuple[str, ...] = ()) -> list[str]:
    names = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
        if info.name.startswith(skip) or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_core_and_sync_import_no_pyside6() -> None:
    modules = _modules(tutorclient, skip=("tutorclient.ui",)) + _modules(sync)
    assert "tutorclient.store.db" in modules and "sync.errors" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
