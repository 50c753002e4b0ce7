"""Allow-list HTML sanitiser for the subset Qt's QTextBrowser displays well.

Two lists: what an *author* may write as raw HTML inside Markdown (inline
formatting, line breaks, rules, sub/superscripts), and what the *renderer*
itself emits (tables, lists, headings...). A tag outside the list is dropped on
its own and its text is kept, so a stray ``<center>`` or an unclosed ``<script>``
can never swallow the lesson that follows it (the failure Qt's own Markdown
reader had with ``<br>``). ``<script>``/``<style>`` are parsed as ordinary tags,
never as raw-text containers, for the same reason.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["AUTHOR_TAGS", "QT_TAGS", "sanitize"]

VOID = {"br", "hr", "img", "input", "wbr"}
#: Raw HTML an author may use inside a lesson.
AUTHOR_TAGS = {
    "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "sub", "sup", "br", "hr", "code",
    "kbd", "small", "big", "mark", "span", "abbr", "cite", "dfn", "var", "samp", "tt", "q",
}
#: Everything the renderer may emit (Qt's "Supported HTML Subset", minus fonts and frames).
QT_TAGS = AUTHOR_TAGS | {
    "a", "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "img", "font",
}
# Tags the author may write that Qt does not know, mapped to one it does.
_RENAME = {"strike": "s", "del": "s", "ins": "u", "mark": "span", "abbr": "span", "q": "span"}
_ATTRS = {
    "a": {"href", "name", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "table": {"border", "cellspacing", "cellpadding", "width", "bgcolor", "style", "align"},
    "td": {"bgcolor", "width", "colspan", "rowspan", "align", "valign", "style"},
    "th": {"bgcolor", "width", "colspan", "rowspan", "align", "valign", "style"},
    "p": {"align", "style", "dir"}, "div": {"align", "style", "dir"}, "span": {"style", "title"},
    "ol": {"start", "type"}, "font": {"color"}, "pre": {"style"},
    "h1": {"align"}, "h2": {"align"}, "h3": {"align"}, "h4": {"align"}, "h5": {"align"}, "h6": {"align"},
}
_STYLE_PROPS = {"color", "background-color", "font-weight", "font-style", "text-decoration", "text-align",
                "white-space", "vertical-align", "border-color", "border-style", "border-width",
                "margin-top", "margin-bottom", "margin-left", "font-size", "font-family", "width"}
SAFE_HREF = re.compile(r"^(?:https?:|mailto:|tel:|blob:|lesson:|#)", re.IGNORECASE)


def _clean_style(value: str) -> str:
    kept = []
    for decl in value.split(";"):
        name, _, val = decl.partition(":")
        name, val = name.strip().lower(), val.strip()
        if name in _STYLE_PROPS and val and not re.search(r"url\s*\(|expression|[<>]", val, re.IGNORECASE):
            kept.append(f"{name}:{val}")
    return "; ".join(kept)


class _Sanitizer(HTMLParser):
    CDATA_CONTENT_ELEMENTS = ()  # never treat <script>/<style> content as raw text

    def __init__(self, allowed: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed
        self.out: list[str] = []
        self.dropped: list[str] = []

    def set_cdata_mode(self, elem: str, *args: object) -> None:  # noqa: D401 - HTMLParser hook
        return  # belt and braces with CDATA_CONTENT_ELEMENTS on older Pythons

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        allowed = _ATTRS.get(tag, set())
        parts = []
        for name, value in attrs:
            if name not in allowed or value is None:
                continue
            if name == "href" and not SAFE_HREF.match(value.strip()):
                continue
            if name == "src" and not value.startswith("blob:"):
                continue  # lessons never load anything from outside the local cache
            if name == "style":
                value = _clean_style(value)
                if not value:
                    continue
            parts.append(f' {name}="{html.escape(value, quote=True)}"')
        return "".join(parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "input" and dict(attrs).get("type") == "checkbox":
            self.out.append("☑ " if "checked" in dict(attrs) else "☐ ")
            return
        tag = _RENAME.get(tag, tag) if tag in self.allowed else tag
        if tag not in self.allowed and tag not in _RENAME.values():
            self.dropped.append(tag)
            return
        if tag == "img" and not dict(attrs).get("src", "").startswith("blob:"):
            alt = dict(attrs).get("alt") or "picture"
            self.out.append(f"<i>[{html.escape(alt)}: picture from the internet, not shown offline]</i>")
            return
        end = " /" if tag in VOID else ""
        self.out.append(f"<{tag}{self._attrs(tag, attrs)}{end}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and tag in self.allowed:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.allowed or tag in VOID:
            return
        self.out.append(f"</{_RENAME.get(tag, tag)}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def unknown_decl(self, data: str) -> None:  # <![CDATA[...]]> and friends: keep the text
        self.handle_data(data.removeprefix("CDATA["))

    def handle_pi(self, data: str) -> None:
        self.handle_data(f"<?{data}>")

    def handle_decl(self, decl: str) -> None:
        return  # <!DOCTYPE ...>: nothing to show


# A well-formed tag or comment (CommonMark's grammar). Any other "<" is text: HTMLParser
# would otherwise read "<u aaa aaaa <br>" as one tag and lose the words in it.
_TAG = re.compile(
    r"<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*"
    r"\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![A-Za-z][^>]*>|<\?.*?\?>",
    re.DOTALL,
)


def _escape_stray(fragment: str) -> str:
    parts, last = [], 0
    for m in _TAG.finditer(fragment):
        parts.append(fragment[last:m.start()].replace("<", "&lt;"))
        parts.append(m.group(0))
        last = m.end()
    parts.append(fragment[last:].replace("<", "&lt;"))
    return "".join(parts)


def sanitize(fragment: str, allowed: set[str] = QT_TAGS) -> tuple[str, list[str]]:
    """Return ``fragment`` with only ``allowed`` tags and attributes, and the dropped tag names.

    Comments are removed; a ``<`` that does not start a well-formed tag is text.
    """
    parser = _Sanitizer(allowed)
    parser.feed(_escape_stray(fragment))
    parser.close()
    return "".join(parser.out), parser.dropped
