"""The lesson text widget: our pipeline's HTML in a QTextBrowser, images only from the blob cache.

Rendering Markdown to HTML is pure Python and takes tens of milliseconds for a
long lesson, so it runs on a lane thread (:func:`render_page`, called from the
reader's query that loads the lesson); the UI thread only sets the finished
HTML and lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from sync.content import render_lesson
from sync.errors import StorageError
from tutorclient.library import image_refs
from tutorclient.store import CorruptBlobError

from ..context import AppContext

PLACEHOLDER_TEXT = QT_TRANSLATE_NOOP(
    "LessonBrowser", "Picture not downloaded yet: it downloads at the next sync.\nClick to download it first.")
REQUESTED_TEXT = QT_TRANSLATE_NOOP("LessonBrowser", "This picture downloads first at the next sync.")
FULL_RESOLUTION_TEXT = QT_TRANSLATE_NOOP("LessonBrowser", "Full resolution")

#: Runs ``work`` somewhere (a lane thread in the reader) and hands its result to ``done`` on the UI thread.
Runner = Callable[[Callable[[], str], Callable[[str], None]], None]

__all__ = ["FULL_RESOLUTION_TEXT", "LessonBrowser", "load_images", "placeholder_image", "render_page"]


def _run_here(work: Callable[[], str], done: Callable[[str], None]) -> None:
    done(work())


def placeholder_image(text: str = PLACEHOLDER_TEXT, width: int = 520, height: int = 130) -> QImage:
    """A grey box saying ``text`` (an English source text, translated here)."""
    text = QCoreApplication.translate("LessonBrowser", text)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#eef2f6"))
    painter = QPainter(image)
    painter.setPen(QColor("#8896a8"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.setPen(QColor("#33404f"))
    font = QFont()
    font.setPointSize(11)
    painter.setFont(font)
    painter.drawText(image.rect().adjusted(12, 8, -12, -8),
                     int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    painter.end()
    return image


def load_images(ctx: AppContext, markdown: str) -> dict[str, QImage]:
    """On a lane thread: the lesson's images that are in the cache, verified and decoded."""
    images: dict[str, QImage] = {}
    for sha in image_refs(markdown):
        try:
            data = ctx.blobs.read(sha)
        except (StorageError, CorruptBlobError):
            continue
        image = QImage()
        if image.loadFromData(data):
            images[sha] = image
    return images


class LessonBrowser(QTextBrowser):
    """Shows Markdown; ``blob:`` images come only from what was preloaded from the cache."""

    image_requested = Signal(str)  # sha256 of a placeholder the user clicked
    full_resolution_requested = Signal(str)  # sha256 of a shown picture whose original the user wants

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonText")
        self.setAccessibleName(self.tr("Lesson text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        self.images: dict[str, QImage] = {}
        self.missing: list[str] = []
        self.requested: set[str] = set()
        self.originals: set[str] = set()  # pictures with a full-resolution original on the server
        self.text_width = 640
        self._image_limit = self._available_width()
        self._markdown = ""
        self._page = ""
        self.language = "en"  # the course's: its lessons' base direction (the reader sets it)
        self.runner: Runner = _run_here  # the reader renders on its lane instead
        self.document().setUndoRedoEnabled(False)
        # Wide tables scroll sideways rather than break words mid-word ("Phosphohex|ose").
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Pictures are scaled when the lesson is laid out; after a big resize
        # (the note panel opening) lay it out again so none sticks out.
        self._rescale = QTimer(self, singleShot=True, interval=150)
        self._rescale.timeout.connect(self._rerender)

    def show_markdown(self, markdown: str, images: dict[str, QImage]) -> None:
        """Render here and show: for callers without a lane (screenshots); the reader uses show_page."""
        width = self._available_width()
        self.show_page(markdown, render_page(markdown, images, width, self.language), images, width)

    def show_page(self, markdown: str, page: str, images: dict[str, QImage], width: int) -> None:
        """Show ``page``, the HTML :func:`render_page` made of ``markdown`` at ``width``."""
        self.images = images
        self.missing = []
        self._markdown = markdown
        self._page = page
        self._image_limit = width
        self.document().clear()  # drops cached resources, so a new download shows
        self.setHtml(page)
        self._space_lines()
        self._fit_column()

    def reshow(self) -> None:
        """Set the same page again: placeholders are drawn anew (a download was asked for)."""
        self.show_page(self._markdown, self._page, self.images, self._image_limit)

    def render_width(self) -> int:
        """The width pictures are scaled to, which :func:`render_page` needs."""
        return self._available_width()

    def _space_lines(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)

    def set_text_width(self, width: int) -> None:
        self.text_width = width
        self._fit_column()
        if self._available_width() != self._image_limit and self.images:
            self._rescale.start()

    def _fit_column(self) -> None:
        # Centre a column of at most text_width pixels: side margins grow with the window.
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        side = max(20, (self.viewport().width() - self.text_width) // 2)
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(20)
            fmt.setBottomMargin(40)
            root.setFrameFormat(fmt)

    def _available_width(self) -> int:
        return max(120, min(self.text_width, self.viewport().width() - 40))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()
        limit = self._available_width()
        if limit != self._image_limit and any(
                image.width() > min(limit, self._image_limit) for image in self.images.values()):
            self._rescale.start()

    @Slot()
    def _rerender(self) -> None:
        # The window changed width: pictures in table cells get a new share of it.
        markdown, images, width = self._markdown, self.images, self._available_width()

        def done(page: str) -> None:
            if markdown is not self._markdown or images is not self.images:
                return  # another lesson (or a fresh download) has been shown since
            value = self.verticalScrollBar().value()
            self.show_page(markdown, page, images, width)
            self.verticalScrollBar().setValue(value)

        language = self.language
        self.runner(lambda: render_page(markdown, images, width, language), done)

    def loadResource(self, kind: int, url: QUrl) -> Any:
        if kind not in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            return None
        if url.scheme() != "blob":
            return placeholder_image(QT_TRANSLATE_NOOP("LessonBrowser",
                                                       "Pictures from the internet are not loaded in lessons."))
        sha = url.path()
        image = self.images.get(sha)
        if image is None:
            if sha not in self.missing:
                self.missing.append(sha)
            return placeholder_image(REQUESTED_TEXT if sha in self.requested else PLACEHOLDER_TEXT,
                                     width=min(520, self._image_limit))
        if image.width() > self._image_limit:
            image = image.scaledToWidth(self._image_limit, Qt.TransformationMode.SmoothTransformation)
        return image

    def image_at(self, pos: QPointF) -> str | None:
        """The sha256 of the ``blob:`` picture at viewport position ``pos``, if any."""
        layout = self.document().documentLayout()
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        name = layout.imageAt(pos + offset)
        return name[5:] if name.startswith("blob:") else None

    def _missing_at(self, pos: QPointF) -> str | None:
        sha = self.image_at(pos)
        return sha if sha in self.missing else None

    def context_menu_at(self, pos: QPointF) -> QMenu:
        """The right-click menu at viewport position ``pos``: "Full resolution" on a picture that has it."""
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu((pos + offset).toPoint())  # wants document coordinates
        sha = self.image_at(pos)
        if sha in self.originals:
            action = QAction(self.tr(FULL_RESOLUTION_TEXT), menu, objectName="fullResolutionAction")
            action.triggered.connect(lambda: self.full_resolution_requested.emit(sha))
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(QPointF(self.viewport().mapFrom(self, event.pos())))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._missing_at(event.position()):
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        sha = self._missing_at(event.position())
        if sha and event.button() == Qt.MouseButton.LeftButton:
            self.image_requested.emit(sha)



def render_page(markdown: str, images: dict[str, QImage], width: int, language: str = "en") -> str:
    """The lesson's HTML at ``width`` (thread-safe: no widget, only the decoded images' sizes);
    ``language`` is the course's, which sets the text's base direction."""
    sizes = {sha: image.width() for sha, image in images.items()}
    return render_lesson(markdown, text_width=width, image_width=sizes.get, language=language).html
