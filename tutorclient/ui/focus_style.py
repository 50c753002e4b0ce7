"""The keyboard focus ring: a 2 px high-contrast outline on whatever has the focus.

Fusion's own focus marks are a faint tint that a trainee on a dim laptop screen
cannot find. The ring is part of the app's style sheet (``app.STYLE_SHEET``),
so every page and dialog gets it, in left-to-right and right-to-left layouts.
"""

from __future__ import annotations

__all__ = ["FOCUS_COLOUR", "FOCUS_STYLE"]

#: Dark blue: 7:1 against the light window background, and unlike any status colour.
FOCUS_COLOUR = "#0b57d0"

# Buttons keep their padding, so the ring does not make them jump. Scrolling
# widgets (lists, tables, text boxes) lay out their frame once: unfocused they
# get 1 px of frame and 1 px of padding, so the 2 px ring has its room.
FOCUS_STYLE = f"""
QPushButton:focus, QToolButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 4px;
    padding: 3px 10px; background: palette(button); }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; }}
QAbstractItemView, QPlainTextEdit, QTextEdit {{ border: 1px solid #aab3bf; padding: 1px; }}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS_COLOUR}; padding: 0px; }}
"""
