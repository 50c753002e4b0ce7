"""Issue 14: a course's language sets its lessons' base direction (sync/content/direction.py)."""

from __future__ import annotations

import re

import pytest

from sync.content import render_lesson
from sync.content.direction import base_direction

ARABIC_LESSON = """Amlodipine هو حاصر لقنوات الكالسيوم.

1. يبدأ العلاج بجرعة منخفضة.
2. Amlodipine 5 mg
3. تُراقب الوذمة.

| الدواء | الجرعة |
|---|---|
| Amlodipine | 5 mg |

> [!warning] تنبيه
> لا يُعطى في الصدمة القلبية.

English quotation only.
"""


def _dirs(html: str, tag: str) -> list[str]:
    return re.findall(rf'<{tag}\b[^>]*\bdir="(\w+)"', html)


@pytest.mark.parametrize(("code", "direction"), [
    ("ar", "rtl"), ("ar-PS", "rtl"), ("AR_ps", "rtl"), ("en", "ltr"), ("so", "ltr"), (None, "ltr"),
    ("", "ltr")])
def test_base_direction_of_a_language(code: str | None, direction: str) -> None:
    assert base_direction(code) == direction


def test_an_arabic_course_reads_right_to_left_even_when_a_paragraph_starts_with_a_drug_name() -> None:
    html = render_lesson(ARABIC_LESSON, language="ar").html
    first = re.search(r"<p[^>]*>Amlodipine هو", html)
    assert first and 'dir="rtl"' in first.group()
    # Every list item (a Latin one too) on the same side: its number must not move.
    assert _dirs(html, "ol") == ["rtl"] and _dirs(html, "li") == ["rtl"] * 3
    # Tables and callouts (a table): columns right to left, the table at the right edge.
    tables = re.findall(r"<table[^>]*>", html)
    assert len(tables) == 2 and all('dir="rtl"' in t and 'align="right"' in t for t in tables)
    assert set(_dirs(html, "td")) == {"rtl"}
    # A paragraph with no Arabic at all reads left to right: a paragraph may override.
    assert re.search(r'<p dir="ltr">English quotation only\.</p>', html)


def test_an_english_course_is_left_to_right_but_an_arabic_paragraph_is_not() -> None:
    html = render_lesson("Aspirin is an NSAID.\n\nالربو مرض مزمن.\n\n- one\n- اثنان", language="en").html
    assert '<p dir="ltr">Aspirin' in html and '<p dir="rtl">الربو' in html
    assert _dirs(html, "li") == ["ltr", "ltr"]  # the list keeps the course's side
    assert 'align="right"' not in html


def test_an_author_overrides_a_paragraph_with_a_direction_mark_and_code_stays_ltr() -> None:
    html = render_lesson("&lrm;الجرعة: 5 mg\n\n&rlm;Amlodipine only\n\n```\nx = 1\n```",
                         language="ar").html
    assert re.search(r'<p dir="ltr">\u200eالجرعة', html)
    assert re.search(r'<p dir="rtl">\u200fAmlodipine only', html)
    assert '<pre dir="ltr">' in html


def test_without_a_language_the_html_is_unchanged() -> None:
    assert "dir=" not in render_lesson(ARABIC_LESSON).html
