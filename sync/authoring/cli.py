"""``python -m sync.authoring``: check course folders the way the server import will."""

from __future__ import annotations

import sys

from sync.authoring import load_course
from sync.errors import CourseFormatError


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
