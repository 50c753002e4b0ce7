"""Numbers in translated text: English plurals for ``tr("%n file(s)", "", n)`` when no
translation is loaded, and counts written in the user's digits.

Plurals go through Qt (Arabic has six forms, Somali two), written in Qt's usual
"(s)" style. Without an English translation Qt hands the source back with only
``%n`` filled in ("1 file(s)"), so the English words are picked here: "(s)" or
"(es)" after a word, or "(singular|plural)" for anything else ("entr(y|ies)",
"(It downloads|They download)").
A translated string has no such marks and passes through unchanged.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from ..i18n import english_plural, number

__all__ = ["clock_text", "english_plural", "ltr", "num_text"]

def num_text(value: object) -> str:
    """A whole number the way the user's language writes it ("١٢" in Arabic, as ``%Ln``
    writes counts), without group separators; anything else as ``str()``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)
    return number(value)


def clock_text(moment: datetime) -> str:
    """"14:05" in the user's digits (a 24-hour clock, as before)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def ltr(text: object) -> str:
    """A size, path or other left-to-right run set into translated text.

    In a right-to-left layout a left-to-right mark first keeps "23 KB" reading as written
    (the bidi rules would show "KB 23"); elsewhere the text is unchanged."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u200e{text}\u200e"
    return str(text)
