"""Who imports whom, read from the source with ``ast`` (no module is executed).

The layering and cycle tests ask this module, and test it on small synthetic
trees first, so each rule is shown to fail on a violation before it is trusted
on the real tree. Every import statement counts: at module level, under
``if TYPE_CHECKING:``, and inside functions. A lazy import is still a
dependency; it only hides it from the interpreter's import order.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Import:
    """One imported name: ``target`` is ``a.b`` for ``import a.b`` and for
    ``from a.b import c``, and ``a.b.c`` is also listed when ``c`` is a module."""

    source: str
    target: str
    line: int


def module_files(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` file of ``packages`` under ``root``."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _absolute(module: str, is_package: bool, level: int, name: str | None) -> str:
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def imports_in(module: str, path: Path, known: set[str] | None = None) -> list[Import]:
    """Every import in ``path`` (the file of ``module``), relative ones made absolute.

    With ``known`` (the modules of the tree), ``from pkg import name`` also
    yields ``pkg.name`` when that is a module, so ``from tutorclient import ui``
    counts as importing ``tutorclient.ui``.
    """
    tree = ast.parse(path.read_text("utf-8"), str(path))
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node.level, node.module)
            found.append(Import(module, base, node.lineno))
            for alias in node.names:
                sub = f"{base}.{alias.name}" if base else alias.name
                if known is None or sub in known:
                    found.append(Import(module, sub, node.lineno))
    return found


def scan(root: Path, packages: Iterable[str]) -> list[Import]:
    """All imports of all modules of ``packages`` under ``root``."""
    files = module_files(root, packages)
    known = set(files)
    return [imp for name, path in files.items() for imp in imports_in(name, path, known)]


def within(name: str, prefixes: Iterable[str]) -> bool:
    """Whether ``name`` is one of ``prefixes`` or a submodule of one."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@dataclass(frozen=True)
class Rule:
    """Modules under ``sources`` (less ``exempt``) must not import anything under ``forbidden``."""

    name: str
    sources: tuple[str, ...]
    forbidden: tuple[str, ...]
    exempt: tuple[str, ...] = ()

    def applies_to(self, module: str) -> bool:
        return within(module, self.sources) and not within(module, self.exempt)


def static_violations(rule: Rule, imports: Iterable[Import]) -> list[str]:
    """``"source:line imports target"`` for every import that breaks ``rule``."""
    return sorted({f"{i.source}:{i.line} imports {i.target}" for i in imports
                   if rule.applies_to(i.source) and within(i.target, rule.forbidden)})


def loaded_after_importing(modules: Iterable[str], root: Path) -> set[str]:
    """The ``sys.modules`` of a fresh interpreter (run in ``root``) after importing ``modules``."""
    code = (
        "import importlib, sys\n"
        f"for name in {sorted(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=180,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return set(result.stdout.split())


def runtime_violations(rule: Rule, modules: Iterable[str], root: Path) -> list[str]:
    """The forbidden modules that importing the rule's sources loads, in a fresh interpreter."""
    sources = [m for m in modules if rule.applies_to(m) and not m.endswith("__main__")]
    return sorted(m for m in loaded_after_importing(sources, root) if within(m, rule.forbidden))


def module_graph(imports: Iterable[Import], modules: set[str]) -> dict[str, set[str]]:
    """Edges between the tree's own modules: ``a -> b`` when ``a`` imports ``b``.

    ``from pkg import mod`` is an edge to ``pkg.mod`` only, not to ``pkg``:
    the package's ``__init__`` runs first, but it is not what was asked for,
    and counting it would report every package that imports its submodules.
    """
    graph: dict[str, set[str]] = {m: set() for m in modules}
    by_stmt: dict[tuple[str, int], list[str]] = {}
    for imp in imports:
        if imp.target in modules:
            by_stmt.setdefault((imp.source, imp.line), []).append(imp.target)
    for (source, _), targets in by_stmt.items():
        deepest = {t for t in targets if not any(o.startswith(t + ".") for o in targets)}
        graph[source] |= deepest - {source}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)
