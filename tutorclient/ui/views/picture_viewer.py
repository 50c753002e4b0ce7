"""A picture's full-resolution original (an X-ray, a histology slide), on demand, zoomable.

Course pictures arrive as light WebP versions; the server keeps the author's
original. :class:`FullResolution` asks for it: the original is queued first in
the blob queue and a sync pass planned under the profile's data rules fetches it,
through the usual transfer path (resumable, counted against the caps; a file
over the "ask before" size waits for the go-ahead on the Sync page). Reading and
decoding happen on a lane; :class:`PictureViewer` only paints.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sync.errors import StorageError
from tutorclient import connectivity, library
from tutorclient.library import Attachment
from tutorclient.store import CorruptBlobError

from .. import widgets
from ..autosync import autosync_for
from ..context import AppContext
from .plurals import ltr, num_text

_button = partial(widgets.button, height=32)

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.05, 8.0

__all__ = ["FullResolution", "PictureViewer"]


class _Scroll(QScrollArea):
    """Ctrl+wheel zooms, as in every picture viewer; a plain wheel scrolls."""

    def __init__(self, viewer: PictureViewer) -> None:
        super().__init__()
        self._viewer = viewer

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self._viewer.zoom_in if event.angleDelta().y() > 0 else self._viewer.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)


class PictureViewer(QDialog):
    """One picture at its full resolution: zoom in and out, fit to the window, actual size."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictureViewer")
        self.setAccessibleName(self.tr("Full resolution: {title}").format(title=title))
        self.setWindowTitle(self.tr("{title} ({width} × {height})").format(
            title=title, width=num_text(image.width()), height=num_text(image.height())))
        self.image = image
        self._pixmap = QPixmap.fromImage(image)
        self.zoom = 1.0
        self.picture = QLabel(objectName="fullResolutionPicture", alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(title)
        self.scroll = _Scroll(self)
        self.scroll.setObjectName("fullResolutionScroll")
        self.scroll.setWidget(self.picture)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = _button("−", "pictureZoomOutButton", self.tr("Zoom out"),
                                       self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button = _button("+", "pictureZoomInButton", self.tr("Zoom in"),
                                      self.tr("Zoom in (Ctrl+=)"))
        self.fit_button = _button(self.tr("Fit"), "pictureFitButton", self.tr("Fit to window"))
        self.actual_button = _button("100%", "pictureActualSizeButton", self.tr("Actual size"))
        self.zoom_label = QLabel(objectName="pictureZoomLabel")
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_button):
            bar.addWidget(w)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit)
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        for keys, slot in (("Ctrl+=", self.zoom_in), ("Ctrl++", self.zoom_in), ("Ctrl+-", self.zoom_out),
                           ("Ctrl+0", self.fit)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.resize(1000, 720)
        self.fit()

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    @Slot()
    def fit(self) -> None:
        """The whole picture in the window, never enlarged past its own pixels."""
        room = self.scroll.viewport().size()
        scale = min(room.width() / max(1, self.image.width()), room.height() / max(1, self.image.height()))
        self.set_zoom(min(1.0, scale))

    def set_zoom(self, factor: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        size = self._pixmap.size() * self.zoom
        self.picture.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        self.picture.resize(size)
        self.zoom_label.setText(f"{round(self.zoom * 100)}%")
        self.zoom_in_button.setEnabled(self.zoom < MAX_ZOOM)
        self.zoom_out_button.setEnabled(self.zoom > MIN_ZOOM)


class FullResolution(QObject):
    """Fetches a picture's original on demand and shows it in a :class:`PictureViewer`."""

    status_changed = Signal(str)  # what the user should know while it downloads; "" when done
    opened = Signal(object)  # the PictureViewer, once shown

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.waiting: Attachment | None = None
        self._title = ""
        self._passes = 0
        self.viewer: PictureViewer | None = None
        ctx.sync_finished.connect(self._sync_finished)

    def request(self, attachment: Attachment, title: str) -> None:
        """Show ``attachment``'s original: at once if it is here, else after it downloads."""
        if not attachment.original_sha256:
            return
        ctx = self.ctx
        self.waiting, self._title, self._passes = attachment, title, 0
        self.status_changed.emit(self.tr("Downloading the full-resolution picture ({size})…")
                                 .format(size=ltr(connectivity.mb_text(attachment.original_size))))
        ctx.write(self, lambda: library.want_original(ctx.store, ctx.blobs, attachment),
                  lambda _c: self._load(attachment, fetch=True), context="download")

    def _load(self, attachment: Attachment, *, fetch: bool) -> None:
        ctx, sha = self.ctx, attachment.original_sha256

        def work() -> tuple[QImage | None, int]:
            """The decoded original if it is here; else the "ask before" size it is over (or 0)."""
            try:
                data = ctx.blobs.read(sha)
            except (StorageError, CorruptBlobError):
                settings = connectivity.load_data_settings(ctx.store)
                over = settings.ask_over if settings.ask_over and any(
                    s == sha for s, _ in connectivity.large_wanted_blobs(ctx.store, ctx.blobs,
                                                                          settings.ask_over)) else 0
                return None, over or 0
            image = QImage()
            return (image if image.loadFromData(data) else None), 0

        ctx.query(self, work, lambda result: self._loaded(attachment, fetch, *result), context="download")

    def _loaded(self, attachment: Attachment, fetch: bool, image: QImage | None, over: int) -> None:
        if self.waiting is not attachment:
            return  # another picture was asked for since
        if image is not None:
            self.waiting = None
            self.status_changed.emit("")
            self.viewer = PictureViewer(image, self._title, self._parent)
            self.viewer.show()
            self.opened.emit(self.viewer)
        elif over:
            self.status_changed.emit(
                self.tr("The full-resolution picture is {size}, more than the {limit} you allowed "
                        "without asking: it waits for your go-ahead on the Sync page.").format(
                    size=ltr(connectivity.mb_text(attachment.original_size)),
                    limit=ltr(connectivity.mb_text(over))))
        elif fetch:
            self._start_pass()
        else:
            self.status_changed.emit(self.tr("The full-resolution picture downloads at the next sync."))

    def _start_pass(self) -> None:
        """A pass planned like Sync now: the data rules apply, large files wait for the go-ahead."""
        ctx = self.ctx
        auto = autosync_for(ctx)
        metered = auto.metered if auto is not None else False
        self._passes += 1

        def planned(result: tuple[object, object, connectivity.Plan]) -> None:
            plan = result[2]
            if plan.options is None:
                self.status_changed.emit(plan.reason)
            else:
                ctx.start_sync(plan.options)  # a pass already running is followed by ours (_sync_finished)

        ctx.query(self, lambda: connectivity.plan_now(ctx.store, ctx.blobs, metered=metered, manual=True),
                  planned, context="sync")

    @Slot(object)
    def _sync_finished(self, _outcome: object) -> None:
        if self.waiting is not None:
            # One more pass if the one that ended had started before we asked.
            self._load(self.waiting, fetch=self._passes < 2)
