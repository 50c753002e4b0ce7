"""The importer for authors (issue 12): every problem in one run, errors apart from warnings.

Each test writes what a real course does (footnotes, shared images via ``..``,
paths with spaces, Obsidian embeds and wiki-links) into a copy of a demo course
and checks what the author is told, where, and in which words.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sync.authoring import CourseProblems, load_course, rewrite_links
from sync.content import lesson_text, render_lesson

TRIAGE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "courses" / "emergency-triage"
ABCDE = "01-primary-survey/01-abcde-approach.md"
AIRWAY = "01-primary-survey/02-airway-and-breathing.md"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def course(tmp_path: Path) -> Path:
    return Path(shutil.copytree(TRIAGE, tmp_path / "emergency-triage"))


def append(path: Path, text: str) -> int:
    """Append ``text`` to a lesson; return the 1-based line of its first line."""
    old = path.read_text(encoding="utf-8")
    if not old.endswith("\n"):
        old += "\n"
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def lesson_body(loaded, source: str) -> str:
    return next(lesson for _, lesson in loaded.iter_lessons() if lesson.source == source).body_md


def test_every_error_of_every_lesson_is_reported_in_one_run(course: Path) -> None:
    first = append(course / ABCDE, "![Missing](images/nope.png)\n\n[Guide](guide.docx)\n")
    second = append(course / AIRWAY, "![Gone](../../outside.png)\n")
    (course / "01-primary-survey" / "01-abcde-approach.quiz.toml").write_text("title = [\n", encoding="utf-8")
    with pytest.raises(CourseProblems) as info:
        load_course(course)
    found = [(Path(p.path).relative_to(course).as_posix(), p.line, p.severity) for p in info.value.problems]
    assert (ABCDE, first, "error") in found
    assert (ABCDE, first + 2, "error") in found
    assert (AIRWAY, second, "error") in found
    assert any(path.endswith(".quiz.toml") for path, _, _ in found)
    text = str(info.value)
    assert "image target not found: 01-primary-survey/images/nope.png" in text
    assert "file type '.docx' is not allowed" in text
    assert "leaves the course folder" in text
    assert len(text.splitlines()) == len(found)  # one line per problem, each file:line: ...


def test_footnotes_are_accepted_and_shown(course: Path) -> None:
    append(course / ABCDE, "Bleeding is the first killer.[^bayer]\n\n[^bayer]: Bayer, 2020. Trauma care.\n")
    loaded = load_course(course)  # was: "link Bayer,: file type 'none' is not allowed"
    assert loaded.warnings == []
    html = render_lesson(lesson_body(loaded, ABCDE)).html
    assert "Bayer, 2020. Trauma care." in html and 'href="#fn1"' in html


def test_dotdot_inside_the_course_shares_one_picture(course: Path) -> None:
    (course / "shared").mkdir()
    (course / "shared" / "triage card.png").write_bytes(PNG)
    append(course / ABCDE, "![Triage card](../shared/triage card.png)\n\n![Again](<../shared/triage card.png>)\n")
    loaded = load_course(course)
    assert "shared/triage card.png" in loaded.assets
    body = rewrite_links(lesson_body(loaded, ABCDE), loaded.assets)
    sha = loaded.assets["shared/triage card.png"].sha256
    assert body.count(f"blob:{sha}") == 2
    assert render_lesson(body).html.count(f'src="blob:{sha}"') == 2


def test_obsidian_embeds_and_wiki_links_are_converted_or_warned(course: Path) -> None:
    line = append(course / ABCDE, "![[abcde-flow.png|400]]\n\nSee [[02-airway-and-breathing|the airway lesson]]."
                                  "\n\n![[x-ray.png]] and [[No such lesson]]\n")
    loaded = load_course(course)
    body = rewrite_links(lesson_body(loaded, ABCDE), loaded.assets)
    sha = loaded.assets["01-primary-survey/images/abcde-flow.png"].sha256
    airway = next(lesson for _, lesson in loaded.iter_lessons() if lesson.source == AIRWAY)
    html = render_lesson(body).html
    assert f'<img src="blob:{sha}" alt="abcde-flow.png" width="400" />' in html
    assert f'<a href="lesson:{airway.id}">the airway lesson</a>' in html
    warnings = [(w.line, w.message) for w in loaded.warnings]
    assert warnings == [
        (line + 4, "picture [[x-ray.png]] does not match any file in the course; it shows as a 'missing "
                   "picture' note. Check the spelling, or add the file to the course folder"),
        (line + 4, "link [[No such lesson]] does not match any file in the course; it shows as plain text. "
                   "Check the spelling, or add the file to the course folder"),
    ]


def test_what_will_not_display_as_written_is_a_warning(course: Path) -> None:
    line = append(course / ABCDE, "> [!sidebar] Aside\n> text\n\nUse <center>this</center> and $\\oint x$.\n")
    loaded = load_course(course)
    messages = {(w.line, w.message.split(";")[0]) for w in loaded.warnings}
    assert (line, "callout type [!sidebar] is unknown") in messages
    assert (line + 3, "HTML tag <center> is not supported in lessons") in messages
    assert (line + 3, "maths command(s) \\oint cannot be typeset") in messages


def test_search_text_has_words_not_link_targets() -> None:
    text = lesson_text(f"See ![ECG strip](blob:{'a' * 64}) and [the guide](https://who.int/pph) and $\\alpha_2$.")
    assert "blob" not in text and "who.int" not in text and "a" * 64 not in text
    for word in ("ECG", "strip", "guide", "α", "\\alpha_2"):
        assert word in text


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync.authoring", *args], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=60)


def test_check_mode_lists_errors_and_warnings_with_file_and_line(course: Path) -> None:
    line = append(course / ABCDE, "![Photo](https://example.org/a.png)\n\n![Missing](images/nope.png)\n")
    r = run_cli("--check", str(course))
    assert r.returncode == 1
    assert f"{course / ABCDE}:{line}: warning: remote image https://example.org/a.png will not be shown" in r.stderr
    assert f"{course / ABCDE}:{line + 2}: error: image target not found" in r.stderr
    assert "REFUSED" in r.stderr and "1 error(s)" in r.stderr
    (course / ABCDE).write_text((course / ABCDE).read_text(encoding="utf-8").replace("images/nope.png",
                                                                                      "images/abcde-flow.png"))
    r = run_cli("--check", str(course))
    assert r.returncode == 0 and "1 warning(s)" in r.stdout, r.stderr
