"""The documentation keeps up with the code (after sqlite-utils' tests/test_docs.py).

* Every command and option of ``tutorclient`` and ``tutorclient-server`` is in
  README.md or docs/*.md: a command on a line that names its program and its
  words in order (``tutorclient-server user add``; a shell line continued
  with a backslash is one line); an option on such a line,
  or in the same section (between two headings) as one. Hidden options
  (``help=argparse.SUPPRESS``) are for tests and need no words.
* Every call documented in docs/api.md as ``name(params)`` exists, with those
  parameters: the same names in the same order, the same kinds (``*`` marks
  keyword-only ones) and, where the docs show a literal default, that default.
  ``name(...)`` documents a call without its parameters; ``...`` as a default
  means "has a default". The module comes from the section heading
  (``## Study (`tutorclient.study`)``); ``profile.`` and ``store.`` stand for
  instances of ``Profile`` and ``Store``; a dotted module path
  (``sync.engine.Options``) is taken as it is.

The checkers are tested on synthetic input first, so each is shown to fail.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTANCES = {"profile": "tutorclient.session.Profile", "store": "tutorclient.store.Store"}

# -- the CLI ------------------------------------------------------------------------------


def cli_items(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[
        tuple[tuple[str, ...], str | None]]:
    """``(command words, None)`` for each command, ``(command words, option)`` for each option."""
    yield path, None
    for action in parser._actions:  # argparse has no public walk of its tree
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from cli_items(sub, path + (name,))
        elif action.option_strings and action.help != argparse.SUPPRESS:
            if "--help" not in action.option_strings:
                yield path, max(action.option_strings, key=len)


def _tokens(line: str) -> list[str]:
    return [t.strip("`'\",.;:()[]|*") for t in line.split()]


def _names_command(tokens: list[str], words: tuple[str, ...]) -> bool:
    at = 0
    for token in tokens:
        if at < len(words) and token == words[at]:
            at += 1
    return at == len(words) and bool(tokens) and words[0] in tokens


def _sections(text: str) -> list[list[str]]:
    sections: list[list[str]] = [[]]
    for line in text.replace("\\\n", " ").splitlines():  # a shell line continued with \
        if line.startswith("#"):
            sections.append([])
        sections[-1].append(line)
    return sections


def undocumented_cli(items: list[tuple[tuple[str, ...], str | None]], docs: str) -> list[str]:
    """The commands and options of ``items`` that ``docs`` (Markdown) never names."""
    missing = []
    sections = [[_tokens(line) for line in s] for s in _sections(docs)]
    for words, option in items:
        found = False
        for section in sections:
            mentions = [t for t in section if _names_command(t, words)]
            if option is None:
                found = bool(mentions)
            else:
                found = any(option in t for t in mentions) or (
                    bool(mentions) and any(option in t for t in section))
            if found:
                break
        if not found:
            missing.append(" ".join(words) + (f" {option}" if option else ""))
    return missing


def _docs_text() -> str:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(p.read_text("utf-8") for p in paths)


def _parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    from sync.server import cli as server_cli
    from tutorclient import cli

    return [("tutorclient", cli.build_parser()), ("tutorclient-server", server_cli.build_parser())]


# -- docs/api.md ----------------------------------------------------------------------------


def _call_spans(line: str) -> Iterator[tuple[str, str]]:
    """``(name, params)`` for each code span of ``line`` that starts with a call."""
    for span in re.findall(r"`([^`]+)`", line):
        m = re.match(r"([A-Za-z_][\w.]*)\(", span)
        if not m:
            continue
        depth, start = 0, m.end()
        for i in range(m.end() - 1, len(span)):
            depth += {"(": 1, ")": -1}.get(span[i], 0)
            if depth == 0:
                yield m.group(1), span[start:i]
                break


def documented_calls(text: str) -> list[tuple[list[str], str, str]]:
    """``(modules of the section, name, params)`` for every call in an api.md text."""
    modules: list[str] = []
    calls = []
    for line in text.splitlines():
        if line.startswith("#"):
            modules = re.findall(r"`([\w.]+)`", line)
            continue
        calls += [(modules, name, params) for name, params in _call_spans(line)]
    return calls


def _resolve(modules: list[str], name: str) -> Any:
    head, _, rest = name.partition(".")
    if head in INSTANCES:
        mod, _, cls = INSTANCES[head].rpartition(".")
        owner: Any = getattr(importlib.import_module(mod), cls)
        return getattr(owner, rest) if rest else owner
    module, _, attr = name.rpartition(".")
    if "." in module:  # fully qualified: sync.engine.Options
        return getattr(importlib.import_module(module), attr, None)
    for module in modules:
        mod = importlib.import_module(module)
        if rest and module.rpartition(".")[2] == head:
            return getattr(mod, rest, None)
        if not rest and hasattr(mod, name):
            return getattr(mod, name)
    return None


def _literal(node: ast.expr) -> Any:
    return ast.literal_eval(node)


def signature_problems(modules: list[str], name: str, params: str,
                       resolve: Callable[[list[str], str], Any] = _resolve) -> list[str]:
    """Why ``name(params)`` in the docs does not match the code; ``[]`` if it does."""
    where = f"{name}({params})"
    target = resolve(modules, name)
    if target is None:
        return [f"{where}: no such function in {', '.join(modules) or 'any module'}"]
    if params.strip() == "...":
        return []
    try:
        args = ast.parse(f"def _({params}): pass").body[0].args  # type: ignore[attr-defined]
    except SyntaxError:
        return [f"{where}: not a parameter list"]
    real = [p for p in inspect.signature(target).parameters.values() if p.name != "self"]
    documented = args.posonlyargs + args.args + args.kwonlyargs
    if [a.arg for a in documented] != [p.name for p in real]:
        return [f"{where}: the code has ({', '.join(p.name for p in real)})"]
    problems = []
    kwonly = {a.arg for a in args.kwonlyargs}
    defaults = dict(zip([a.arg for a in args.args][len(args.args) - len(args.defaults):],
                        args.defaults))
    defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d})
    for p in real:
        if (p.kind == p.KEYWORD_ONLY) != (p.name in kwonly):
            problems.append(f"{where}: {p.name} is {p.kind.description} in the code")
        doc = defaults.get(p.name)
        if doc is None:
            if p.default is not p.empty:
                problems.append(f"{where}: {p.name} has a default in the code")
            continue
        if p.default is p.empty:
            problems.append(f"{where}: {p.name} has no default in the code")
        elif not (isinstance(doc, ast.Constant) and doc.value is Ellipsis):
            try:
                shown = _literal(doc)
            except ValueError:
                continue  # a name (review.QUEUE_STATUSES): not checked
            if shown != p.default:
                problems.append(f"{where}: {p.name} defaults to {p.default!r} in the code")
    return problems


# -- the checkers on synthetic input ---------------------------------------------------------


def _tiny_parser(extra: bool) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tool")
    p.add_argument("--data")
    p.add_argument("--secret", help=argparse.SUPPRESS)
    user = p.add_subparsers(dest="cmd").add_parser("user").add_subparsers(dest="verb")
    add = user.add_parser("add")
    add.add_argument("name")
    add.add_argument("--role")
    if extra:
        user.add_parser("passwd")
        add.add_argument("--colour")
    return p


TINY_DOCS = """# tool
Run `tool --data DIR user add NAME`.

## Roles
`tool user add amina --role tutor` picks a role.
"""


def test_the_cli_check_finds_an_undocumented_command_and_option() -> None:
    items = list(cli_items(_tiny_parser(extra=False), ("tool",)))
    assert (("tool",), "--secret") not in items
    assert undocumented_cli(items, TINY_DOCS) == []
    items = list(cli_items(_tiny_parser(extra=True), ("tool",)))
    assert undocumented_cli(items, TINY_DOCS) == ["tool user add --colour", "tool user passwd"]
    # An option named only in another command's section does not count.
    assert undocumented_cli(items, TINY_DOCS + "## Colours\n`--colour` and `tool user passwd`\n") \
        == ["tool user add --colour"]


def _sample(a: int, b: str = "x", *, c: tuple[int, ...] = (1, 2), d: int = 0) -> None:
    """A function to check documented signatures against."""


@pytest.mark.parametrize(("params", "problem"), [
    ("a, b='x', *, c=(1, 2), d=...", None),
    ("...", None),
    ("a, b, *, c=(1, 2), d=0", "b has a default in the code"),
    ("a, b='y', *, c=(1, 2), d=0", "b defaults to 'x' in the code"),
    ("a, b='x', c=(1, 2), d=0", "c is keyword-only in the code"),
    ("a, b='x', *, c=(1, 2)", "the code has (a, b, c, d)"),
    ("a, *, b='x', c=(1, 2), d=0", "b is positional or keyword in the code"),
    ("a, store.db", "not a parameter list"),
], ids=["matches", "no-params", "lost-default", "wrong-default", "kind", "missing",
        "kind-2", "expression"])
def test_the_signature_check_finds_each_kind_of_drift(params: str, problem: str | None) -> None:
    found = signature_problems(["m"], "m.sample", params,
                               resolve=lambda mods, name: _sample)
    if problem is None:
        assert found == []
    else:
        assert found[:1] == [f"m.sample({params}): {problem}"]


def test_the_api_parser_reads_sections_and_spans() -> None:
    text = ("## Study (`tutorclient.study`)\n| `study.note(store, x)` / `study.bookmarks(...)` |"
            " returns `Hit(a, b)`; `search(db, kinds=(\"a\", \"b\")) -> [Hit]` |\n")
    assert documented_calls(text) == [
        (["tutorclient.study"], "study.note", "store, x"),
        (["tutorclient.study"], "study.bookmarks", "..."),
        (["tutorclient.study"], "Hit", "a, b"),
        (["tutorclient.study"], "search", 'db, kinds=("a", "b")')]
    assert signature_problems(["tutorclient.study"], "study.no_such", "x") == [
        "study.no_such(x): no such function in tutorclient.study"]


# -- the real tree ---------------------------------------------------------------------------


@pytest.mark.parametrize(("prog", "parser"), _parsers(), ids=["tutorclient", "tutorclient-server"])
def test_every_cli_command_and_option_is_documented(prog: str,
                                                    parser: argparse.ArgumentParser) -> None:
    items = list(cli_items(parser, (prog,)))
    assert len(items) > 10
    assert undocumented_cli(items, _docs_text()) == []


def test_every_call_in_the_api_docs_matches_the_code() -> None:
    calls = documented_calls((ROOT / "docs" / "api.md").read_text("utf-8"))
    assert len(calls) > 50
    problems = [p for modules, name, params in calls
                for p in signature_problems(modules, name, params)]
    assert problems == []
