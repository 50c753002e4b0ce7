"""The app's text size ("Larger text", "Smaller text"), remembered per profile.

The whole UI follows the application font, so one point size scales every
page; the reader keeps its own size for lesson text (``views/reader.py``).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tutorclient.changes import Changes

from .context import AppContext

FONT_SETTING = "font_size"
MIN_FONT, MAX_FONT, DEFAULT_FONT = 8.0, 20.0, 10.0


def apply_font_size(size: float | None) -> None:
    """Use ``size`` points (clamped; None: the default) for the whole UI."""
    app = QApplication.instance()
    if app is None:
        return
    font = QFont(app.font())  # type: ignore[attr-defined]
    font.setPointSizeF(min(MAX_FONT, max(MIN_FONT, float(size or DEFAULT_FONT))))
    QApplication.setFont(font)


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
