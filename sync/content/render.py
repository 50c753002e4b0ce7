"""Lesson Markdown to the HTML subset Qt's QTextBrowser displays well.

One pipeline for the importer (checks, search text) and the client (display):
markdown-it-py (CommonMark) with GFM tables and strikethrough, footnotes, task
lists, definition lists, ``$``/``$$`` maths, Obsidian callouts, image embeds
and wiki-links. Everything goes out through the allow-list sanitiser in
:mod:`sync.content.sanitize`, so no tag can hide the text after it.

Qt's HTML has no left borders and no CSS boxes, so block quotes and callouts are
two-cell tables: a narrow coloured cell is the bar, the wide one the content.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from sync.content.direction import direct
from sync.content.maths import tex_to_html
from sync.content.sanitize import AUTHOR_TAGS, SAFE_HREF, sanitize

__all__ = ["CALLOUTS", "Rendered", "parser", "render_lesson"]

#: Callout kind -> (label, bar colour, background). Obsidian's aliases map onto these four.
CALLOUTS: dict[str, tuple[str, str, str]] = {
    "note": ("Note", "#1565c0", "#e8f0fb"),
    "tip": ("Tip", "#2e7d32", "#e8f5e9"),
    "warning": ("⚠ Warning", "#e65100", "#fff3e0"),
    "danger": ("‼ Danger", "#b71c1c", "#fdecea"),
}
_ALIASES = {
    "info": "note", "abstract": "note", "summary": "note", "tldr": "note", "todo": "note",
    "example": "note", "quote": "note", "cite": "note", "question": "note", "help": "note",
    "faq": "note", "important": "tip", "hint": "tip", "success": "tip", "check": "tip",
    "done": "tip", "caution": "warning", "attention": "warning", "failure": "danger",
    "fail": "danger", "missing": "danger", "error": "danger", "bug": "danger",
}
_CALLOUT = re.compile(r"^\[!([A-Za-z]+)\]([+-]?)[ \t]*(.*)$")
# Inside a table Obsidian writes the separator as \| (a bare | would end the cell).
_WIKI = re.compile(r"(!?)\[\[([^\[\]\n|\\]+)(?:\\?\|([^\[\]\n]*))?\]\]")
_WIDTH = re.compile(r"^\s*(\d{1,4})(?:\s*x\s*\d{1,4})?\s*$")
#: Resolves a wiki target (``img.png``, ``Other lesson``) to a URL, or None when it does not exist.
Resolver = Callable[[str, bool], "str | None"]


@dataclass
class Rendered:
    """The HTML of one lesson and what an author should hear about it."""

    html: str
    problems: list[tuple[int, str]] = field(default_factory=list)  # (0-based source line, message)


def _kind(name: str) -> str | None:
    name = name.lower()
    return name if name in CALLOUTS else _ALIASES.get(name)


def _callouts(state: StateCore) -> None:
    """Turn ``> [!warning] Title`` block quotes into callouts before inline parsing."""
    tokens = state.tokens
    for i, tok in enumerate(tokens):
        if tok.type != "blockquote_open" or i + 2 >= len(tokens) or tokens[i + 1].type != "paragraph_open":
            continue
        inline = tokens[i + 2]
        first, _, rest = inline.content.partition("\n")
        m = _CALLOUT.match(first.strip())
        if not m:
            continue
        kind = _kind(m.group(1))
        if kind is None:
            state.env.setdefault("problems", []).append(
                ((tok.map or [0])[0], f"callout type [!{m.group(1)}] is unknown; it shows as a note "
                                      "(use note, tip, warning or danger)"))
            kind = "note"
        tok.meta["callout"] = kind
        tok.meta["title"] = m.group(3).strip()
        inline.content = rest
        if not rest.strip():  # title only: drop the empty paragraph
            tokens[i + 1].hidden = tokens[i + 3].hidden = True
            inline.content = ""


def _orphan_footnotes(state: StateCore) -> None:
    """Keep footnotes nobody cites (the plugin drops them): their text must still show."""
    data = state.env.get("footnotes")
    if not data:
        return
    for key, ref in list(data.get("refs", {}).items()):
        if ref < 0:
            label = key[1:]
            new_id = len(data.setdefault("list", {}))
            data["list"][new_id] = {"label": label, "count": 0}
            data["refs"][key] = new_id
            state.env.setdefault("problems", []).append(
                (0, f"footnote [^{label}] is never cited in the text; it is listed under Notes anyway"))


def _wiki(state: StateInline, silent: bool) -> bool:
    """``[[target|text]]`` and ``![[image.png|400]]`` (Obsidian)."""
    start = state.pos
    if state.src[start] not in "![":
        return False
    m = _WIKI.match(state.src, start)
    if not m or (m.group(1) == "" and state.src[start] == "!"):
        return False
    if not silent:
        tok = state.push("wiki", "", 0)
        tok.meta = {"embed": bool(m.group(1)), "target": m.group(2).strip(), "option": m.group(3)}
        tok.content = m.group(0)
    state.pos = m.end()
    return True


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The configured parser (built once; parsing is thread-safe, state lives in ``env``)."""
    md = MarkdownIt("commonmark", {"html": True, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin).use(deflist_plugin).use(tasklists_plugin)
    # No digits next to $ and no space inside: "$5 to $10" stays money, not maths.
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
    md.core.ruler.after("block", "callouts", _callouts)
    md.core.ruler.before("footnote_tail", "orphan_footnotes", _orphan_footnotes)
    md.inline.ruler.before("link", "wiki", _wiki)
    return md


class _Html:
    """Walks the token stream and writes Qt-friendly HTML."""

    def __init__(self, resolve: Resolver | None, text_width: int,
                 image_width: Callable[[str], int | None] | None) -> None:
        self.resolve = resolve or _default_resolve
        self.text_width = text_width
        self.image_width = image_width
        self.out: list[str] = []
        self.problems: list[tuple[int, str]] = []
        self.line = 0
        self.columns: list[int] = []  # column count of each open table
        self.footnotes: dict[str, Any] = {}

    # ------------------------------------------------------------------ blocks
    def blocks(self, tokens: list[Token]) -> None:
        for i, tok in enumerate(tokens):
            if tok.map:
                self.line = tok.map[0]
            if tok.hidden and tok.type in ("paragraph_open", "paragraph_close"):
                continue
            handler = _BLOCK_HANDLERS.get(tok.type)
            if handler is not None:
                handler(self, tok, tokens, i)
            elif tok.type == "inline":
                self.inline(tok.children or [])
            elif tok.nesting == 1:
                self.out.append(f"<{tok.tag}{self.align(tok)}>")
            elif tok.nesting == -1:
                self.out.append(f"</{tok.tag}>")

    @staticmethod
    def align(tok: Token) -> str:
        style = str(tok.attrGet("style") or "")
        m = re.search(r"text-align:(left|right|center)", style)
        return f' align="{m.group(1)}"' if m else ""

    def b_paragraph_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("<p>")

    def b_heading_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append(f"<{tok.tag}>")

    def b_code_block(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append(f"<pre>{html.escape(tok.content.rstrip(chr(10)), quote=False)}</pre>")

    b_fence = b_code_block

    def b_hr(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("<hr />")

    def b_html_block(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("<p>" + self.author_html(tok.content) + "</p>")

    def b_bullet_list_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("<ul>")

    def b_ordered_list_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        start = tok.attrGet("start")
        self.out.append(f'<ol start="{int(start)}">' if start is not None else "<ol>")

    def b_list_item_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("<li>")

    def b_math_block(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append(f'<p align="center">{self.maths(tok.content)}</p>')

    b_math_block_label = b_math_block

    def b_blockquote_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        kind = tok.meta.get("callout")
        if kind:
            label, bar, back = CALLOUTS[kind]
            title = tok.meta.get("title") or ""
            heading = f"<b>{html.escape(label)}</b>" + (f"<b>: {self.inline_text(title)}</b>" if title else "")
            if kind in ("warning", "danger"):  # clinical warnings stand out: title in the bar colour
                heading = f'<font color="{bar}">{heading}</font>'
            self.out.append(f'<table width="100%" cellspacing="0" cellpadding="8" border="0" '
                            f'style="margin-top:6px; margin-bottom:10px"><tr><td width="6" bgcolor="{bar}"></td>'
                            f'<td bgcolor="{back}"><p>{heading}</p>')
        else:
            self.out.append('<table width="100%" cellspacing="0" cellpadding="6" border="0">'
                            '<tr><td width="4" bgcolor="#b0bec5"></td><td>')

    def b_blockquote_close(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("</td></tr></table>")

    def b_table_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        cols = 0
        for t in tokens[i + 1:]:
            if t.type == "tr_close":
                break
            cols += t.type in ("th_open", "td_open")
        self.columns.append(max(cols, 1))
        self.out.append('<table border="1" cellspacing="0" cellpadding="5" '
                        'style="border-color:#9aa5b1; border-style:solid; margin-top:6px; margin-bottom:10px">')

    def b_table_close(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.columns.pop()
        self.out.append("</table>")

    def b_th_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append(f'<th bgcolor="#eef2f6"{self.align(tok)}>')

    def b_td_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append(f"<td{self.align(tok)} valign=\"top\">")

    def b_td_close(self, tok: Token, tokens: list[Token], i: int) -> None:
        if tokens[i - 1].type == "inline" and not tokens[i - 1].content.strip():
            self.out.append("\u00a0")  # an empty cell still draws its borders
        self.out.append(f"</{tok.tag}>")

    b_th_close = b_td_close

    # footnotes: a numbered list after a rule, like GitHub
    def b_footnote_block_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append('<hr /><p><small><b>Notes</b></small></p><ol>')

    def b_footnote_block_close(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("</ol>")

    def b_footnote_open(self, tok: Token, tokens: list[Token], i: int) -> None:
        n = tok.meta["id"] + 1
        self.out.append(f'<li><a name="fn{n}"></a>')

    def b_footnote_close(self, tok: Token, tokens: list[Token], i: int) -> None:
        self.out.append("</li>")

    def b_footnote_anchor(self, tok: Token, tokens: list[Token], i: int) -> None:
        n = tok.meta["id"] + 1
        self.out.append(f' <a href="#fnref{n}">↩</a>')

    # ------------------------------------------------------------------ inline
    def inline(self, children: list[Token]) -> None:
        for tok in children:
            handler = _INLINE_HANDLERS.get(tok.type)
            if handler is not None:
                handler(self, tok)
            elif tok.nesting == 1:
                self.out.append(f"<{tok.tag}>")
            elif tok.nesting == -1:
                self.out.append(f"</{tok.tag}>")

    def inline_text(self, text: str) -> str:
        env: dict[str, Any] = {}
        sub = _Html(self.resolve, self.text_width, self.image_width)
        sub.inline(parser().parseInline(text, env)[0].children or [])
        return "".join(sub.out)

    def i_text(self, tok: Token) -> None:
        self.out.append(html.escape(tok.content, quote=False))

    def i_code_inline(self, tok: Token) -> None:
        self.out.append(f"<code>{html.escape(tok.content, quote=False)}</code>")

    def i_softbreak(self, tok: Token) -> None:
        self.out.append("\n")

    def i_hardbreak(self, tok: Token) -> None:
        self.out.append("<br />")

    def i_html_inline(self, tok: Token) -> None:
        self.out.append(self.author_html(tok.content))

    def i_link_open(self, tok: Token) -> None:
        href = str(tok.attrGet("href") or "")
        title = tok.attrGet("title")
        extra = f' title="{html.escape(str(title))}"' if title else ""
        if not SAFE_HREF.match(href.strip()):  # the same rule as the sanitiser: the text stays, no link
            self.out.append(f"<a{extra}>")
            return
        self.out.append(f'<a href="{html.escape(href)}"{extra}>')

    def i_image(self, tok: Token) -> None:
        src = str(tok.attrGet("src") or "")
        alt = "".join(c.content for c in tok.children or []) or tok.content
        self.image(src, alt, None)

    def image(self, src: str, alt: str, width: int | None) -> None:
        if not src.startswith("blob:"):
            self.out.append(f"<i>[Picture not shown offline: {html.escape(alt or src)}]</i>")
            return
        natural = self.image_width(src[5:]) if self.image_width else None
        limit = None
        if self.columns:  # a picture in a table cell gets its share of the column, never more
            limit = max(60, (self.text_width - 12 * self.columns[-1]) // self.columns[-1])
        chosen = width or natural
        if limit is not None:
            chosen = min(chosen or limit, limit)
        size = f' width="{chosen}"' if chosen else ""
        self.out.append(f'<img src="{html.escape(src)}" alt="{html.escape(alt)}"{size} />')

    def i_wiki(self, tok: Token) -> None:
        target, option, embed = tok.meta["target"], tok.meta["option"], tok.meta["embed"]
        url = self.resolve(target, embed)
        if embed:  # ![[name|description|400]]: any part may be left out
            parts = [p.strip() for p in re.split(r"\\?\|", option or "") if p.strip()]
            sizes = [int(_WIDTH.match(p).group(1)) for p in parts if _WIDTH.match(p)]
            words = [p for p in parts if not _WIDTH.match(p)]
            width = sizes[0] if sizes else None
            alt = words[0] if words else ("picture" if ":" in target else target.rsplit("/", 1)[-1])
            if url is None:
                self.problems.append((self.line, f"picture ![[{target}]] was not found in the course"))
                self.out.append(f"<i>[Missing picture: {html.escape(target)}]</i>")
            else:
                self.image(url, alt, width)
            return
        text = html.escape(option or target.split("#")[0])
        if url is None:
            self.problems.append((self.line, f"link [[{target}]] does not match any lesson or file in the "
                                             "course; it shows as plain text"))
            self.out.append(text)
        else:
            self.out.append(f'<a href="{html.escape(url)}">{text}</a>')

    def i_math_inline(self, tok: Token) -> None:
        self.out.append(self.maths(tok.content))

    i_math_inline_double = i_math_inline

    def i_footnote_ref(self, tok: Token) -> None:
        n = tok.meta["id"] + 1
        self.out.append(f'<sup><a name="fnref{n}" href="#fn{n}">[{n}]</a></sup>')

    def maths(self, tex: str) -> str:
        typeset, unknown = _typeset(tex)
        if unknown:
            self.problems.append((self.line, "maths command(s) " + ", ".join(sorted(set(unknown)))
                                  + " cannot be typeset; they show as written"))
        return f'<span title="{html.escape(tex.strip())}">{typeset}</span>'

    def author_html(self, raw: str) -> str:
        clean, dropped = _author_html(raw)
        for tag in dropped:
            self.problems.append((self.line, f"HTML tag <{tag}> is not supported in lessons; it is left out "
                                             "and the text inside it is shown as plain text"))
        return clean


# Dispatch by token type, built once: a getattr with a built name per token was 5% of a render.
_BLOCK_HANDLERS: dict[str, Callable[..., None]] = {
    name[2:]: fn for name, fn in vars(_Html).items() if name.startswith("b_")}
_INLINE_HANDLERS: dict[str, Callable[..., None]] = {
    name[2:]: fn for name, fn in vars(_Html).items() if name.startswith("i_")}


# Lessons repeat the same small pieces (a <br> in every dose cell, the same formula in each
# section), and the reader renders a lesson again on resize: both are pure functions of their text.
@lru_cache(maxsize=4096)
def _typeset(tex: str) -> tuple[str, tuple[str, ...]]:
    result = tex_to_html(tex)
    return result.html, tuple(result.unknown)


@lru_cache(maxsize=4096)
def _author_html(raw: str) -> tuple[str, tuple[str, ...]]:
    clean, dropped = sanitize(raw, AUTHOR_TAGS)
    return clean, tuple(dropped)


def _default_resolve(target: str, embed: bool) -> str | None:
    # On the client, the importer has already turned every target it found into blob:/lesson: URLs.
    return target if target.startswith(("blob:", "lesson:")) else None


def render_lesson(markdown: str, *, resolve: Resolver | None = None, text_width: int = 640,
                  image_width: Callable[[str], int | None] | None = None,
                  language: str | None = None) -> Rendered:
    """Render lesson Markdown to sanitised Qt-subset HTML.

    ``resolve`` maps a wiki target to a URL (default: keep ``blob:``/``lesson:``
    targets, which the importer wrote); ``image_width`` gives a picture's natural
    width by sha256 so pictures in table cells can be scaled to the cell;
    ``language``, the course's, sets the base direction (``sync.content.direction``).
    """
    env: dict[str, Any] = {}
    tokens = parser().parse(markdown, env)
    writer = _Html(resolve, text_width, image_width)
    writer.blocks(tokens)
    problems = env.get("problems", []) + writer.problems
    # No second sanitiser pass over the whole page (a third of the render time): author HTML
    # is sanitised where it enters, everything else is escaped text or our own tags. The tests
    # check that sanitize() leaves every page unchanged, so this stays true.
    page = "".join(writer.out)
    if language is not None:
        page = direct(page, language)
    return Rendered(html=page, problems=problems)
