"""No two modules of ``sync`` or ``tutorclient`` import each other, however indirectly.

Read from the source with ``ast``: every import counts, at module level, under
``TYPE_CHECKING`` or inside a function. A lazy import that closes a circle
keeps the interpreter happy but still ties the two modules into one; the
shared piece belongs in a module below both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_graph import cycles, module_files, module_graph, scan

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("sync", "tutorclient")

def _cycles_in(root: Path) -> list[list[str]]:
    files = module_files(root, PACKAGES)
    return cycles(module_graph(scan(root, PACKAGES), set(files)))


def _tree(root: Path, sources: dict[str, str]) -> Path:
    for name, text in sources.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


BASE = {
    "sync/__init__.py": "",
    "sync/netsim/__init__.py": "from .proxy import NetSim\n",
    "sync/netsim/link.py": "import asyncio\n",
    "sync/netsim/proxy.py": "from .link import Link\n",
    "tutorclient/__init__.py": "",
    "tutorclient/a.py": "from sync.netsim import link\n",
}


PAIR = ["sync.netsim.link", "sync.netsim.proxy"]


@pytest.mark.parametrize(("closing", "expected"), [
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .proxy import NetSim\n", PAIR),
    ("def later():\n    from sync.netsim.proxy import NetSim\n", PAIR),
    ("from sync.netsim import proxy\n", PAIR),
    ("import tutorclient.a\n", ["sync.netsim.link", "tutorclient.a"]),
], ids=["type-checking", "lazy", "from-package", "two-packages"])
def test_a_synthetic_circle_is_found(tmp_path: Path, closing: str, expected: list[str]) -> None:
    assert _cycles_in(_tree(tmp_path / "clean", BASE)) == []
    dirty = _tree(tmp_path / "dirty", {**BASE, "sync/netsim/link.py": closing})
    assert _cycles_in(dirty) == [expected]


def test_importing_through_a_package_is_an_edge_to_the_module_only(tmp_path: Path) -> None:
    """``from sync.netsim import profiles`` runs ``sync/netsim/__init__.py``, which imports
    ``proxy``, which imports ``link``; but ``link`` asked for ``profiles``: no circle."""
    tree = _tree(tmp_path, {**BASE, "sync/netsim/link.py": "from sync.netsim import profiles\n",
                            "sync/netsim/profiles.py": ""})
    assert _cycles_in(tree) == []


def test_no_import_circles() -> None:
    found = _cycles_in(ROOT)
    assert found == []
