"""A calm page for a section that is not built yet: honest words, no fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CASES_TEXT = (
    "Case discussions arrive in the next update.",
    ("You will be able to read cases from your partnership, discuss them with tutors and "
     "submit your own, even without a connection.\n\n"
     "Meanwhile, discussions already on this computer can be found with the search box "
     "(Ctrl+F)."),
)
REVIEW_TEXT = (
    "Case reviews arrive in the next update.",
    ("You will be able to claim submitted cases, write reviews offline and send them at "
     "the next sync."),
)


class PlaceholderPage(QWidget):
    """A heading and a short explanation of what will appear here, and when."""

    def __init__(self, object_name: str, title: str, headline: str, body: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(14)
        heading = QLabel(title, objectName=f"{object_name}Title")
        heading.setAccessibleName(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.headline = QLabel(headline, objectName=f"{object_name}Headline")
        self.headline.setAccessibleName(headline)
        self.headline.setWordWrap(True)
        bigger = self.headline.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.headline.setFont(bigger)
        self.body = QLabel(body, objectName=f"{object_name}Body")
        self.body.setAccessibleName(body)
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(640)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setStyleSheet("color: #4a5563;")
        layout.addWidget(heading)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addStretch(1)


def cases_page() -> PlaceholderPage:
    return PlaceholderPage("casesPage", "Cases and discussions", *CASES_TEXT)


def review_page() -> PlaceholderPage:
    return PlaceholderPage("reviewPage", "Review queue", *REVIEW_TEXT)


__all__ = ["PlaceholderPage", "cases_page", "review_page"]
