"""A note that says where a saved file went, with an "Open folder" button.

Diagnostics and USB bundles are files a trainee or coordinator must find again
(to send by e-mail, or to check on the stick), so the path is shown in full,
selectable, and one click opens its folder in the system's file manager.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..widgets import named


class FileNote(QFrame):
    """"Saved as …" with Open folder; or any other one-line message without the button."""

    folder_opened = Signal(object)  # Path of the folder handed to the file manager

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        self.path: Path | None = None
        self.label = named(QLabel(), f"{name}Text", accessible)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(self.label.textInteractionFlags()
                                           | self.label.textInteractionFlags().TextSelectableByMouse)
        self.open_button = named(QPushButton(self.tr("Open folder")), f"{name}OpenFolder",
                                 self.tr("Open the folder of the {what}").format(what=accessible.lower()))
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        self.open_button.hide()
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def say(self, text: str, error: bool = False) -> None:
        """A message with no file to open (working…, or what went wrong)."""
        self.path = None
        self.label.setText(text)
        self.label.setStyleSheet("color: #a4262c;" if error else "")
        self.open_button.hide()
        self.show()

    def saved(self, path: Path, text: str) -> None:
        """``text`` names ``path``; Open folder opens the folder holding it."""
        self.say(text)
        self.path = path
        self.open_button.show()

    @Slot()
    def open_folder(self) -> None:
        if self.path is None:
            return
        folder = self.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.folder_opened.emit(folder)


__all__ = ["FileNote"]
