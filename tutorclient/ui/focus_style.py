"""The keyboard focus ring: a 2 px high-contrast outline on whatever has the focus.

Fusion's own focus marks are a faint tint that a trainee on a dim laptop screen
cannot find. The ring is part of the app's style sheet (``app.STYLE_SHEET``),
so every page and dialog gets it, in left-to-right and right-to-left layouts.
"""

from __future__ import annotations

__all__ = ["FOCUS_COLOUR", "FOCUS_STYLE"]

#: Dark blue: 7:1 against the light window background, and unlike any status colour.
FOCUS_COLOUR = "#0b57d0"

# The ring must not change a widget's size, or text that fitted is cut off the
# moment a button takes the focus (the text-fit walk caught exactly that). So
# every state has the same box: unfocused widgets spend the ring's 2 px on a
# 1 px grey border and 1 px of margin or padding, focused ones on the ring.
FOCUS_STYLE = f"""
QPushButton {{ border: 1px solid #8a94a3; border-radius: 4px; margin: 1px; padding: 3px 10px;
    background: palette(button); }}
QPushButton:hover {{ background: palette(light); }}
QPushButton:pressed, QPushButton:checked {{ background: palette(midlight); }}
QPushButton:default {{ border-color: #5f6b7a; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; margin: 0px; }}
QToolButton {{ border: 2px solid transparent; border-radius: 4px; }}
QToolButton:hover {{ background: palette(light); }}
QToolButton:focus {{ border-color: {FOCUS_COLOUR}; }}
QLineEdit, QComboBox, QSpinBox {{ border: 1px solid #8a94a3; border-radius: 3px; padding: 2px 4px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 1px 3px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {FOCUS_COLOUR}; }}
QAbstractItemView, QPlainTextEdit, QTextEdit {{ border: 1px solid #aab3bf; padding: 1px; }}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS_COLOUR}; padding: 0px; }}
"""
