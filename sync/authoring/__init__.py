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


from pathlib import Path

from sync.authoring.links import rewrite_links
from sync.authoring.model import (
    DEMO_ROOT,
    MAX_ASSET_BYTES,
    MAX_LESSON_BYTES,
    NAMESPACE,
    Asset,
    Course,
    Lesson,
    CourseProblems,
    Module,
    Problem,
    Quiz,
    QuizQuestion,
    stable_id,
)
from sync.authoring.parse import load_course
from sync.authoring.source import _Doc, _Folder, _Table  # noqa: F401 - used by sync.demo_data


__all__ = [
    "DEMO_ROOT",
    "MAX_ASSET_BYTES",
    "MAX_LESSON_BYTES",
    "NAMESPACE",
    "Asset",
    "Course",
    "CourseProblems",
    "Problem",
    "Lesson",
    "Module",
    "Quiz",
    "QuizQuestion",
    "demo_course_paths",
    "load_course",
    "rewrite_links",
    "stable_id",
]


def demo_course_paths() -> list[Path]:
    """Folders of the demo courses under ``DEMO_ROOT/courses``, in name order."""
    return sorted(p.parent for p in (DEMO_ROOT / "courses").glob("*/course.toml"))



def main(argv: list[str] | None = None) -> int:
    """``python -m sync.authoring [--check] FOLDER...`` (see :mod:`sync.authoring.cli`)."""
    from sync.authoring.cli import main as cli_main

    return cli_main(argv)
