"""Parse stage: course.toml, module folders, lessons with front matter, quizzes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sync.authoring.check import _BodyChecks
import re

from sync.authoring.links import _WIKI
from sync.authoring.model import (
    _LANGUAGE,
    _SLUG,
    MAX_LESSON_BYTES,
    Asset,
    Course,
    CourseProblems,
    Lesson,
    Module,
    Problem,
    Quiz,
    QuizQuestion,
    problem_from,
    stable_id,
)
from sync.authoring.source import _Doc, _Folder, _ignored, _natural_key, _slug_from_name, _Table
from sync.errors import CourseFormatError

# ---------------------------------------------------------------------------- loader


_COURSE_KEYS = {"slug", "title", "summary", "language", "partnerships", "position", "module"}
_MODULE_KEYS = {"folder", "slug", "title", "lessons"}
_MODULE_FILE_KEYS = {"slug", "title", "lessons"}
_LESSON_KEYS = {"title", "slug", "minutes"}
_QUIZ_KEYS = {"title", "question"}
_QUESTION_KEYS = {"id", "prompt", "options", "correct", "answer", "explanation"}



class _CourseLoader(_BodyChecks):
    """Reads a course folder, collecting every problem; raises :class:`CourseProblems` at the end."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.folder = _Folder(path)
        self.assets: dict[str, Asset] = {}
        self.problems: list[Problem] = []
        self.wiki_lessons: list[tuple[str, str]] = []
        self._by_name: dict[str, str] | None = None

    def record(self, exc: CourseFormatError) -> None:
        """Note an error and carry on, so the author sees every problem in one run."""
        self.problems.extend(getattr(exc, "problems", None) or [problem_from(exc)])

    def warn(self, rel: str, line: int | None, message: str) -> None:
        self.problems.append(problem_from(self.error(rel, line, message), "warning"))

    def error(self, rel: str, line: int | None, message: str) -> CourseFormatError:
        return self.folder.error(rel, line, message)

    def load(self) -> Course:
        try:
            course = self.load_all()
        except CourseFormatError as exc:  # nothing more can be read (course.toml itself is broken)
            self.record(exc)
            course = None
        errors = [p for p in self.problems if p.severity == "error"]
        if errors or course is None:  # errors first: path/line/message name the first one
            raise CourseProblems(errors + [p for p in self.problems if p.severity == "warning"])
        course.warnings = [p for p in self.problems if p.severity == "warning"]
        return course

    def load_all(self) -> Course:
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
            if isinstance(entry, dict) and isinstance(entry.get("folder"), str):
                listed.add(entry["folder"])
            try:
                module = self.load_module(doc, slug, index, entry)
                block = doc.block("module", index)
                if module.slug in seen:
                    raise self.error("course.toml", doc.line("slug", block),
                                     f"duplicate module slug '{module.slug}' (also used by {seen[module.slug]})")
            except CourseFormatError as exc:
                self.record(exc)
                continue
            seen[module.slug] = entry["folder"]
            modules.append(module)
        self.collect(self.check_unlisted_modules, listed)
        self.link_lessons(modules)
        return Course(
            id=stable_id(slug), slug=slug, title=title, summary=summary, language=language,
            partnerships=partnerships, modules=modules,
            assets=dict(sorted(self.assets.items())),
            root=self.folder.root, position=position,
        )

    def collect(self, check: Any, *args: Any) -> Any:
        try:
            return check(*args)
        except CourseFormatError as exc:
            self.record(exc)
            return None

    def link_lessons(self, modules: list[Module]) -> None:
        """Point ``[[Other lesson]]`` wiki-links at the lesson they name (``lesson:<id>``)."""
        by_source = {lesson.source: lesson.id for module in modules for lesson in module.lessons}
        for module in modules:
            for lesson in module.lessons:
                base = lesson.source.rsplit("/", 1)[0]

                def to_lesson(m: re.Match[str]) -> str:
                    found = self.find_in_course(m.group("target").strip(), base)
                    lesson_id = by_source.get(found or "")
                    if lesson_id is None or m.group("bang"):
                        return m.group(0)
                    return f"[[lesson:{lesson_id}{m.group('rest')}]]"

                if "[[" in lesson.body_md:
                    lesson.body_md = _WIKI.sub(to_lesson, lesson.body_md)

    # Content that exists but is not listed would silently never reach trainees: refuse it.
    def check_unlisted_modules(self, listed: set[str]) -> None:
        for child in sorted(self.folder.root.iterdir()):
            if not _ignored(child.name) and child.name not in listed and child.is_dir() \
                    and any(child.glob("*.md")):
                self.record(self.error("course.toml", None, f"folder {child.name}/ has lessons but is not listed; "
                                                            f'add a [[module]] with folder = "{child.name}", or '
                                                            f"rename the folder to _{child.name} to keep it as a draft"))

    def check_unlisted_lessons(self, path: Path, listed: set[str], rel: str, line: int) -> None:
        for child in sorted(path.glob("*.md")):
            if not _ignored(child.name) and child.name not in listed:
                self.record(self.error(rel, line, f"lesson {child.name} is not in the lessons list; add it, "
                                                  f"or rename it to _{child.name} to keep it as a draft"))

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
            lesson = self.collect(self.load_lesson, course_slug, slug, folder_name, name, position)
            if lesson is None:
                continue
            if lesson.slug in seen:
                self.record(self.error(lesson.source, 1, f"duplicate lesson slug '{lesson.slug}' in this module "
                                                   f"(also used by {seen[lesson.slug]}); set a different "
                                                   'slug = "..." in the front matter'))
                continue
            seen[lesson.slug] = lesson.source
            lessons.append(lesson)
        self.collect(self.check_orphan_quizzes, path, folder_name, {n[:-3] for n in lesson_files})
        return Module(id=stable_id(course_slug, slug), slug=slug, title=title, position=index, lessons=lessons)

    def lesson_files(self, path: Path, folder_name: str, order: _Table) -> list[str]:
        if "lessons" in order.data:
            names = order.texts("lessons", required=True)
            for name in names:
                if not name.endswith(".md") or "/" in name or "\\" in name:
                    raise order.fail("lessons", f"'{name}' must be a lesson file name in {folder_name}/, "
                                                "like 01-airway.md")
                line = order.doc.line("lessons", order.block)
                if self.collect(lambda rel, line=line: self.folder.locate(
                        rel, cited_in=order.doc.rel, line=line, what="lesson file"), f"{folder_name}/{name}") is None:
                    names = [n for n in names if n != name]  # reported; read the others
            self.collect(self.check_unlisted_lessons, path, set(names), order.doc.rel,
                         order.doc.line("lessons", order.block))
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
            quiz = self.collect(self.load_quiz, quiz_rel, (course_slug, module_slug, slug), title)
        return Lesson(id=lesson_id, slug=slug, title=title, body_md=body, position=position,
                      minutes=minutes, quiz=quiz, assets=assets, source=rel)


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


def load_course(path: str | os.PathLike[str]) -> Course:
    """Parse, check and build the course folder at ``path``.

    Every problem is found in one run. If any is an error, raises
    :class:`CourseProblems` (a :class:`CourseFormatError` whose ``path``/``line``/
    ``message`` are the first error and ``problems`` lists them all, warnings
    included); nothing is partially returned. Otherwise the course is returned with
    ``warnings``: what imports but will not display as written. Assets are hashed
    but not kept in memory; use :meth:`Asset.read_bytes`. Pictures are delivered
    as the server chooses at import (:func:`sync.images.deliver_assets`).
    """
    return _CourseLoader(path).load()
