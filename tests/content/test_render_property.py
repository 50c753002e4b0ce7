"""Property: whatever mix of features and stray HTML a lesson has, none of its words is lost.

Lessons come from a grammar of every supported feature (tables with <br> and
empty cells, lists, task and definition lists, quotes, callouts, footnotes,
maths, wiki-links and embeds, pictures) with arbitrary inline HTML between the
words. Each generated word is text the trainee must see; the rendered HTML is
reduced to plain text and every word must be in it.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sync.content import html_to_text, render_lesson
from sync.content.sanitize import sanitize

WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
HTML = st.sampled_from([
    "<br>", "<br/>", "<hr>", "<sub>", "</sub>", "<sup>", "</sup>", "<b>", "</b>", "<i>", "<center>",
    "</center>", "<script>", "</script>", "<style>", "<font color=red>", "<span style='color:red'>",
    "</span>", "<img src=x.png>", "<!-- note -->", "<div>", "</div>", "<table>", "</td>", "<x-y>",
    "<details>", "<summary>", "<a href='javascript:alert(1)'>", "</a>", "<p>", "<u", "&nbsp;", "<iframe>",
])


@st.composite
def phrase(draw, words: list[str], html: bool = True) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        w = draw(WORD)
        words.append(w)
        if html and draw(st.booleans()):
            parts.append(draw(HTML))
        style = draw(st.sampled_from(["", "", "**", "*", "~~", "`"]))
        parts.append(f"{style}{w}{style}")
    return " ".join(parts)


@st.composite
def block(draw, words: list[str]) -> str:
    kind = draw(st.sampled_from(["para", "heading", "table", "list", "tasks", "deflist", "quote", "callout",
                                 "footnote", "maths", "wiki", "embed", "image", "code", "html_block"]))
    p = lambda html=True: draw(phrase(words, html))  # noqa: E731
    if kind == "heading":
        return f"{'#' * draw(st.integers(1, 4))} {p(False)}"
    if kind == "table":
        def cell(shape: int) -> str:  # empty, one phrase, or two lines joined by <br>
            return "" if shape == 0 else p() if shape == 1 else p() + "<br>" + p()

        cols = draw(st.integers(1, 4))
        rows = []
        for r in range(draw(st.integers(1, 4))):
            cells = [cell(draw(st.integers(0, 2))) if r else p(False) for _ in range(cols)]
            rows.append("| " + " | ".join(c.replace("|", " ") for c in cells) + " |")
            if r == 0:
                rows.append("|" + "---|" * cols)
        after = draw(st.sampled_from(["", "## ", "- "]))  # GitHub ends the table here
        return "\n".join(rows) + ("\n" + after + p(False) if after else "")
    if kind == "list":
        return "\n".join(f"- {p()}" for _ in range(draw(st.integers(1, 3))))
    if kind == "tasks":
        return "\n".join(f"- [{draw(st.sampled_from([' ', 'x']))}] {p()}" for _ in range(2))
    if kind == "deflist":
        return f"{p(False)}\n: {p()}"
    if kind == "quote":
        return f"> {p()}\n> {p()}"
    if kind == "callout":
        name = draw(st.sampled_from(["note", "tip", "warning", "danger", "caution", "info", "bug"]))
        return f"> [!{name}] {p(False)}\n> {p()}"
    if kind == "footnote":
        label = draw(WORD)
        return f"{p()}[^{label}]\n\n[^{label}]: {p()}"
    if kind == "maths":
        a, b = draw(WORD), draw(WORD)
        words.extend([a, b])
        return draw(st.sampled_from([f"${a}_{{{b}}}$", f"$$\n\\frac{{{a}}}{{{b}}}\n$$", f"$\\text{{{a}}} + {b}$"]))
    if kind == "wiki":
        target = draw(WORD)
        words.append(target)
        return f"see [[{target}]]"
    if kind == "embed":
        target = draw(WORD)
        words.append(target)
        return f"![[{target}.png|400]]"
    if kind == "image":
        alt = p(False)
        return f"![{alt}](blob:{'ab' * 32})"
    if kind == "code":
        return f"```\n{p(False)}\n```"
    if kind == "html_block":
        return f"<div>\n{p()}\n</div>"
    return p()


@st.composite
def lesson(draw) -> tuple[str, list[str]]:
    words: list[str] = []
    blocks = [draw(block(words)) for _ in range(draw(st.integers(1, 6)))]
    return "\n\n".join(blocks) + "\n", words


@settings(max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lesson())
# Found by this test: a stray "<u" inside an HTML block, and a footnote nobody cites.
@example(("<hr> aaa <u aaa aaaa <br> aaa\n", ["aaa", "aaaa"]))
@example(("<hr> aaaa[^aab]\n\n[^aab]: aaa\n", ["aaaa", "aaa"]))
def test_every_word_reaches_the_page(case: tuple[str, list[str]]) -> None:
    source, words = case
    page = render_lesson(source).html
    assert sanitize(page) == (page, [])  # only allowed tags and attributes, nothing to strip
    text = html_to_text(page)
    found = set(re.findall(r"[a-z]+", text))
    missing = [w for w in words if w not in found]
    assert not missing, (missing, source)
