"""The base direction of a lesson: its course's language, paragraph by paragraph.

Qt guesses each paragraph's direction from its first letter, so in an Arabic course
"Amlodipine هو حاصر…" came out left to right, left-aligned, its full stop on the wrong
side; list items and tables disagreed with each other. :func:`direct` writes the
direction into the HTML instead:

* in a right-to-left course (``ar`` ...) every block is ``dir="rtl"``, except a
  paragraph or heading with no right-to-left letter at all (an English quotation),
  which reads left to right: a paragraph overrides the base by what it is written in;
* lists, list items, tables, their cells and callouts (tables) always take the base
  direction, so every number and bullet, every column and a callout's coloured bar sit
  on the right, and tables are aligned right (a Latin item must not move its number);
* an author overrides a paragraph by starting it with a direction mark (``&rlm;`` or
  ``&lrm;``); code stays left to right;
* a left-to-right course gets ``dir="ltr"`` on the same blocks, and a paragraph that
  begins in Arabic reads right to left. So an English course reads the same in the
  Arabic interface, whose right-to-left layout would otherwise become the default.
"""

from __future__ import annotations

import re

__all__ = ["RTL_LANGUAGES", "base_direction", "direct"]

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "he", "yi", "dv", "ckb", "sd", "ug"})
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_TAG = re.compile(r"<[^>]*>")
# Blocks whose own text decides: paragraphs and headings.
_TEXT_BLOCK = re.compile(r"<(p|h[1-6])(\s[^>]*)?>(.*?)</\1>", re.S)
# Blocks that take the base direction, whatever they hold.
_CONTAINER = re.compile(r"<(ul|ol|li|table|td|th|div)(\s[^>]*)?>")


def base_direction(language: str | None) -> str:
    """``"rtl"`` for a right-to-left language code (``ar``, ``ar-PS``), else ``"ltr"``."""
    code = (language or "").lower().replace("_", "-").split("-")[0]
    return "rtl" if code in RTL_LANGUAGES else "ltr"


#: A paragraph that starts with a left-to-right or right-to-left mark (U+200E, U+200F;
#: ``&lrm;`` / ``&rlm;`` in Markdown) reads that way, whatever its letters.
_MARKS = {"\u200e": "ltr", "\u200f": "rtl"}
_STRONG = re.compile(f"{_RTL_LETTER.pattern}|{_LATIN_LETTER.pattern}")


def _block_direction(inner: str, base: str) -> str:
    text = _TAG.sub("", inner).lstrip()
    if text[:1] in _MARKS:
        return _MARKS[text[0]]  # the author's choice, as Unicode spells it
    if base == "rtl":
        if _RTL_LETTER.search(text) or not _LATIN_LETTER.search(text):
            return "rtl"  # any Arabic, or only digits and signs: the course's direction
        return "ltr"
    first = _STRONG.search(text)  # as HTML's dir="auto": the first letter decides
    return "rtl" if first and _RTL_LETTER.match(first.group()) else "ltr"


def _with_dir(tag: str, attrs: str | None, direction: str, extra: str = "") -> str:
    attrs = attrs or ""
    if " dir=" in attrs:
        return f"<{tag}{attrs}>"  # the author said so
    return f'<{tag}{attrs} dir="{direction}"{extra}>'


def direct(html: str, language: str | None) -> str:
    """``html`` of one lesson with each block's direction for a course in ``language``."""
    base = base_direction(language)

    def block(match: re.Match[str]) -> str:
        tag, attrs, inner = match.group(1), match.group(2), match.group(3)
        return _with_dir(tag, attrs, _block_direction(inner, base)) + inner + f"</{tag}>"

    def container(match: re.Match[str]) -> str:
        tag, attrs = match.group(1), match.group(2) or ""
        extra = ' align="right"' if tag == "table" and base == "rtl" and "align=" not in attrs else ""
        return _with_dir(tag, attrs, base, extra)

    html = _TEXT_BLOCK.sub(block, html)
    html = _CONTAINER.sub(container, html)
    return html.replace("<pre>", '<pre dir="ltr">')
