"""Finding and rewriting the links of a lesson's Markdown, keeping byte offsets for messages."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from sync.authoring.model import Asset

# --------------------------------------------------------------------- markdown links


@dataclass
class _Link:
    start: int  # span of the target inside the text
    end: int
    target: str  # as written, without <>
    is_image: bool
    alt: str
    wiki: bool = False  # Obsidian [[...]]: resolved by file name anywhere in the course


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_INLINE = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*)\]"
    r"\([ \t]*(?P<target><[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*"
    # Authors write "images/my picture.png" (not valid CommonMark): a path with spaces that
    # ends in a file extension is read as one target; the importer writes it back %20-encoded.
    r"|[^()<>\n\"']*?\.[A-Za-z0-9]{1,5})"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)"
)
# Obsidian: ![[picture.png|400]] and [[Other lesson|text]] (| is written \| inside tables).
_WIKI = re.compile(r"(?P<bang>!?)\[\[(?P<target>[^\[\]\n|\\#]+)(?P<rest>[^\[\]\n]*)\]\]")
# A label starting with ^ is a footnote ([^1]: Bayer, 2020), not a link.
_REF_DEF = re.compile(r"^ {0,3}\[(?P<label>[^\]\n^][^\]\n]*)\]:[ \t]*(?P<target><[^<>\n]*>|\S+)", re.MULTILINE)
_REF_IMAGE = re.compile(r"!\[(?P<text>[^\[\]\n]*)\](?:\[(?P<label>[^\[\]\n]*)\])?(?![\[(])")
_HTML_RESOURCE = re.compile(
    r"<\s*(img|iframe|video|audio|object|embed|script|link|source|style|svg|frame)\b", re.IGNORECASE
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _mask_code(text: str) -> str:
    """Blank out fenced code blocks and code spans, keeping offsets, so code is not read as links."""
    out: list[str] = []
    fence = ""
    for line in text.splitlines(keepends=True):
        if fence:
            out.append(_blank(line))
            run = line.strip()
            if run and set(run) == {fence[0]} and len(run) >= len(fence):
                fence = ""
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            out.append(_blank(line))
        else:
            out.append(_CODE_SPAN.sub(lambda s: _blank(s.group(0)), line))
    return "".join(out)


def _label(text: str) -> str:
    return " ".join(text.split()).lower()


def _scan_links(body: str) -> tuple[list[_Link], str]:
    """Find inline links/images and reference definitions; return them and the masked text."""
    masked = _mask_code(body)
    links: list[_Link] = []
    pos = 0
    while m := _INLINE.search(masked, pos):
        if re.search(r"\n[ \t]*\n", m.group("text")):  # link text cannot span paragraphs
            pos = m.start() + 1
            continue
        raw = m.group("target")
        start, end = m.span("target")
        if raw.startswith("<"):
            raw, start, end = raw[1:-1], start + 1, end - 1
        links.append(_Link(start, end, raw, bool(m.group("bang")), m.group("text").strip()))
        pos = m.start("text")  # rescan the link text: [![alt](a.png)](b.pdf)
    image_labels = {
        _label(m.group("label") or m.group("text")) for m in _REF_IMAGE.finditer(masked)
    }
    for m in _REF_DEF.finditer(masked):
        raw = m.group("target")
        start, end = m.span("target")
        if raw.startswith("<"):
            raw, start, end = raw[1:-1], start + 1, end - 1
        is_image = _label(m.group("label")) in image_labels
        links.append(_Link(start, end, raw, is_image, m.group("label") if is_image else ""))
    for m in _WIKI.finditer(masked):
        start, end = m.span("target")
        links.append(_Link(start, end, m.group("target").strip(), bool(m.group("bang")), m.group("target"),
                           wiki=True))
    links.sort(key=lambda link: link.start)
    return links, masked


def _splice(body: str, links: list[_Link], new_target: Callable[[_Link], str | None]) -> str:
    parts: list[str] = []
    last = 0
    for link in links:
        replacement = new_target(link)
        if replacement is not None:
            parts.append(body[last:link.start])
            parts.append(replacement)
            last = link.end
    parts.append(body[last:])
    return "".join(parts)


def _split_fragment(target: str) -> tuple[str, str]:
    path, sep, fragment = target.partition("#")
    return path, sep + fragment


def rewrite_links(body_md: str, assets: dict[str, Asset], *, base: str = "") -> str:
    """Turn links to local files into ``blob:<sha256>`` links (keeping any ``#fragment``).

    ``body_md`` is a :attr:`Lesson.body_md`, whose local links are already relative
    to the course folder, and ``assets`` is :attr:`Course.assets`. For Markdown
    whose links are relative to a sub-folder, pass that folder as ``base``.
    Links that are not in ``assets`` (web links, ``#anchors``) are left unchanged.
    """
    links, _ = _scan_links(body_md)

    def to_blob(link: _Link) -> str | None:
        path, fragment = _split_fragment(link.target)
        key = unquote(path)
        if base:
            key = posixpath.normpath(posixpath.join(base, key))
        asset = assets.get(key)
        return None if asset is None else f"blob:{asset.sha256}{fragment}"

    return _splice(body_md, links, to_blob)

