"""The lesson reader: Markdown in a QTextBrowser, images only from the blob cache."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from tutorclient.store import BlobCache, CorruptBlobError
from sync.errors import StorageError

PLACEHOLDER_TEXT = "Image downloads at the next sync"


def placeholder_image(text: str = PLACEHOLDER_TEXT, width: int = 480, height: int = 120) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#eef1f4"))
    painter = QPainter(image)
    painter.setPen(QColor("#556070"))
    font = QFont()
    font.setPointSize(11)
    painter.setFont(font)
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.drawText(image.rect(), 0x0084, text)  # AlignCenter
    painter.end()
    return image


class LessonBrowser(QTextBrowser):
    """Never loads a remote resource: ``blob:`` images come from the local cache."""

    def __init__(self, blobs: BlobCache, parent: QWidget | None = None):
        super().__init__(parent)
        self.blobs = blobs
        self.missing: list[str] = []
        self.setObjectName("lessonReader")
        self.setAccessibleName("Lesson text")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(18)

    def show_markdown(self, markdown: str) -> None:
        self.missing = []
        self.document().clear()  # drops cached images, so a fresh download shows
        self.setMarkdown(markdown)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt override)
        if kind != QTextDocument.ResourceType.ImageResource.value and kind != QTextDocument.ResourceType.ImageResource:
            return None
        if url.scheme() != "blob":
            return placeholder_image("Remote images are not loaded")
        sha = url.path()
        try:
            data = self.blobs.read(sha)
        except (StorageError, CorruptBlobError):
            self.missing.append(sha)
            return placeholder_image()
        image = QImage()
        if not image.loadFromData(data):
            return placeholder_image("This image could not be shown")
        max_width = max(200, self.viewport().width() - 48)
        if image.width() > max_width:
            image = image.scaledToWidth(max_width)
        return image
