"""Find labels and buttons whose text does not fit: elided, cut off or squeezed.

:func:`clipped_texts` walks every visible widget under a window and measures
the text each shows against the room it has (its contents rect, or for a
button the style's contents rect). Widgets that elide on purpose carry the
dynamic property ``elides=True``; they pass only when their tooltip holds the
full text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding between the metrics and the layout

__all__ = ["clipped_texts"]


def _plain(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # mnemonics: "&Open" shows "Open", "&&" shows "&"


def _describe(widget: QWidget, text: str, why: str) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:60]!r}: {why}"


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_ancestors(widget: QWidget) -> bool:
    """Part of the widget lies outside a parent (a layout squeezed below its minimum)."""
    if _in_scroll_area(widget):
        return False  # scrolled out of view is not cut off
    rect = widget.rect()
    child = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect = rect.translated(child.pos())
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    if label.indent() > 0:
        room.setLeft(room.left() + label.indent())
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room.width())
            need_w, need_h = doc.idealWidth(), doc.size().height()
        else:
            need_w, need_h = doc.idealWidth(), doc.size().height()
    else:
        metrics = QFontMetrics(label.font())
        if label.wordWrap():
            box = metrics.boundingRect(QRect(0, 0, max(1, room.width()), 100_000),
                                       int(Qt.TextFlag.TextWordWrap), text)
            need_w, need_h = box.width(), box.height()
        else:
            lines = text.split("\n")
            need_w = max(metrics.horizontalAdvance(line) for line in lines)
            need_h = metrics.height() * len(lines)
    if need_w > room.width() + SLACK:
        return f"needs {need_w:.0f} px wide, has {room.width()}"
    if need_h > room.height() + SLACK:
        return f"needs {need_h:.0f} px high, has {room.height()}"
    return None


def _button_room(button: QAbstractButton) -> QRect:
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        return style.subElementRect(element, option, button)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        return style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    return button.rect().adjusted(3, 3, -3, -3)


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull()):
        return None
    metrics = QFontMetrics(button.font())
    need_w = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull() and not isinstance(button, QToolButton):
        need_w += button.iconSize().width() + 4
    room = _button_room(button)
    if need_w > room.width() + SLACK:
        return f"needs {need_w} px wide, has {room.width()}"
    if metrics.height() > button.height():
        return f"needs {metrics.height()} px high, has {button.height()}"
    return None


def _elision_problem(widget: QWidget, shown: str) -> str | None:
    """An eliding widget is fine when its tooltip holds the whole text."""
    tip = widget.toolTip()
    if "…" not in shown:
        return None
    head = shown.split("…")[0].rstrip()
    if not tip or len(tip) <= len(head) or not tip.startswith(head):
        return f"elided without the full text in its tooltip ({tip!r})"
    return None


def clipped_texts(windows: Iterable[QWidget]) -> list[str]:
    """One line per visible label, button, check box or radio button whose text does not fit."""
    found: list[str] = []
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible() or widget.width() <= 0:
                continue
            problem: str | None = None
            if isinstance(widget, QLabel):
                text = widget.text()
                problem = (_elision_problem(widget, text) if widget.property("elides")
                           else _label_problem(widget))
            elif isinstance(widget, QAbstractButton):
                text = widget.text()
                problem = (_elision_problem(widget, text) if widget.property("elides")
                           else _button_problem(widget))
            else:
                continue
            if problem is None and text and _cut_by_ancestors(widget):
                problem = "cut off by its parent"
            if problem is not None:
                found.append(_describe(widget, text, problem))
    return found
