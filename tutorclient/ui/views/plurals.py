"""English plurals for ``tr("%n file(s)", "", n)`` when no translation is loaded.

Plurals go through Qt (Arabic has six forms, Somali two), written in Qt's usual
"(s)" style. Without an English translation Qt hands the source back with only
``%n`` filled in ("1 file(s)"), so the English words are picked here: "(s)" or
"(es)" after a word, or "(singular|plural)" for anything else ("entr(y|ies)",
"(It downloads|They download)").
A translated string has no such marks and passes through unchanged.
"""

from __future__ import annotations

import re

__all__ = ["english_plural"]

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")
_SUFFIX = re.compile(r"(?<=\w)\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """``text`` as Qt returned it for ``n``, with English "(s)" marks resolved."""
    one = n == 1
    text = _CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)
    return _SUFFIX.sub("" if one else r"\1", text)
