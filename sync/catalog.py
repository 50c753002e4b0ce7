"""Turn a parsed course (``sync.authoring.Course``) into synced records.

The server imports courses through this, and so does anything else that needs
course content as records (the demo, tests, benchmarks). The records have the
shape of ``docs/data-model.md``, without ``version``: the server assigns that.
Lesson Markdown links to local files become ``blob:<sha256>`` links.
"""

from __future__ import annotations

from typing import Any

from sync.authoring import Course

Record = dict[str, Any]


def course_records(course: Course) -> list[tuple[str, Record]]:
    """Every record of a course, parents before children, as ``(kind, record)``."""
    out: list[tuple[str, Record]] = [
        (
            "courses",
            {
                "id": course.id,
                "slug": course.slug,
                "title": course.title,
                "summary": course.summary,
                "language": course.language,
                "partnerships": list(course.partnerships),
                "position": course.position,
            },
        )
    ]
    for module in course.modules:
        out.append(
            (
                "modules",
                {
                    "id": module.id,
                    "course_id": course.id,
                    "slug": module.slug,
                    "title": module.title,
                    "position": module.position,
                },
            )
        )
    for module, lesson in course.iter_lessons():
        out.append(
            (
                "lessons",
                {
                    "id": lesson.id,
                    "course_id": course.id,
                    "module_id": module.id,
                    "slug": lesson.slug,
                    "title": lesson.title,
                    "body_md": _rewrite(lesson.body_md, course),
                    "position": lesson.position,
                    "minutes": lesson.minutes,
                },
            )
        )
        if lesson.quiz is not None:
            out.append(
                (
                    "quizzes",
                    {
                        "id": lesson.quiz.id,
                        "lesson_id": lesson.id,
                        "course_id": course.id,
                        "title": lesson.quiz.title,
                        "questions": [
                            {
                                "id": q.id,
                                "prompt": q.prompt,
                                "options": list(q.options),
                                "correct": list(q.correct),
                                "explanation": q.explanation,
                            }
                            for q in lesson.quiz.questions
                        ],
                    },
                )
            )
    for path, asset in sorted(course.assets.items()):
        record: Record = {
            "id": course.asset_id(path),
            "course_id": course.id,
            "owner_kind": "courses",
            "owner_id": course.id,
            "sha256": asset.sha256,
            "filename": path.rsplit("/", 1)[-1],
            "mime": asset.mime,
            "size": asset.size,
            "role": asset.role,
        }
        original = getattr(asset, "original", None)  # a delivered picture (sync.images.DeliveredAsset)
        if original is not None and original.sha256 != asset.sha256:
            record["original_sha256"] = original.sha256
            record["original_size"] = original.size
        out.append(("attachments", record))
    return out


def _rewrite(body_md: str, course: Course) -> str:
    from sync.authoring import rewrite_links

    return rewrite_links(body_md, course.assets)
