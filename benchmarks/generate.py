"""Build a large synthetic profile for scale work.

    python benchmarks/generate.py --out DIR [--lessons 10000 --posts 100000 --cases 2000]

DIR becomes a profile directory (``DIR/profile.db``), migrated like any other,
holding courses, lessons with quizzes, cases, threads and posts; one course in
ARABIC_EVERY and one post in ARABIC_EVERY are in Arabic. Prints JSON:
the counts, the seconds taken and the database size.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _vocab import WORDS, paragraph, sentence  # noqa: E402

from tutorclient.store import Store  # noqa: E402

NOW = "2026-11-24T07:00:00Z"
PARTNERSHIPS = ["somaliland", "palestine"]
SPECIALISMS = ["emergency", "obstetrics", "paediatrics", "medicine"]
ARABIC_EVERY = 5


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(out: Path, lessons: int, posts: int, cases: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    started = time.perf_counter()
    store = Store.open(out)
    db = store.db
    per_course = 100
    n_courses = max(1, lessons // per_course)
    with store.write():
        course_ids = [_id(rng) for _ in range(n_courses)]
        db.conn.executemany(
            "INSERT INTO courses (id, version, slug, title, summary, language, partnerships, position) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
            [(cid, f"course-{i}", f"Course {i}: {sentence(rng, 3, _arabic(i))}", sentence(rng),
              "ar" if _arabic(i) else "en", json.dumps(PARTNERSHIPS), i)
             for i, cid in enumerate(course_ids)],
        )
        lesson_rows, module_rows, quiz_rows, question_rows, option_rows = [], [], [], [], []
        lesson_ids = []
        for i in range(lessons):
            course = course_ids[i // per_course % n_courses]
            arabic = _arabic(i // per_course % n_courses)
            if i % 10 == 0:
                module = _id(rng)
                module_rows.append((module, course, f"module-{i // 10}", sentence(rng, 4), i // 10))
            lid = _id(rng)
            lesson_ids.append(lid)
            body = "\n\n".join(
                f"## {sentence(rng, 3, arabic)}\n\n{paragraph(rng, rng.randint(3, 6), arabic)}"
                for _ in range(3)
            )
            lesson_rows.append((lid, course, module, f"lesson-{i}", sentence(rng, 5, arabic), body, i % 10,
                                rng.randint(5, 20)))
            if i % 2 == 0:
                qid = _id(rng)
                quiz_rows.append((qid, lid, course, "Check your understanding"))
                for q in range(3):
                    question = _id(rng)
                    question_rows.append((question, qid, q, sentence(rng) + "?", sentence(rng)))
                    correct = rng.randrange(4)
                    option_rows += [(question, o, sentence(rng, 4), int(o == correct)) for o in range(4)]
        db.conn.executemany(
            "INSERT INTO modules (id, version, course_id, slug, title, position) VALUES (?, 1, ?, ?, ?, ?)",
            module_rows)
        db.conn.executemany(
            "INSERT INTO lessons (id, version, course_id, module_id, slug, title, body_md, position, minutes) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)", lesson_rows)
        db.conn.executemany(
            "INSERT INTO quizzes (id, version, lesson_id, course_id, title) VALUES (?, 1, ?, ?, ?)", quiz_rows)
        db.conn.executemany(
            "INSERT INTO quiz_questions (id, quiz_id, position, prompt, explanation) VALUES (?, ?, ?, ?, ?)",
            question_rows)
        db.conn.executemany(
            "INSERT INTO quiz_options (question_id, position, text, is_correct) VALUES (?, ?, ?, ?)",
            option_rows)

        users = [_id(rng) for _ in range(200)]
        case_rows, thread_rows = [], []
        thread_ids = []
        for i in range(cases):
            cid, tid = _id(rng), _id(rng)
            title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} in a {rng.randint(1, 80)}-year-old"
            case_rows.append((cid, rng.choice(users), rng.choice(PARTNERSHIPS), rng.choice(SPECIALISMS),
                              title, sentence(rng), paragraph(rng, 3), paragraph(rng, 2),
                              paragraph(rng, 2), sentence(rng) + "?",
                              rng.choice(["submitted", "in_review", "reviewed"]), NOW, NOW))
            thread_rows.append((tid, "case", cid, None, case_rows[-1][2], title, case_rows[-1][1], NOW))
            thread_ids.append(tid)
        for c in range(n_courses):
            tid = _id(rng)
            thread_rows.append((tid, "course", None, course_ids[c], None, f"Questions on course {c}", users[0], NOW))
            thread_ids.append(tid)
        db.conn.executemany(
            "INSERT INTO cases (id, version, author_id, partnership_id, specialism, title, "
            "presenting_complaint, history, examination, investigations, question, status, "
            "created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", case_rows)
        db.conn.executemany(
            "INSERT INTO threads (id, version, kind, case_id, course_id, partnership_id, title, "
            "created_by, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)", thread_rows)
        batch = []
        for i in range(posts):
            batch.append((_id(rng), thread_ids[i % len(thread_ids)], rng.choice(users),
                          paragraph(rng, rng.randint(1, 4), _arabic(i)), f"2026-{1 + i % 11:02d}-01T00:00:00Z"))
            if len(batch) == 10_000:
                _insert_posts(db, batch)
                batch = []
        _insert_posts(db, batch)
    db.execute("INSERT INTO lessons_fts(lessons_fts) VALUES ('optimize')")
    db.execute("INSERT INTO posts_fts(posts_fts) VALUES ('optimize')")
    db.execute("ANALYZE")
    store.close()
    elapsed = time.perf_counter() - started
    return {
        "profile": str(out),
        "courses": n_courses,
        "lessons": lessons,
        "quizzes": len(quiz_rows),
        "cases": cases,
        "threads": len(thread_rows),
        "posts": posts,
        "seconds": round(elapsed, 2),
        "db_mb": round((out / "profile.db").stat().st_size / 1e6, 1),
    }


def _arabic(i: int) -> bool:
    return i % ARABIC_EVERY == ARABIC_EVERY - 1


def _insert_posts(db, batch: list[tuple]) -> None:
    db.conn.executemany(
        "INSERT INTO posts (id, version, thread_id, author_id, body_md, created_at) "
        "VALUES (?, 1, ?, ?, ?, ?)", batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="profile directory to create")
    parser.add_argument("--lessons", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if (args.out / "profile.db").exists():
        parser.error(f"{args.out}/profile.db exists already; choose a new folder")
    print(json.dumps(generate(args.out, args.lessons, args.posts, args.cases, args.seed), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
