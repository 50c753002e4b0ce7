"""Course authoring format: parse a course folder into plain dataclasses.

A course is a folder a clinician edits with any text editor (format described in
docs/authoring.md)::

    course.toml                 slug, title, summary, language, partnerships, [[module]] list
    01-primary-survey/          one folder per module, in the order of course.toml
      01-airway.md              +++ TOML front matter +++, then Markdown
      01-airway.quiz.toml       optional quiz: [[question]] prompt, options, answer/correct
      images/airway.png         images and PDFs beside the lessons

The server imports these folders, so the loader treats them as untrusted input:
every file it opens or links to must stay inside the course folder (no ``..``, no
absolute paths, no symlink pointing outside), remote images are refused, and
sizes are capped. Any problem raises :class:`CourseFormatError` naming the file
and line, written for the clinician who made the mistake.

IDs are UUIDv5 derived from slugs (:func:`stable_id`), so re-importing an edited
course updates records in place and clients download only what changed.
This module uses the standard library only and never imports Qt.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import posixpath
import re
import sys
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sync.errors import BadDataError, CourseFormatError

__all__ = [
    "DEMO_ROOT",
    "MAX_ASSET_BYTES",
    "MAX_LESSON_BYTES",
    "NAMESPACE",
    "Asset",
    "Course",
    "Lesson",
    "Module",
    "Quiz",
    "QuizQuestion",
    "demo_course_paths",
    "load_course",
    "rewrite_links",
    "stable_id",
]

#: Namespace of every content ID. Never change it: all course IDs would change.
NAMESPACE = uuid.UUID("2c00bd60-7960-56f0-95ca-86131ba817ed")
MAX_ASSET_BYTES = 50 * 1024 * 1024
MAX_LESSON_BYTES = 1024 * 1024
#: Demo content shipped in the repository (<repo>/resources/demo).
DEMO_ROOT: Path = Path(__file__).resolve().parent.parent / "resources" / "demo"

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_PREFIX = re.compile(r"^(\d+)[-_ .]*")
# Extension -> (mime, role, magic bytes or None). A fixed table, because the
# mimetypes module answers differently on Windows, macOS and Linux.
_FILE_TYPES: dict[str, tuple[str, str, tuple[bytes, ...] | None]] = {
    ".png": ("image/png", "image", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", "image", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", "image", (b"\xff\xd8\xff",)),
    ".gif": ("image/gif", "image", (b"GIF87a", b"GIF89a")),
    ".webp": ("image/webp", "image", None),  # RIFF....WEBP, checked separately
    ".pdf": ("application/pdf", "pdf", (b"%PDF-",)),
    ".txt": ("text/plain", "file", None),
    ".csv": ("text/csv", "file", None),
    ".mp3": ("audio/mpeg", "file", None),
    ".m4a": ("audio/mp4", "file", None),
    ".ogg": ("audio/ogg", "file", None),
}


def stable_id(*parts: str) -> str:
    """Return the UUIDv5 of ``"/".join(parts)`` in :data:`NAMESPACE`.

    Course ``(course)``, module ``(course, module)``, lesson ``(course, module,
    lesson)``, quiz ``(course, module, lesson, "quiz")``, question ``(..., "quiz",
    key)``; attachments use :meth:`Course.asset_id`.
    """
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


# --------------------------------------------------------------------------- model


@dataclass
class Asset:
    """A local file (image, PDF, other) referenced by at least one lesson."""

    path: str  # posix path relative to the course folder
    sha256: str
    size: int
    mime: str
    role: str  # "image" | "pdf" | "file"
    abs_path: Path | None = field(default=None, repr=False, compare=False)

    def read_bytes(self) -> bytes:
        """Read the file, checking it still matches ``sha256`` (it may have changed since loading)."""
        if self.abs_path is None:
            raise BadDataError(f"asset {self.path} has no file on disk")
        data = self.abs_path.read_bytes()
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise BadDataError(f"{self.abs_path} changed after the course was loaded; load it again")
        return data


@dataclass
class QuizQuestion:
    """One multiple-choice question; ``correct`` holds 0-based option indices."""

    id: str
    prompt: str
    options: list[str]
    correct: list[int]
    explanation: str


@dataclass
class Quiz:
    """The quiz attached to one lesson."""

    id: str
    title: str
    questions: list[QuizQuestion]


@dataclass
class Lesson:
    """One lesson. ``body_md`` has front matter removed and local links rewritten to
    course-relative paths (the keys of ``Course.assets``), ready for :func:`rewrite_links`."""

    id: str
    slug: str
    title: str
    body_md: str
    position: int  # 0-based within the module
    minutes: int | None
    quiz: Quiz | None
    assets: list[str]  # course-relative paths, in order of first use
    source: str = ""  # course-relative path of the .md file, for messages


@dataclass
class Module:
    """A group of lessons, one folder of the course."""

    id: str
    slug: str
    title: str
    position: int  # 0-based within the course
    lessons: list[Lesson]


@dataclass
class Course:
    """A parsed course folder. ``assets`` holds only files that lessons reference."""

    id: str
    slug: str
    title: str
    summary: str
    language: str
    partnerships: list[str]
    modules: list[Module]
    assets: dict[str, Asset]
    root: Path
    position: int = 0  # order among courses (optional ``position`` in course.toml)

    def iter_lessons(self) -> Iterator[tuple[Module, Lesson]]:
        """Yield ``(module, lesson)`` pairs in reading order."""
        for module in self.modules:
            for lesson in module.lessons:
                yield module, lesson

    def asset_id(self, path: str) -> str:
        """Stable ID for the attachment record of the asset at ``path``."""
        return stable_id(self.slug, "asset:" + path)


# --------------------------------------------------------------------- markdown links


@dataclass
class _Link:
    start: int  # span of the target inside the text
    end: int
    target: str  # as written, without <>
    is_image: bool
    alt: str


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_INLINE = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*)\]"
    r"\([ \t]*(?P<target><[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)"
)
_REF_DEF = re.compile(r"^ {0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*(?P<target><[^<>\n]*>|\S+)", re.MULTILINE)
_REF_IMAGE = re.compile(r"!\[(?P<text>[^\[\]\n]*)\](?:\[(?P<label>[^\[\]\n]*)\])?(?![\[(])")
_HTML_RESOURCE = re.compile(
    r"<\s*(img|iframe|video|audio|object|embed|script|link|source|style|svg|frame)\b", re.IGNORECASE
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _mask_code(text: str) -> str:
    """Blank out fenced code blocks and code spans, keeping offsets, so code is not read as links."""
    out: list[str] = []
    fence = ""
    for line in text.splitlines(keepends=True):
        if fence:
            out.append(_blank(line))
            run = line.strip()
            if run and set(run) == {fence[0]} and len(run) >= len(fence):
                fence = ""
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            out.append(_blank(line))
        else:
            out.append(_CODE_SPAN.sub(lambda s: _blank(s.group(0)), line))
    return "".join(out)


def _label(text: str) -> str:
    return " ".join(text.split()).lower()


def _scan_links(body: str) -> tuple[list[_Link], str]:
    """Find inline links/images and reference definitions; return them and the masked text."""
    masked = _mask_code(body)
    links: list[_Link] = []
    pos = 0
    while m := _INLINE.search(masked, pos):
        if re.search(r"\n[ \t]*\n", m.group("text")):  # link text cannot span paragraphs
            pos = m.start() + 1
            continue
        raw = m.group("target")
        start, end = m.span("target")
        if raw.startswith("<"):
            raw, start, end = raw[1:-1], start + 1, end - 1
        links.append(_Link(start, end, raw, bool(m.group("bang")), m.group("text").strip()))
        pos = m.start("text")  # rescan the link text: [![alt](a.png)](b.pdf)
    image_labels = {
        _label(m.group("label") or m.group("text")) for m in _REF_IMAGE.finditer(masked)
    }
    for m in _REF_DEF.finditer(masked):
        raw = m.group("target")
        start, end = m.span("target")
        if raw.startswith("<"):
            raw, start, end = raw[1:-1], start + 1, end - 1
        is_image = _label(m.group("label")) in image_labels
        links.append(_Link(start, end, raw, is_image, m.group("label") if is_image else ""))
    links.sort(key=lambda link: link.start)
    return links, masked


def _splice(body: str, links: list[_Link], new_target: Callable[[_Link], str | None]) -> str:
    parts: list[str] = []
    last = 0
    for link in links:
        replacement = new_target(link)
        if replacement is not None:
            parts.append(body[last:link.start])
            parts.append(replacement)
            last = link.end
    parts.append(body[last:])
    return "".join(parts)


def _split_fragment(target: str) -> tuple[str, str]:
    path, sep, fragment = target.partition("#")
    return path, sep + fragment


def rewrite_links(body_md: str, assets: dict[str, Asset], *, base: str = "") -> str:
    """Turn links to local files into ``blob:<sha256>`` links (keeping any ``#fragment``).

    ``body_md`` is a :attr:`Lesson.body_md`, whose local links are already relative
    to the course folder, and ``assets`` is :attr:`Course.assets`. For Markdown
    whose links are relative to a sub-folder, pass that folder as ``base``.
    Links that are not in ``assets`` (web links, ``#anchors``) are left unchanged.
    """
    links, _ = _scan_links(body_md)

    def to_blob(link: _Link) -> str | None:
        path, fragment = _split_fragment(link.target)
        key = unquote(path)
        if base:
            key = posixpath.normpath(posixpath.join(base, key))
        asset = assets.get(key)
        return None if asset is None else f"blob:{asset.sha256}{fragment}"

    return _splice(body_md, links, to_blob)


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


# ---------------------------------------------------------------------------- loader


_COURSE_KEYS = {"slug", "title", "summary", "language", "partnerships", "position", "module"}
_MODULE_KEYS = {"folder", "slug", "title", "lessons"}
_MODULE_FILE_KEYS = {"slug", "title", "lessons"}
_LESSON_KEYS = {"title", "slug", "minutes"}
_QUIZ_KEYS = {"title", "question"}
_QUESTION_KEYS = {"id", "prompt", "options", "correct", "answer", "explanation"}


class _CourseLoader:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.folder = _Folder(path)
        self.assets: dict[str, Asset] = {}

    def error(self, rel: str, line: int | None, message: str) -> CourseFormatError:
        return self.folder.error(rel, line, message)

    def load(self) -> Course:
        if not self.folder.root.is_dir():
            raise self.error("", None, "course folder not found")
        doc = _Doc(self.folder, "course.toml", self.folder.read_text("course.toml", limit=MAX_LESSON_BYTES))
        top = _Table(doc, doc.data, _COURSE_KEYS)
        slug = top.slug("slug", required=True)
        title, summary = top.text("title", required=True), top.text("summary")
        position = top.integer("position", low=0, high=1_000_000) or 0
        language = top.text("language", default="en")
        if not _LANGUAGE.match(language):
            raise top.fail("language", f"language '{language}' should be a code such as en, ar or so")
        partnerships = top.texts("partnerships", required=True)
        for name in partnerships:
            if not _SLUG.match(name):
                raise top.fail("partnerships", f"partnership '{name}' must be lowercase, like somaliland")
        entries = top.tables("module")
        if not entries:
            raise top.fail(None, 'no modules: add a [[module]] section with folder = "01-..." for each module')
        modules: list[Module] = []
        seen: dict[str, str] = {}
        listed: set[str] = set()
        for index, entry in enumerate(entries):
            module = self.load_module(doc, slug, index, entry)
            block = doc.block("module", index)
            if module.slug in seen:
                raise self.error("course.toml", doc.line("slug", block),
                                 f"duplicate module slug '{module.slug}' (also used by {seen[module.slug]})")
            seen[module.slug] = entry["folder"]
            listed.add(entry["folder"])
            modules.append(module)
        self.check_unlisted_modules(listed)
        return Course(
            id=stable_id(slug), slug=slug, title=title, summary=summary, language=language,
            partnerships=partnerships, modules=modules, assets=dict(sorted(self.assets.items())),
            root=self.folder.root, position=position,
        )

    # Content that exists but is not listed would silently never reach trainees: refuse it.
    def check_unlisted_modules(self, listed: set[str]) -> None:
        for child in sorted(self.folder.root.iterdir()):
            if not _ignored(child.name) and child.name not in listed and child.is_dir() \
                    and any(child.glob("*.md")):
                raise self.error("course.toml", None, f"folder {child.name}/ has lessons but is not listed; "
                                                      f'add a [[module]] with folder = "{child.name}", or '
                                                      f"rename the folder to _{child.name} to keep it as a draft")

    def check_unlisted_lessons(self, path: Path, listed: set[str], rel: str, line: int) -> None:
        for child in sorted(path.glob("*.md")):
            if not _ignored(child.name) and child.name not in listed:
                raise self.error(rel, line, f"lesson {child.name} is not in the lessons list; add it, "
                                            f"or rename it to _{child.name} to keep it as a draft")

    def load_module(self, doc: _Doc, course_slug: str, index: int, entry: Any) -> Module:
        block = doc.block("module", index)
        table = _Table(doc, entry, _MODULE_KEYS, block, f"module {index + 1}")
        folder_name = table.text("folder", required=True)
        if "/" in folder_name or "\\" in folder_name or folder_name in (".", ".."):
            raise table.fail("folder", f"folder '{folder_name}' must be the name of a folder directly "
                                       "inside the course folder")
        path = self.folder.locate(folder_name, cited_in="course.toml", line=doc.line("folder", block),
                                  what="module folder")
        if not path.is_dir():
            raise table.fail("folder", f"{folder_name} is not a folder")
        extra: _Table | None = None
        if (path / "module.toml").exists():
            rel = f"{folder_name}/module.toml"
            mdoc = _Doc(self.folder, rel, self.folder.read_text(rel))
            extra = _Table(mdoc, mdoc.data, _MODULE_FILE_KEYS)
            for key in extra.data:
                if key in entry:
                    raise extra.fail(key, f"{key} is set both here and in course.toml; keep only one")
        if extra is not None and "title" in extra.data:
            title = extra.text("title", required=True)
        elif "title" in entry:
            title = table.text("title", required=True)
        else:
            raise table.fail(None, f'module {folder_name} needs a title: add title = "..." here or in '
                                   f"{folder_name}/module.toml")
        slug_source = extra if extra is not None and "slug" in extra.data else table
        slug = slug_source.slug("slug") or _slug_from_name(folder_name)
        if not _SLUG.match(slug):
            raise table.fail("folder", f"cannot make a slug from folder name '{folder_name}'; "
                                       'rename it like 01-primary-survey or add slug = "..."')
        order_source = extra if extra is not None and "lessons" in extra.data else table
        lesson_files = self.lesson_files(path, folder_name, order_source)
        lessons: list[Lesson] = []
        seen: dict[str, str] = {}
        for position, name in enumerate(lesson_files):
            lesson = self.load_lesson(course_slug, slug, folder_name, name, position)
            if lesson.slug in seen:
                raise self.error(lesson.source, 1, f"duplicate lesson slug '{lesson.slug}' in this module "
                                                   f"(also used by {seen[lesson.slug]}); set a different "
                                                   'slug = "..." in the front matter')
            seen[lesson.slug] = lesson.source
            lessons.append(lesson)
        self.check_orphan_quizzes(path, folder_name, {n[:-3] for n in lesson_files})
        return Module(id=stable_id(course_slug, slug), slug=slug, title=title, position=index, lessons=lessons)

    def lesson_files(self, path: Path, folder_name: str, order: _Table) -> list[str]:
        if "lessons" in order.data:
            names = order.texts("lessons", required=True)
            for name in names:
                if not name.endswith(".md") or "/" in name or "\\" in name:
                    raise order.fail("lessons", f"'{name}' must be a lesson file name in {folder_name}/, "
                                                "like 01-airway.md")
                self.folder.locate(f"{folder_name}/{name}", cited_in=order.doc.rel,
                                   line=order.doc.line("lessons", order.block), what="lesson file")
            self.check_unlisted_lessons(path, set(names), order.doc.rel, order.doc.line("lessons", order.block))
            return names
        names = sorted((p.name for p in path.glob("*.md") if not _ignored(p.name)), key=_natural_key)
        if not names:
            raise self.error(f"{folder_name}", None, "module folder has no lessons (.md files)")
        return names

    def check_orphan_quizzes(self, path: Path, folder_name: str, stems: set[str]) -> None:
        for quiz in sorted(path.glob("*.quiz.toml")):
            if not _ignored(quiz.name) and quiz.name[: -len(".quiz.toml")] not in stems:
                raise self.error(f"{folder_name}/{quiz.name}", None,
                                 f"quiz has no lesson: expected {quiz.name[: -len('.quiz.toml')]}.md beside it")

    def load_lesson(self, course_slug: str, module_slug: str, folder_name: str, name: str,
                    position: int) -> Lesson:
        rel = f"{folder_name}/{name}"
        text = self.folder.read_text(rel)
        lines = text.split("\n")
        if lines[0].strip() != "+++":
            hint = " (this looks like YAML; TutorClient uses TOML between +++ lines)" if lines[0].strip() == "---" else ""
            raise self.error(rel, 1, 'lesson must start with front matter: a line +++, then title = "...", '
                                     f"then a line +++{hint}")
        try:
            close = next(i for i in range(1, len(lines)) if lines[i].strip() == "+++")
        except StopIteration:
            raise self.error(rel, 1, "front matter opened with +++ on line 1 is never closed by a line +++") from None
        doc = _Doc(self.folder, rel, "\n".join(lines[1:close]), first_line=2)
        meta = _Table(doc, doc.data, _LESSON_KEYS, what="the front matter")
        title = meta.text("title", required=True)
        slug = meta.slug("slug") or _slug_from_name(name[:-3])
        if not _SLUG.match(slug):
            raise self.error(rel, 1, f"cannot make a slug from file name '{name}'; rename it like "
                                     '01-airway.md or add slug = "..." to the front matter')
        minutes = meta.integer("minutes", low=1, high=600)
        body = "\n".join(lines[close + 1:])
        body, assets = self.check_body(rel, body, body_first_line=close + 2)
        lesson_id = stable_id(course_slug, module_slug, slug)
        quiz = None
        quiz_rel = f"{folder_name}/{name[:-3]}.quiz.toml"
        if (self.folder.root / quiz_rel).exists():
            quiz = self.load_quiz(quiz_rel, (course_slug, module_slug, slug), title)
        return Lesson(id=lesson_id, slug=slug, title=title, body_md=body, position=position,
                      minutes=minutes, quiz=quiz, assets=assets, source=rel)

    def check_body(self, rel: str, body: str, body_first_line: int) -> tuple[str, list[str]]:
        """Validate every link of a lesson; return the body with local links made course-relative."""
        links, masked = _scan_links(body)

        def line_at(offset: int) -> int:
            return body_first_line + body.count("\n", 0, offset)

        if m := _HTML_RESOURCE.search(masked):
            raise self.error(rel, line_at(m.start()), f"HTML <{m.group(1).lower()}> tags are not allowed; "
                                                      "use Markdown: ![description](images/picture.png)")
        for m in _REF_IMAGE.finditer(masked):
            if not m.group("text").strip() and m.group("label") is not None:
                raise self.error(rel, line_at(m.start()), _NO_ALT)
        base = posixpath.dirname(rel)
        resolved: dict[int, str] = {}
        used: list[str] = []
        for link in links:
            path = self.check_link(rel, line_at(link.start), link, base)
            if path is not None:
                resolved[link.start] = quote(path, safe="/") + _split_fragment(link.target)[1]
                if path not in used:
                    used.append(path)
        return _splice(body, links, lambda link: resolved.get(link.start)), used

    def check_link(self, rel: str, line: int, link: _Link, base: str) -> str | None:
        """Return the course-relative path of a local file link, None for web links and anchors."""
        target = link.target.strip()
        kind = "image" if link.is_image else "link"
        if link.is_image and not link.alt:
            raise self.error(rel, line, _NO_ALT)
        if not target:
            raise self.error(rel, line, f"{kind} has an empty target ()")
        if target.startswith("#"):
            return None
        scheme = _SCHEME.match(target)
        if target.startswith("//") or (scheme and scheme.group(1).lower() in ("http", "https")):
            if link.is_image:
                raise self.error(rel, line, f"remote image {target} is not allowed: TutorClient never loads "
                                            "pictures from the internet. Save the picture in the course "
                                            "folder (for example images/) and link to that file")
            return None
        if scheme and scheme.group(1).lower() in ("mailto", "tel") and not link.is_image:
            return None
        if scheme and len(scheme.group(1)) > 1:
            raise self.error(rel, line, f"{kind} {target}: links starting with '{scheme.group(1)}:' are not "
                                        "allowed; use a web address (https://...) or a file in the course")
        path, _ = _split_fragment(target)
        if "?" in path:
            raise self.error(rel, line, f"{kind} {target}: remove the '?...' part from the file name")
        path = unquote(path)
        if "\\" in path or (scheme and len(scheme.group(1)) == 1):
            raise self.error(rel, line, f"{kind} {target}: use / between folder names and a path relative "
                                        "to the lesson, like images/airway.png")
        if path.startswith("/"):
            raise self.error(rel, line, f"{kind} {target} is an absolute path; link to files relative "
                                        "to the lesson, like images/airway.png")
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if ".." in parts:
            raise self.error(rel, line, f"{kind} {target} uses '..': files must be beside the lesson "
                                        "or in a folder below it (path outside the lesson's folder)")
        course_path = posixpath.join(base, *parts) if parts else base
        ext = posixpath.splitext(course_path)[1].lower()
        if ext == ".md":
            raise self.error(rel, line, f"{kind} {target}: links between lessons are not supported yet")
        if ext not in _FILE_TYPES:
            allowed = ", ".join(sorted(_FILE_TYPES))
            raise self.error(rel, line, f"{kind} {target}: file type '{ext or 'none'}' is not allowed "
                                        f"(allowed: {allowed})")
        mime, role, magic = _FILE_TYPES[ext]
        if link.is_image and role != "image":
            raise self.error(rel, line, f"{target} is not a picture; use a normal link [text]({target})")
        abs_path = self.folder.locate(course_path, cited_in=rel, line=line, what=f"{kind} target")
        if not abs_path.is_file():
            raise self.error(rel, line, f"{kind} {target} is not a file")
        if course_path not in self.assets:
            self.assets[course_path] = self.hash_asset(course_path, abs_path, mime, role, magic, rel, line)
        return course_path

    def hash_asset(self, course_path: str, abs_path: Path, mime: str, role: str,
                   magic: tuple[bytes, ...] | None, rel: str, line: int) -> Asset:
        size = abs_path.stat().st_size
        if size > MAX_ASSET_BYTES:
            raise self.error(rel, line, f"{course_path} is {size / 1e6:.0f} MB; files may be at most "
                                        f"{MAX_ASSET_BYTES / 1e6:.0f} MB (trainees download them over slow links)")
        digest = hashlib.sha256()
        with abs_path.open("rb") as fh:
            head = fh.read(16)
            digest.update(head)
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        bad_magic = magic is not None and not head.startswith(magic)
        if mime == "image/webp":
            bad_magic = not (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        if bad_magic:
            raise self.error(rel, line, f"{course_path} is not a real {mime.split('/')[1].upper()} file "
                                        "(it may be damaged or renamed)")
        return Asset(path=course_path, sha256=digest.hexdigest(), size=size, mime=mime, role=role,
                     abs_path=abs_path)

    def load_quiz(self, rel: str, owner: tuple[str, str, str], lesson_title: str) -> Quiz:
        doc = _Doc(self.folder, rel, self.folder.read_text(rel))
        top = _Table(doc, doc.data, _QUIZ_KEYS)
        entries = top.tables("question")
        if not entries:
            raise top.fail(None, "quiz has no questions: add [[question]] sections")
        questions: list[QuizQuestion] = []
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            q = _Table(doc, entry, _QUESTION_KEYS, doc.block("question", index), f"question {index + 1}")
            key = q.slug("id") or f"q{index + 1}"
            if key in seen:
                raise q.fail("id", f"question id '{key}' is used twice in this quiz")
            seen.add(key)
            options = q.texts("options", required=True)
            if len(options) < 2:
                raise q.fail("options", f"question {index + 1} needs at least 2 options")
            questions.append(QuizQuestion(
                id=stable_id(*owner, "quiz", key), prompt=q.text("prompt", required=True),
                options=options, correct=self.correct_answers(q, index + 1, len(options)),
                explanation=q.text("explanation"),
            ))
        return Quiz(id=stable_id(*owner, "quiz"), title=top.text("title", default=f"Quiz: {lesson_title}"),
                    questions=questions)

    @staticmethod
    def correct_answers(q: _Table, number: int, n_options: int) -> list[int]:
        if "correct" in q.data and "answer" in q.data:
            raise q.fail("answer", f"question {number} has both answer and correct; keep only one")
        if "answer" in q.data:
            raw = q.data["answer"]
            letters = [raw] if isinstance(raw, str) else raw
            if not isinstance(letters, list) or not letters or not all(
                    isinstance(x, str) and len(x.strip()) == 1 and x.strip().isalpha() for x in letters):
                raise q.fail("answer", f'question {number}: answer must be a letter like "B" or a list like ["A", "C"]')
            indexes = [ord(x.strip().upper()) - ord("A") for x in letters]
            key, shown = "answer", [x.strip().upper() for x in letters]
            last = chr(ord("A") + n_options - 1)
            for index, letter in zip(indexes, shown):
                if index >= n_options:
                    raise q.fail(key, f"question {number}: answer {letter} is out of range; "
                                      f"the options are A to {last}")
        elif "correct" in q.data:
            indexes = q.data["correct"]
            if isinstance(indexes, int) and not isinstance(indexes, bool):
                indexes = [indexes]
            if not isinstance(indexes, list) or not indexes or not all(
                    isinstance(x, int) and not isinstance(x, bool) for x in indexes):
                raise q.fail("correct", f"question {number} has no correct answer: correct must list option "
                                        "numbers counting from 0, like correct = [0]")
            for index in indexes:
                if not 0 <= index < n_options:
                    raise q.fail("correct", f"question {number}: correct answer {index} is out of range; "
                                            f"the {n_options} options are numbered 0 to {n_options - 1}")
        else:
            raise q.fail(None, f'question {number} has no correct answer: add answer = "A" (a letter) '
                               "or correct = [0] (option numbers from 0)")
        if len(set(indexes)) != len(indexes):
            raise q.fail("answer" if "answer" in q.data else "correct",
                         f"question {number} lists the same correct option twice")
        return sorted(indexes)


_NO_ALT = ("image needs a short description between the [ ], like ![Airway manoeuvre](images/airway.png); "
           "it is read aloud by screen readers and shown until the picture has downloaded")


def load_course(path: str | os.PathLike[str]) -> Course:
    """Parse and validate the course folder at ``path``.

    Raises :class:`CourseFormatError` (``path``, ``line``, ``message``) at the
    first problem found; nothing is partially returned. Assets are hashed but not
    kept in memory; use :meth:`Asset.read_bytes`.
    """
    return _CourseLoader(path).load()


def demo_course_paths() -> list[Path]:
    """Folders of the demo courses under ``DEMO_ROOT/courses``, in name order."""
    return sorted(p.parent for p in (DEMO_ROOT / "courses").glob("*/course.toml"))


def main(argv: list[str] | None = None) -> int:
    """``python -m sync.authoring FOLDER...``: check course folders, as the server import will."""
    folders = sys.argv[1:] if argv is None else argv
    if not folders:
        print("usage: python -m sync.authoring COURSE_FOLDER [COURSE_FOLDER...]", file=sys.stderr)
        return 2
    failed = 0
    for folder in folders:
        try:
            course = load_course(folder)
        except CourseFormatError as exc:
            print(f"ERROR {exc}", file=sys.stderr)
            failed += 1
            continue
        n_lessons = sum(len(m.lessons) for m in course.modules)
        n_quizzes = sum(1 for _, lesson in course.iter_lessons() if lesson.quiz)
        size = sum(a.size for a in course.assets.values())
        print(f"OK {course.slug}: {len(course.modules)} modules, {n_lessons} lessons, {n_quizzes} quizzes, "
              f"{len(course.assets)} files ({size / 1e6:.2f} MB)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
