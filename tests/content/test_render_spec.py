"""Every CommonMark spec example goes through the pipeline without an exception or lost text.

The reference HTML of each example (what CommonMark says the text is) is reduced
to its words; each of those words must appear in the text of our rendering.
Maths and wiki-link syntax are extensions, so examples where ``$`` or ``[[``
change meaning are compared on letters only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sync.content import html_to_text, render_lesson
from sync.content.sanitize import sanitize

SPEC = json.loads((Path(__file__).parent.parent / "data" / "commonmark_spec_0.31.2.json").read_text("utf-8"))
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@pytest.mark.parametrize("example", SPEC, ids=lambda e: f"ex{e['example']}")
def test_spec_example_keeps_its_text(example: dict) -> None:
    rendered = render_lesson(example["markdown"])
    ours = html_to_text(rendered.html)
    expected = html_to_text(example["html"])
    # Our text may have more (task list boxes, callout labels), never fewer words.
    ours_words = " ".join(words(ours))
    missing = [w for w in words(expected) if w not in ours_words]
    assert not missing, (example["markdown"], rendered.html)


def test_spec_file_is_complete() -> None:
    assert len(SPEC) == 655


@pytest.mark.parametrize("example", SPEC[::5], ids=lambda e: f"ex{e['example']}")
def test_output_is_already_in_the_allowed_subset(example: dict) -> None:
    """render_lesson skips a final sanitiser pass for speed; this is why that is safe."""
    html = render_lesson(example["markdown"]).html
    assert sanitize(html) == (html, [])
