"""The course model: dataclasses, stable IDs and the fixed tables every stage shares."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import os

from sync.errors import BadDataError, CourseFormatError


#: Namespace of every content ID. Never change it: all course IDs would change.
NAMESPACE = uuid.UUID("2c00bd60-7960-56f0-95ca-86131ba817ed")
MAX_ASSET_BYTES = 50 * 1024 * 1024
MAX_LESSON_BYTES = 1024 * 1024
#: Demo content shipped in the repository (<repo>/resources/demo).
DEMO_ROOT: Path = Path(__file__).resolve().parents[2] / "resources" / "demo"

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
class Problem:
    """One thing an author should fix: an error refuses the course, a warning does not."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"


class CourseProblems(CourseFormatError):
    """Every error found in a course, in one exception; ``path``/``line``/``message`` are the first."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(first.path, first.line, first.message)
        self.problems = problems
        if len(problems) > 1:
            more = "\n".join(str(p) for p in problems[1:])
            self.args = (f"{self.args[0]}\n{more}",)
            self.user_message = self.args[0]

    def __reduce__(self):  # picklable, like CourseFormatError
        return (type(self), (self.problems,))


def problem_from(exc: CourseFormatError, severity: str = "error") -> Problem:
    return Problem(os.fspath(exc.path), exc.line, exc.message, severity)


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
    warnings: list[Problem] = field(default_factory=list)  # imported, but not shown as written

    def iter_lessons(self) -> Iterator[tuple[Module, Lesson]]:
        """Yield ``(module, lesson)`` pairs in reading order."""
        for module in self.modules:
            for lesson in module.lessons:
                yield module, lesson

    def asset_id(self, path: str) -> str:
        """Stable ID for the attachment record of the asset at ``path``."""
        return stable_id(self.slug, "asset:" + path)


