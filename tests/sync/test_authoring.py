"""Course authoring format: the demo content loads, and broken courses fail with
messages that name the file and line a clinician has to fix."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sync.authoring import (
    DEMO_ROOT,
    MAX_ASSET_BYTES,
    Course,
    Problem,
    demo_course_paths,
    load_course,
    rewrite_links,
)
from sync.demo_data import load_demo_cases, load_demo_partnerships, load_demo_users
from sync.errors import BadDataError, CourseFormatError, TutorClientError

TRIAGE = DEMO_ROOT / "courses" / "emergency-triage"
PPH = DEMO_ROOT / "courses" / "postpartum-haemorrhage"
ABCDE = "01-primary-survey/01-abcde-approach.md"
DEMO_LINE = "DEMO MATERIAL, NOT CLINICAL GUIDANCE"


@pytest.fixture
def triage(tmp_path: Path) -> Path:
    """A private copy of the triage course, to break one thing at a time."""
    return Path(shutil.copytree(TRIAGE, tmp_path / "emergency-triage"))


@pytest.fixture
def pph(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PPH, tmp_path / "postpartum-haemorrhage"))


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line containing ``needle``, found without the parser."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(course: Path) -> CourseFormatError:
    with pytest.raises(CourseFormatError) as info:
        load_course(course)
    return info.value


def assert_error(err: CourseFormatError, file: Path, line: int | None, *fragments: str) -> None:
    assert Path(err.path) == file, str(err)
    assert err.line == line, str(err)
    where = f"{file}:{line}" if line is not None else str(file)
    assert str(err).startswith(f"{where}: "), str(err)
    for fragment in fragments:
        assert fragment in err.message, str(err)


# ----------------------------------------------------------------------- demo courses


def all_ids(course: Course) -> list[str]:
    ids = [course.id] + [m.id for m in course.modules]
    for _, lesson in course.iter_lessons():
        ids.append(lesson.id)
        if lesson.quiz:
            ids += [lesson.quiz.id] + [q.id for q in lesson.quiz.questions]
    return ids


def test_both_demo_courses_parse_with_quizzes_and_disclaimers() -> None:
    assert [p.name for p in demo_course_paths()] == ["emergency-triage", "postpartum-haemorrhage"]
    for path in demo_course_paths():
        course = load_course(path)
        lessons = [lesson for _, lesson in course.iter_lessons()]
        assert 2 <= len(course.modules) <= 4
        assert 5 <= len(lessons) <= 8
        assert DEMO_LINE in course.summary
        assert course.partnerships == ["somaliland", "palestine"]
        assert [m.position for m in course.modules] == list(range(len(course.modules)))
        for module in course.modules:
            assert module.title
            assert [lesson.position for lesson in module.lessons] == list(range(len(module.lessons)))
        for lesson in lessons:
            first_line = lesson.body_md.lstrip().splitlines()[0]
            assert DEMO_LINE in first_line, lesson.source
            assert 250 <= len(lesson.body_md.split()) <= 520, lesson.source
            assert lesson.quiz is not None and 3 <= len(lesson.quiz.questions) <= 4, lesson.source
            for q in lesson.quiz.questions:
                assert q.correct and all(0 <= i < len(q.options) for i in q.correct)
                assert q.explanation


def test_lesson_order_and_titles_come_from_prefixes_and_module_toml() -> None:
    triage, pph = load_course(TRIAGE), load_course(PPH)
    assert [lesson.slug for lesson in triage.modules[0].lessons] == [
        "abcde-approach", "airway-and-breathing", "circulation-and-shock"]
    assert pph.modules[1].title == "Responding to PPH"  # from 02-management/module.toml
    assert pph.modules[1].lessons[0].slug == "first-hour-bundle"
    first_q = triage.modules[0].lessons[0].quiz.questions[0]
    assert first_q.correct == [1]  # answer = "B"
    multi = triage.modules[0].lessons[2].quiz.questions[2]
    assert multi.correct == [0, 1]  # correct = [0, 1]


def test_assets_are_hashed_typed_and_small_enough_for_2g() -> None:
    course = load_course(TRIAGE)
    assert set(course.assets) == {
        "01-primary-survey/images/abcde-flow.png",
        "02-triage-in-practice/images/sbar.png",
        "02-triage-in-practice/images/triage-colours.png",
        "02-triage-in-practice/triage-pocket-card.pdf",
    }
    for path in demo_course_paths():
        for rel, asset in load_course(path).assets.items():
            data = (path / rel).read_bytes()
            assert asset.path == rel
            assert asset.sha256 == hashlib.sha256(data).hexdigest()
            assert asset.size == len(data)
            assert asset.read_bytes() == data
            if rel.endswith(".png"):
                assert (asset.mime, asset.role) == ("image/png", "image")
                assert asset.size < 60_000
            else:
                assert (asset.mime, asset.role) == ("application/pdf", "pdf")
                assert asset.size < 150_000
    lesson = course.modules[1].lessons[0]
    assert lesson.assets == ["02-triage-in-practice/images/triage-colours.png",
                             "02-triage-in-practice/triage-pocket-card.pdf"]


def test_asset_read_bytes_refuses_a_file_changed_after_loading(triage: Path) -> None:
    course = load_course(triage)
    asset = course.assets["01-primary-survey/images/abcde-flow.png"]
    (triage / asset.path).write_bytes(b"\x89PNG\r\n\x1a\nchanged")
    with pytest.raises(BadDataError, match="changed after"):
        asset.read_bytes()


def test_ids_are_stable_across_loads_locations_and_renumbering(triage: Path) -> None:
    first, second, copy = load_course(TRIAGE), load_course(TRIAGE), load_course(triage)
    assert all_ids(first) == all_ids(second) == all_ids(copy)
    assert len(set(all_ids(first))) == len(all_ids(first))
    assert first.id != load_course(PPH).id
    # Moving a lesson to the end (renumbering its file) keeps its identity, so
    # trainees' progress and quiz attempts still point at it.
    module = triage / "01-primary-survey"
    (module / "01-abcde-approach.md").rename(module / "09-abcde-approach.md")
    (module / "01-abcde-approach.quiz.toml").rename(module / "09-abcde-approach.quiz.toml")
    moved = load_course(triage).modules[0].lessons
    assert moved[-1].slug == "abcde-approach" and moved[-1].position == 2
    assert moved[-1].id == first.modules[0].lessons[0].id
    assert moved[-1].quiz.questions[0].id == first.modules[0].lessons[0].quiz.questions[0].id


def test_rewrite_links_turns_local_files_into_blob_links() -> None:
    course = load_course(TRIAGE)
    lesson = course.modules[1].lessons[0]
    assert "](02-triage-in-practice/images/triage-colours.png)" in lesson.body_md
    rewritten = rewrite_links(lesson.body_md, course.assets)
    image = course.assets["02-triage-in-practice/images/triage-colours.png"]
    card = course.assets["02-triage-in-practice/triage-pocket-card.pdf"]
    assert f"](blob:{image.sha256})" in rewritten
    assert f"[Triage pocket card (PDF)](blob:{card.sha256})" in rewritten
    assert "images/" not in rewritten and ".pdf)" not in rewritten


def test_rewrite_links_keeps_web_links_anchors_code_and_fragments() -> None:
    course = load_course(TRIAGE)
    sha = course.assets["02-triage-in-practice/triage-pocket-card.pdf"].sha256
    body = ("[card](triage-pocket-card.pdf#page=1) [web](https://who.int) "
            "[top](#top) `[code](02-triage-in-practice/triage-pocket-card.pdf)`\n"
            "![card][c]\n\n[c]: <triage-pocket-card.pdf>\n")
    out = rewrite_links(body, course.assets, base="02-triage-in-practice")
    assert f"[card](blob:{sha}#page=1)" in out
    assert "[web](https://who.int)" in out and "[top](#top)" in out
    assert "`[code](02-triage-in-practice/triage-pocket-card.pdf)`" in out
    assert f"[c]: <blob:{sha}>" in out


# --------------------------------------------------------------------- broken courses


def test_missing_image_names_lesson_and_line(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "images/abcde-flow.png", "images/abcde-flow-v2.png")
    err = load_error(triage)
    assert_error(err, lesson, line_of(lesson, "abcde-flow-v2.png"), "not found: 01-primary-survey/images/abcde-flow-v2.png")


def test_wrong_capitals_in_a_file_name_are_caught(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "images/abcde-flow.png", "images/ABCDE-flow.png")
    err = load_error(triage)
    assert_error(err, lesson, line_of(lesson, "ABCDE-flow.png"), "found 'abcde-flow.png'", "capitals")


def test_missing_pdf_link(triage: Path) -> None:
    (triage / "02-triage-in-practice" / "triage-pocket-card.pdf").unlink()
    lesson = triage / "02-triage-in-practice" / "01-triage-categories.md"
    assert_error(load_error(triage), lesson, line_of(lesson, "triage-pocket-card.pdf"), "not found")


def test_missing_listed_lesson_file(pph: Path) -> None:
    (pph / "02-management" / "03-escalation-and-referral.md").unlink()
    (pph / "02-management" / "03-escalation-and-referral.quiz.toml").unlink()
    module_toml = pph / "02-management" / "module.toml"
    assert_error(load_error(pph), module_toml, line_of(module_toml, "lessons ="),
                 "lesson file not found: 02-management/03-escalation-and-referral.md")


def test_missing_module_folder(triage: Path) -> None:
    shutil.rmtree(triage / "02-triage-in-practice")
    course_toml = triage / "course.toml"
    assert_error(load_error(triage), course_toml, line_of(course_toml, '"02-triage-in-practice"'),
                 "module folder not found: 02-triage-in-practice")


def test_unlisted_module_folder_is_not_silently_dropped(triage: Path) -> None:
    extra = triage / "03-extra"
    extra.mkdir()
    (extra / "01-x.md").write_text('+++\ntitle = "X"\n+++\nText\n', encoding="utf-8")
    assert_error(load_error(triage), triage / "course.toml", None, "03-extra/ has lessons but is not listed")
    extra.rename(triage / "_03-extra")  # an underscore marks a draft
    assert len(load_course(triage).modules) == 2


def test_broken_toml_in_front_matter_reports_the_file_line(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "minutes = 10", "minutes = ten")
    assert line_of(lesson, "minutes = ten") == 3
    assert_error(load_error(triage), lesson, 3, "not valid TOML", "double quotes")


def test_unquoted_title_reports_line_2(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, 'title = "The ABCDE approach"', "title = The ABCDE approach")
    assert_error(load_error(triage), lesson, 2, "not valid TOML")


def test_missing_front_matter(triage: Path) -> None:
    lesson = triage / ABCDE
    lesson.write_text("# The ABCDE approach\n\nText.\n", encoding="utf-8")
    assert_error(load_error(triage), lesson, 1, "must start with front matter")


def test_yaml_front_matter_gets_a_hint(triage: Path) -> None:
    lesson = triage / ABCDE
    lesson.write_text("---\ntitle: ABCDE\n---\nText\n", encoding="utf-8")
    assert_error(load_error(triage), lesson, 1, "looks like YAML")


def test_unclosed_front_matter(triage: Path) -> None:
    lesson = triage / ABCDE
    lesson.write_text('+++\ntitle = "ABCDE"\n\nText\n', encoding="utf-8")
    assert_error(load_error(triage), lesson, 1, "never closed")


def test_missing_title(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, 'title = "The ABCDE approach"\n', "")
    assert_error(load_error(triage), lesson, 2, "missing required key title")


def test_misspelt_key_suggests_the_right_one(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "minutes = 10", "minuts = 10")
    assert_error(load_error(triage), lesson, 3, "unknown key 'minuts'", "did you mean 'minutes'")


def test_quiz_question_without_correct_answer(triage: Path) -> None:
    quiz = triage / "01-primary-survey" / "01-abcde-approach.quiz.toml"
    text = quiz.read_text(encoding="utf-8")
    second = text.index("[[question]]", text.index("[[question]]") + 1)
    quiz.write_text(text[:second] + text[second:].replace('answer = "A"\n', "", 1), encoding="utf-8")
    header_line = text[:second].count("\n") + 1
    assert_error(load_error(triage), quiz, header_line, "question 2 has no correct answer")


def test_quiz_correct_index_out_of_range(triage: Path) -> None:
    quiz = triage / "01-primary-survey" / "02-airway-and-breathing.quiz.toml"
    replace(quiz, 'answer = "B"', "correct = [4]")
    assert_error(load_error(triage), quiz, line_of(quiz, "correct = [4]"),
                 "question 1: correct answer 4 is out of range", "numbered 0 to 3")


def test_quiz_answer_letter_out_of_range(triage: Path) -> None:
    quiz = triage / "01-primary-survey" / "02-airway-and-breathing.quiz.toml"
    replace(quiz, 'answer = "B"', 'answer = "E"')
    assert_error(load_error(triage), quiz, line_of(quiz, 'answer = "E"'), "answer E is out of range", "A to D")


def test_broken_quiz_toml(triage: Path) -> None:
    quiz = triage / "01-primary-survey" / "02-airway-and-breathing.quiz.toml"
    replace(quiz, 'options = ["Head tilt', 'options = ["Head tilt",, "x"], ["Head tilt')
    assert_error(load_error(triage), quiz, line_of(quiz, ",,"), "not valid TOML")


@pytest.mark.parametrize("target", ["../../etc/passwd", "images/../../../etc/passwd.png"])
def test_dotdot_link_leaving_the_course_is_rejected(triage: Path, target: str) -> None:
    lesson = triage / ABCDE
    replace(lesson, "(images/abcde-flow.png)", f"({target})")
    assert_error(load_error(triage), lesson, line_of(lesson, target), "leaves the course folder")


def test_absolute_path_link_is_rejected(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "(images/abcde-flow.png)", "(/etc/passwd)")
    assert_error(load_error(triage), lesson, line_of(lesson, "/etc/passwd"), "absolute path")


def test_windows_path_and_file_url_are_rejected(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "(images/abcde-flow.png)", "(file:///etc/hosts)")
    assert_error(load_error(triage), lesson, line_of(lesson, "file:///"), "'file:' are not allowed")
    replace(lesson, "(file:///etc/hosts)", r"(C:\Users\me\airway.png)")
    assert_error(load_error(triage), lesson, line_of(lesson, "C:"), "use / between folder names")


def symlink_or_skip(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError):
        pytest.skip("symlinks are not available here")


def test_symlinked_image_escaping_the_course_is_rejected(triage: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\nsecret")
    symlink_or_skip(triage / "01-primary-survey" / "images" / "evil.png", secret)
    lesson = triage / ABCDE
    replace(lesson, "images/abcde-flow.png", "images/evil.png")
    assert_error(load_error(triage), lesson, line_of(lesson, "evil.png"), "points outside the course folder")


def test_symlinked_lesson_and_module_escaping_the_course_are_rejected(triage: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "01-x.md").write_text('+++\ntitle = "Outside"\n+++\nsecret\n', encoding="utf-8")
    symlink_or_skip(triage / "01-primary-survey" / "04-leak.md", outside / "01-x.md")
    assert_error(load_error(triage), triage / "01-primary-survey" / "04-leak.md", None, "outside the course folder")
    (triage / "01-primary-survey" / "04-leak.md").unlink()
    shutil.rmtree(triage / "02-triage-in-practice")
    (triage / "02-triage-in-practice").symlink_to(outside, target_is_directory=True)
    course_toml = triage / "course.toml"
    assert_error(load_error(triage), course_toml, line_of(course_toml, '"02-triage-in-practice"'),
                 "points outside the course folder")


def only_warning(course: Course) -> Problem:
    assert len(course.warnings) == 1, course.warnings
    return course.warnings[0]


def test_remote_image_is_a_warning_and_web_links_are_allowed(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "## Common pitfalls", "See [the WHO](https://www.who.int).\n\n## Common pitfalls")
    assert load_course(triage).warnings == []  # a link the trainee may choose to open is fine
    replace(lesson, "(images/abcde-flow.png)", "(https://example.org/abcde.png)")
    warning = only_warning(load_course(triage))
    assert (Path(warning.path), warning.line) == (lesson, line_of(lesson, "https://example.org/abcde.png"))
    assert "remote image https://example.org/abcde.png will not be shown" in warning.message
    assert "never loads pictures from the internet" in warning.message


def test_remote_image_via_reference_is_a_warning_and_html_img_is_rejected(triage: Path) -> None:
    lesson = triage / ABCDE
    original = lesson.read_text(encoding="utf-8")
    lesson.write_text(original + "\n![ABCDE][flow]\n\n[flow]: http://example.org/x.png\n", encoding="utf-8")
    warning = only_warning(load_course(triage))
    assert warning.line == line_of(lesson, "[flow]: http") and "remote image" in warning.message
    lesson.write_text(original + '\n<img src="http://example.org/x.png">\n', encoding="utf-8")
    assert_error(load_error(triage), lesson, line_of(lesson, "<img"), "HTML <img> tags are not allowed")


def test_image_without_description_is_rejected(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "![The five steps of the ABCDE approach, with a reminder to treat and reassess]", "![]")
    assert_error(load_error(triage), lesson, line_of(lesson, "![]"), "needs a short description")


def test_links_inside_code_are_not_checked(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "## Common pitfalls", "```\n![x](missing.png)\n```\n\nUse `[x](nope.pdf)`.\n\n## Common pitfalls")
    assert load_course(triage).modules[0].lessons[0].assets == ["01-primary-survey/images/abcde-flow.png"]


def test_duplicate_lesson_slug(triage: Path) -> None:
    lesson = triage / "01-primary-survey" / "03-circulation-and-shock.md"
    replace(lesson, "minutes = 15", 'minutes = 15\nslug = "airway-and-breathing"')
    assert_error(load_error(triage), lesson, 1, "duplicate lesson slug 'airway-and-breathing'",
                 "01-primary-survey/02-airway-and-breathing.md")


def test_duplicate_module_slug(triage: Path) -> None:
    course_toml = triage / "course.toml"
    replace(course_toml, 'title = "Triage in practice"', 'title = "Triage in practice"\nslug = "primary-survey"')
    assert_error(load_error(triage), course_toml, line_of(course_toml, 'slug = "primary-survey"'),
                 "duplicate module slug 'primary-survey'")


def test_file_type_not_allowed(triage: Path) -> None:
    (triage / "01-primary-survey" / "tool.exe").write_bytes(b"MZ")
    lesson = triage / ABCDE
    replace(lesson, "## Common pitfalls", "[tool](tool.exe)\n\n## Common pitfalls")
    assert_error(load_error(triage), lesson, line_of(lesson, "tool.exe"), "file type '.exe' is not allowed")


def test_renamed_non_image_is_caught(triage: Path) -> None:
    (triage / "01-primary-survey" / "images" / "abcde-flow.png").write_bytes(b"%PDF-1.4 not a png")
    lesson = triage / ABCDE
    assert_error(load_error(triage), lesson, line_of(lesson, "abcde-flow.png"), "is not a real PNG file")


def test_lesson_over_1_mb_is_rejected(triage: Path) -> None:
    lesson = triage / ABCDE
    with lesson.open("a", encoding="utf-8") as fh:
        fh.write("x" * (1024 * 1024))
    assert_error(load_error(triage), lesson, None, "the limit is 1 MB")


def test_asset_over_50_mb_is_rejected(triage: Path) -> None:
    card = triage / "02-triage-in-practice" / "triage-pocket-card.pdf"
    with card.open("r+b") as fh:  # sparse: no 50 MB written to disk
        fh.truncate(MAX_ASSET_BYTES + 1)
    lesson = triage / "02-triage-in-practice" / "01-triage-categories.md"
    assert_error(load_error(triage), lesson, line_of(lesson, "triage-pocket-card.pdf"), "at most 52 MB")


def test_orphan_quiz_is_reported(triage: Path) -> None:
    quiz = triage / "01-primary-survey" / "07-old.quiz.toml"
    shutil.copy(triage / "01-primary-survey" / "01-abcde-approach.quiz.toml", quiz)
    assert_error(load_error(triage), quiz, None, "quiz has no lesson: expected 07-old.md")


def test_not_utf8_names_the_line(triage: Path) -> None:
    lesson = triage / ABCDE
    data = lesson.read_bytes().replace("approach".encode(), "appro\xe9ch".encode("latin-1"), 1)
    lesson.write_bytes(data)
    assert_error(load_error(triage), lesson, 2, "UTF-8")


# ------------------------------------------------------------------------ the errors


def test_course_format_error_is_a_bad_data_error_that_survives_pickling() -> None:
    err = CourseFormatError("course/01-a.md", 7, "image needs a description")
    assert isinstance(err, BadDataError) and isinstance(err, TutorClientError)
    assert str(err) == "course/01-a.md:7: image needs a description" == err.user_message
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.path, copy.line, copy.message) == ("course/01-a.md", 7, "image needs a description")
    assert str(CourseFormatError("course.toml", None, "x")) == "course.toml: x"


def test_sync_package_never_imports_qt() -> None:
    code = ("import sys, sync.authoring, sync.errors; "
            "sys.exit(any(m == 'PySide6' or m.startswith(('PySide6.', 'tutorclient')) for m in sys.modules))")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0, result.stderr


# -------------------------------------------------------------- demo people and cases


def test_demo_users_and_partnerships() -> None:
    partnerships = {p.slug for p in load_demo_partnerships()}
    assert partnerships == {"somaliland", "palestine"}
    users = {u.username: u for u in load_demo_users()}
    expected = {"amina": ("trainee", ["somaliland"]), "yusuf": ("trainee", ["palestine"]),
                "dr.sarah": ("tutor", ["somaliland", "palestine"]), "coord.hodan": ("coordinator", None),
                "dr.omar": ("tutor", None), "admin": ("admin", None)}
    for username, (role, member_of) in expected.items():
        assert users[username].role == role
        assert users[username].password == f"demo-{username}"
        if member_of is not None:
            assert users[username].partnerships == member_of
    assert set(users["dr.sarah"].specialisms) >= {"emergency", "obstetrics"}
    assert all(set(u.partnerships) <= partnerships for u in users.values())
    assert len({u.id for u in users.values()}) == len(users)


def test_demo_cases_are_consistent_with_users_and_courses() -> None:
    users = {u.username: u for u in load_demo_users()}
    demo = load_demo_cases()
    assert 4 <= len(demo.cases) <= 5
    assert {c.status for c in demo.cases} >= {"submitted", "in_review", "reviewed", "revision_requested"}

    def member(username: str, partnership: str) -> bool:
        user = users[username]
        return partnership in user.partnerships or user.role == "admin"

    for case in demo.cases:
        assert case.presenting_complaint and case.history and case.examination and case.question
        assert users[case.author].role == "trainee" and member(case.author, case.partnership)
        assert 2 <= len(case.thread.posts) <= 4 and case.thread.case_key == case.key
        assert all(member(post.author, case.partnership) for post in case.thread.posts)
        if case.claimed_by:
            assert users[case.claimed_by].role == "tutor" and member(case.claimed_by, case.partnership)
        if case.review:
            assert case.review.tutor == case.claimed_by and case.review.decision == case.status
    slugs = {load_course(p).slug for p in demo_course_paths()}
    assert sorted(t.course_slug for t in demo.course_threads) == sorted(slugs)
    for thread in demo.course_threads:
        assert thread.posts and all(member(p.author, thread.partnership) for p in thread.posts)
    ids = [c.id for c in demo.cases] + [c.thread.id for c in demo.cases] + [t.id for t in demo.course_threads]
    assert len(set(ids)) == len(ids) and load_demo_cases().cases[0].id == demo.cases[0].id


def test_bad_demo_cases_file_names_the_line(tmp_path: Path) -> None:
    cases = tmp_path / "cases.toml"
    text = (DEMO_ROOT / "cases.toml").read_text(encoding="utf-8")
    cases.write_text(text.replace('status = "submitted"', 'status = "sent"', 1), encoding="utf-8")
    with pytest.raises(CourseFormatError) as info:
        load_demo_cases(cases)
    assert info.value.line == line_of(cases, 'status = "sent"')
    assert re.search(r"status must be one of draft, .*not 'sent'", info.value.message)


def test_link_text_spanning_lines_is_still_checked(triage: Path) -> None:
    lesson = triage / ABCDE
    replace(lesson, "## Common pitfalls", "See the [printable\ncard](missing-card.pdf).\n\n## Common pitfalls")
    assert_error(load_error(triage), lesson, line_of(lesson, "card](missing-card.pdf)"), "not found")
