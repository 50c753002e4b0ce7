"""``python -m sync.authoring [--check] FOLDER...``: check course folders the way the server import will.

Prints every problem as ``file:line: error|warning: message``, errors
decide: a course with an error is refused, warnings say what will not display
as written. This command never imports anything; ``--check`` is accepted so
authors can use the same words as ``tutorclient-server course import --check``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from sync.authoring.model import Course, CourseProblems, problem_from
from sync.authoring.parse import load_course
from sync.errors import CourseFormatError

__all__ = ["main", "report"]


def report(folder: str, out: TextIO | None = None, err: TextIO | None = None) -> Course | None:
    """Load ``folder``, print every problem; return the course, or None if it has errors."""
    out, err = out or sys.stdout, err or sys.stderr  # looked up now: tests redirect them
    try:
        course = load_course(folder)
    except CourseFormatError as exc:
        problems = exc.problems if isinstance(exc, CourseProblems) else [problem_from(exc)]
        for problem in problems:
            print(str(problem), file=err)
        errors = sum(p.severity == "error" for p in problems)
        print(f"REFUSED {folder}: {errors} error(s), {len(problems) - errors} warning(s); "
              "fix the errors and run the check again", file=err)
        return None
    for warning in course.warnings:
        print(str(warning), file=err)
    n_lessons = sum(len(m.lessons) for m in course.modules)
    n_quizzes = sum(1 for _, lesson in course.iter_lessons() if lesson.quiz)
    size = sum(a.size for a in course.assets.values())
    print(f"OK {course.slug}: {len(course.modules)} modules, {n_lessons} lessons, {n_quizzes} quizzes, "
          f"{len(course.assets)} files ({size / 1e6:.2f} MB), {len(course.warnings)} warning(s)", file=out)
    return course


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sync.authoring",
                                     description="Check course folders; report every problem at once.")
    parser.add_argument("--check", action="store_true", help="report problems only (this command never imports)")
    parser.add_argument("folders", nargs="+", metavar="COURSE_FOLDER")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    failed = sum(report(folder) is None for folder in args.folders)
    return 1 if failed else 0
