"""PDFs from the blob cache in a QtPdf view, with page navigation and zoom.

The file is read and verified on the parallel lane; the view only gets the
bytes. A PDF not downloaded yet shows a plain message, and its download
priority is raised so the next sync fetches it first.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sync.errors import StorageError
from tutorclient.changes import Changes
from tutorclient.syncstore import ProfileSyncStore

from .. import widgets
from ..context import AppContext
from .direction import back, forward
from .plurals import num_text

_button = partial(widgets.button, height=32)

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.5, 4.0
NOT_DOWNLOADED = QT_TRANSLATE_NOOP(
    "PdfView", "“{title}” has not been downloaded to this computer yet.\n\nIt will download first "
    "at the next sync. Press “Sync now” when you have a connection.")

__all__ = ["PdfView"]


class PdfView(QWidget):
    """One PDF at a time: ``open_blob(sha256, title)``; ``back_requested`` returns to the lesson."""

    back_requested = Signal()
    opened = Signal(str)  # sha256, once its pages can be shown
    missing = Signal(str)  # sha256 of a PDF not downloaded yet (its priority was raised)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pdfView")
        self.setAccessibleName(self.tr("PDF document"))
        self.sha256: str | None = None
        self._buffer: QBuffer | None = None
        self._serial = 0
        self.document = QPdfDocument(self)
        self.document.setObjectName("pdfDocument")
        self._build()

    def _build(self) -> None:
        self.back_button = _button(back(self.tr("Back to the lesson")), "pdfBackButton",
                                   self.tr("Back to the lesson"))
        self.title_label = QLabel(objectName="pdfTitle")
        self.title_label.setAccessibleName(self.tr("Document title"))
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.title_label.setFont(font)
        self.previous_button = _button(back(self.tr("Page"), gap=" "), "pdfPreviousPageButton",
                                       self.tr("Previous page"), self.tr("Previous page (PgUp)"))
        self.next_button = _button(forward(self.tr("Page"), gap=" "), "pdfNextPageButton",
                                   self.tr("Next page"), self.tr("Next page (PgDn)"))
        self.page_box = QSpinBox(objectName="pdfPageBox", minimum=1, maximum=1)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setMinimumHeight(32)
        self.page_count_label = QLabel(objectName="pdfPageCount")
        self.page_count_label.setAccessibleName(self.tr("Number of pages"))
        self.zoom_out_button = _button("−", "pdfZoomOutButton", self.tr("Zoom out"),
                                       self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button = _button("+", "pdfZoomInButton", self.tr("Zoom in"), self.tr("Zoom in (Ctrl+=)"))
        self.fit_button = _button(self.tr("Fit width"), "pdfFitWidthButton",
                                  self.tr("Fit the page to the width"))
        for b in (self.zoom_out_button, self.zoom_in_button):
            b.setFixedWidth(40)
        # The title has a line of its own, wrapped: beside the page and zoom
        # controls a long title (or the back button) was cut off at 1366×768.
        self.title_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)

        self.view = QPdfView(objectName="pdfPages")
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.message = QLabel(objectName="pdfMessage", wordWrap=True,
                              alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Document message"))
        font = self.message.font()
        font.setPointSize(font.pointSize() + 2)
        self.message.setFont(font)
        self.sync_now_button = _button(self.tr("Sync now"), "pdfSyncNowButton", self.tr("Sync now"))
        message_page = QWidget()
        box = QVBoxLayout(message_page)
        box.addStretch(1)
        box.addWidget(self.message)
        box.addWidget(self.sync_now_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        self.pages = QStackedWidget(objectName="pdfStack")
        self.pages.addWidget(self.view)
        self.pages.addWidget(message_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(bar)
        layout.addWidget(self.title_label)
        layout.addWidget(self.pages, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.sync_now_button.clicked.connect(lambda: self.ctx.start_sync())
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("PgDown", self.next_page), ("PgUp", self.previous_page),
                           ("Ctrl+=", self.zoom_in), ("Ctrl++", self.zoom_in), ("Ctrl+-", self.zoom_out),
                           ("Alt+Left", self.back_requested.emit), ("Esc", self.back_requested.emit)):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(slot)
        self._set_controls(False)

    # -- opening -------------------------------------------------------------------------

    def open_blob(self, sha256: str, title: str = "") -> None:
        """Show the cached PDF ``sha256``, or say it is not downloaded yet (and ask for it first)."""
        title = title or self.tr("Document")
        ctx = self.ctx
        self._serial += 1
        serial = self._serial
        self.sha256 = sha256
        self.title_label.setText(title)

        def work() -> bytes | None:
            try:
                return ctx.blobs.read(sha256)
            except StorageError:
                return None

        ctx.query(self, work, lambda data: self._loaded(serial, sha256, title, data), context="pdf")

    def _loaded(self, serial: int, sha256: str, title: str, data: bytes | None) -> None:
        if serial != self._serial:
            return
        if data is None:
            self._show_missing(sha256, title)
            return
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error or self.document.pageCount() == 0:
            self.message.setText(self.tr("“{title}” could not be opened. It may be damaged; it will "
                                         "be downloaded again at the next sync.").format(title=title))
            self.sync_now_button.hide()
            self.pages.setCurrentIndex(1)
            self._set_controls(False)
            return
        self.pages.setCurrentIndex(0)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(self.page_count())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of {count}").format(count=num_text(self.page_count())))
        self.fit_width()
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._set_controls(True)
        self._page_changed(0)
        self.view.setFocus()
        self.opened.emit(sha256)

    def _show_missing(self, sha256: str, title: str) -> None:
        ctx = self.ctx
        self.document.close()
        self.message.setText(self.tr(NOT_DOWNLOADED).format(title=title))
        self.sync_now_button.show()
        self.pages.setCurrentIndex(1)
        self._set_controls(False)

        def work() -> Changes:
            ProfileSyncStore(ctx.store, ctx.blobs).prioritise(sha256)
            return Changes.of("blobs")

        ctx.write(self, work, lambda _c: self.missing.emit(sha256), context="download")

    def _set_controls(self, enabled: bool) -> None:
        for w in (self.previous_button, self.next_button, self.page_box, self.zoom_in_button,
                  self.zoom_out_button, self.fit_button):
            w.setEnabled(enabled)

    # -- pages and zoom ----------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counting from 0."""
        return self.view.pageNavigator().currentPage()

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
