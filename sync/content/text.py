"""Plain text of a rendered lesson: what search indexes and what tests compare.

Link targets (``blob:…``, web addresses) are not text and are never included;
picture descriptions and the TeX source of maths are, so a trainee who types
``frac`` or a picture's caption finds the lesson.
"""

from __future__ import annotations

from html.parser import HTMLParser

from sync.content.render import render_lesson

__all__ = ["html_to_text", "lesson_text"]

_BLOCK = {"p", "div", "br", "hr", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
          "table", "pre", "ul", "ol", "dl"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")
        values = dict(attrs)
        if tag == "img" and values.get("alt"):
            self.parts.append(f" {values['alt']} ")
        if tag == "span" and values.get("title"):  # maths: the TeX too, for search
            self.parts.append(f" {values['title']} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Text of a rendered fragment, blocks on their own lines."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)


def lesson_text(markdown: str) -> str:
    """Searchable text of lesson Markdown: words only, no link targets."""
    return " ".join(html_to_text(render_lesson(markdown).html).split())
