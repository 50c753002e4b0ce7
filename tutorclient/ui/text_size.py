"""The app's text size ("Larger text", "Smaller text"), remembered per profile.

The whole UI follows the application font, so one point size scales every
page; the reader keeps its own size for lesson text (``views/reader.py``).
A change applies at once to everything open, not only to pages opened later:
widgets that set a font of their own (headings, bold buttons) move by the
same number of points, so a heading stays as much larger as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from tutorclient.changes import Changes

from .context import AppContext

FONT_SETTING = "font_size"
MIN_FONT, MAX_FONT, DEFAULT_FONT = 8.0, 20.0, 10.0


def _own_fonts() -> list[tuple[QWidget, QFont]]:
    """The widgets that set a font of their own, with that font; the others follow their parent."""
    return [(w, QFont(w.font())) for w in QApplication.allWidgets()
            if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) and w.font().pointSizeF() > 0]


def apply_font_size(size: float | None) -> None:
    """Use ``size`` points (clamped; None: the default) for the whole UI, open windows included."""
    app = QApplication.instance()
    if app is None:
        return
    font = QFont(app.font())  # type: ignore[attr-defined]
    before = font.pointSizeF()
    after = min(MAX_FONT, max(MIN_FONT, float(size or DEFAULT_FONT)))
    if after == before:
        return
    own = _own_fonts()  # read before the change: children of these follow them
    font.setPointSizeF(after)
    QApplication.setFont(font)
    # The app's style sheet fixed each widget's font when it was polished: polish again
    # (it also puts back the fonts widgets set themselves, so those come after).
    app.setStyleSheet(app.styleSheet())  # type: ignore[attr-defined]
    for widget, own_font in own:
        own_font.setPointSizeF(max(MIN_FONT / 2, own_font.pointSizeF() + after - before))
        widget.setFont(own_font)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.LayoutRequest))


def change_font_size(ctx: AppContext, step: int) -> None:
    """One point larger (+1), smaller (-1) or back to normal (0); kept for the profile."""
    current = QApplication.font().pointSizeF()
    size = DEFAULT_FONT if step == 0 else min(MAX_FONT, max(MIN_FONT, current + step))
    apply_font_size(size)
    profile = ctx.profile

    def work() -> Changes:
        profile.set_setting(FONT_SETTING, size)
        return Changes.of(settings=True)

    ctx.write(ctx, work)


__all__ = ["DEFAULT_FONT", "FONT_SETTING", "MAX_FONT", "MIN_FONT", "apply_font_size",
           "change_font_size"]
