"""What the views need to read right to left: arrows, margins and content direction.

In Arabic the layout is mirrored: "back" is on the right and points right. The
arrow glyphs stay out of the translated text and are added here, so translators
never have to flip them and English reads as before. One-sided margins are
given by reading order, and content (a trainee's English sentence in an Arabic
window) keeps its own direction.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout

__all__ = ["back", "forward", "mirrored", "pointing", "reads_right_to_left", "set_margins", "text_dir"]

_MIRROR = str.maketrans({"◀": "▶", "▶": "◀", "←": "→", "→": "←"})


def mirrored(arrow: str) -> str:
    """``arrow`` turned round ("◀" for "▶")."""
    return arrow.translate(_MIRROR)


def reads_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strong letter is Arabic or Hebrew (how a paragraph takes its
    direction): content keeps its own direction whatever the window's."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def pointing(arrow: str) -> str:
    """``arrow`` as drawn in a left-to-right layout, turned round for a right-to-left one."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return mirrored(arrow)
    return arrow


def back(text: str, arrow: str = "◀", gap: str = "  ") -> str:
    """"◀  text": the arrow on the leading side, pointing back."""
    return f"{pointing(arrow)}{gap}{text}"


def forward(text: str, arrow: str = "▶", gap: str = "  ") -> str:
    """"text  ▶": the arrow on the trailing side, pointing on."""
    return f"{text}{gap}{pointing(arrow)}"


def text_dir(text: str) -> str:
    """The HTML ``dir`` of a piece of content, from its first strong letter."""
    return "rtl" if reads_right_to_left(text) else "ltr"


def set_margins(layout: QLayout, leading: int, top: int, trailing: int, bottom: int) -> None:
    """Margins by reading order: Qt keeps a layout's left and right margins where they are
    when the window is mirrored, so a gap kept for a scrollbar would land on the wrong side."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        leading, trailing = trailing, leading
    layout.setContentsMargins(leading, top, trailing, bottom)
