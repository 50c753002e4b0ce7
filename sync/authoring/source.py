"""Parse stage, basics: safe file access in a course folder and line-numbered TOML."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from sync.authoring.model import _PREFIX, _SLUG, MAX_LESSON_BYTES
from sync.errors import CourseFormatError

# ------------------------------------------------------------------ reading the folder


def _toml_error_line(message: str, first_line: int, text: str) -> tuple[int, str]:
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if m:
        return first_line + int(m.group(1)) - 1, f"{message[:m.start()]} (column {m.group(2)})"
    m = re.search(r"\s*\(at end of document\)$", message)
    end_line = first_line + max(text.count("\n"), 0)
    return end_line, message[: m.start()] if m else message


class _Doc:
    """A parsed TOML text plus enough of its source to say which line a key is on."""

    def __init__(self, folder: _Folder, rel: str, text: str, first_line: int = 1) -> None:
        self.folder, self.rel, self.text, self.first_line = folder, rel, text, first_line
        self.lines = text.split("\n")
        try:
            self.data: dict[str, Any] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line, msg = _toml_error_line(str(exc), first_line, text)
            hint = ""
            if msg.startswith("Invalid value"):
                hint = '; if this is text, put it in double quotes, for example title = "Airway"'
            raise folder.error(rel, line, f"this is not valid TOML: {msg}{hint}") from exc

    def table_lines(self, name: str) -> list[int]:
        """0-based line indexes of each ``[[name]]`` header, in order."""
        pattern = re.compile(r"^\s*\[\[\s*" + re.escape(name) + r"\s*\]\]")
        return [i for i, line in enumerate(self.lines) if pattern.match(line)]

    def line(self, key: str | None = None, block: tuple[int, int] | None = None) -> int:
        """File line of ``key`` (within the 0-based line range ``block``), else the block start."""
        lo, hi = block or (0, len(self.lines))
        if key is not None:
            pattern = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
            for i in range(lo, min(hi, len(self.lines))):
                if pattern.match(self.lines[i]):
                    return self.first_line + i
        return self.first_line + lo

    def block(self, table: str, index: int) -> tuple[int, int]:
        starts = self.table_lines(table)
        if index >= len(starts):  # inline array of tables: fall back to the whole file
            return 0, len(self.lines)
        end = starts[index + 1] if index + 1 < len(starts) else len(self.lines)
        return starts[index], end


class _Table:
    """Typed access to one TOML table, raising CourseFormatError at the right line."""

    def __init__(self, doc: _Doc, data: Any, allowed: set[str], block: tuple[int, int] | None = None,
                 what: str = "") -> None:
        self.doc, self.block, self.what = doc, block, what
        if not isinstance(data, dict):
            raise self.fail(None, f"{what or 'this entry'} must be a table of key = value lines")
        self.data = data
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else f"; allowed keys: {', '.join(sorted(allowed))}"
                raise self.fail(key, f"unknown key '{key}'{self._in()}{hint}")

    def _in(self) -> str:
        return f" in {self.what}" if self.what else ""

    def fail(self, key: str | None, message: str) -> CourseFormatError:
        return self.doc.folder.error(self.doc.rel, self.doc.line(key, self.block), message)

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(None, f'missing required key {key}{self._in()}, for example {key} = "..."')
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(key, f'{key} must be non-empty text in double quotes')
        return value.strip()

    def slug(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.text(key, required=required, default=default)
        if value and not _SLUG.match(value):
            raise self.fail(key, f"{key} '{value}' must use only lowercase a-z, 0-9 and single hyphens, "
                                 "for example primary-survey")
        return value

    def integer(self, key: str, *, low: int, high: int) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(key, f"{key} must be a whole number from {low} to {high}")
        return value

    def texts(self, key: str, *, required: bool = False) -> list[str]:
        value = self.data.get(key)
        if value is None or value == []:
            if not required:
                return []
        if (not isinstance(value, list) or not value
                or not all(isinstance(v, str) and v.strip() for v in value)):
            raise self.fail(key if value is not None else None,
                            f'{key} must be a list of text, for example {key} = ["first", "second"]')
        return [v.strip() for v in value]

    def tables(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, f"{key} must be written as [[{key}]] sections")
        return value


def _natural_key(name: str) -> tuple[int, str]:
    m = _PREFIX.match(name)
    return (int(m.group(1)) if m else 1 << 30, name)


def _slug_from_name(name: str) -> str:
    return _PREFIX.sub("", name).lower()


def _ignored(name: str) -> bool:
    return name.startswith((".", "_"))


class _Folder:
    """Safe file access inside one course folder."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.given = Path(path)
        self.root = self.given.resolve()

    def error(self, rel: str, line: int | None, message: str) -> CourseFormatError:
        return CourseFormatError(self.given / rel if rel else self.given, line, message)

    def locate(self, rel: str, *, cited_in: str, line: int | None, what: str = "file") -> Path:
        """Absolute path of ``rel`` after checking it stays inside the course and exists
        with exactly this spelling (a server on Linux is case-sensitive even if Windows is not)."""
        path = self.root / rel
        real = path.resolve()
        if not real.is_relative_to(self.root):
            raise self.error(cited_in, line, f"{rel} points outside the course folder "
                                             "(a shortcut/symlink to another place is not allowed)")
        current = self.root
        for part in rel.split("/"):
            try:
                names = os.listdir(current)
            except OSError:
                names = []
            if part not in names:
                near = [n for n in names if n.lower() == part.lower()]
                hint = f" (found '{near[0]}': names must match exactly, including capitals)" if near else ""
                raise self.error(cited_in, line, f"{what} not found: {rel}{hint}")
            current = current / part
        return real

    def read_text(self, rel: str, *, cited_in: str = "", line: int | None = None,
                  limit: int = MAX_LESSON_BYTES) -> str:
        path = self.locate(rel, cited_in=cited_in or rel, line=line)
        if not path.is_file():
            raise self.error(cited_in or rel, line, f"{rel} is not a file")
        size = path.stat().st_size
        if size > limit:
            raise self.error(rel, None, f"file is {size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB. "
                                        "Split it into smaller lessons or move pictures into image files")
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad_line = data[: exc.start].count(b"\n") + 1
            raise self.error(rel, bad_line, "file is not saved as UTF-8 text; "
                                            "save it again choosing the UTF-8 encoding") from exc
        return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")

