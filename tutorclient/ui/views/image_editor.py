"""Crop a picture and blur faces, names and labels before it goes with a case.

The dialog only collects :class:`tutorclient.image_edits.Edit` steps in the
picture's own pixels; ``image_edits`` does the pixel work (on a lane) when the
picture is added or replaced. Blurred areas show the real blurred pixels
(``EditorImages.obscured``), so what the trainee sees is what is sent.

Keyboard: C, B and R pick Crop, Blur box and Blur brush; on the picture, the
arrow keys move the dashed box (Shift+arrows resize it) and Enter or Space
applies the current tool there; Ctrl+Z undoes, Ctrl+Enter applies, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tutorclient import image_edits as ie

from .. import widgets
from .plurals import english_plural, num_text

__all__ = ["ImageEditorDialog", "PictureCanvas"]

TOOLS = {ie.CROP: QT_TRANSLATE_NOOP("ImageEditorDialog", "&Crop"),
         ie.BLUR_RECT: QT_TRANSLATE_NOOP("ImageEditorDialog", "&Blur box"),
         ie.BLUR_STROKE: QT_TRANSLATE_NOOP("ImageEditorDialog", "Blur b&rush")}


class PictureCanvas(QGraphicsView):
    """The picture at image coordinates; reports drags and keyboard boxes in them."""

    dragged = Signal(QPointF, QPointF, bool)  # start, now, finished
    key_box = Signal(QRectF)  # Enter/Space on the keyboard box

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setObjectName("pictureCanvas")
        self.setAccessibleName(self.tr("Picture: drag to draw, or use the arrow keys and Enter"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("#2b2f36"))
        self._start: QPointF | None = None
        self.box = QRectF()  # the keyboard box, in image pixels

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            self.dragged.emit(self._start, self._start, False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self.dragged.emit(self._start, self.mapToScene(event.position().toPoint()), False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is not None and event.button() == Qt.MouseButton.LeftButton:
            start, self._start = self._start, None
            self.dragged.emit(start, self.mapToScene(event.position().toPoint()), True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rect = self.sceneRect()
        step = max(4.0, max(rect.width(), rect.height()) / 50)
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            box = QRectF(self.box)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                box.setWidth(max(16.0, box.width() + dx))
                box.setHeight(max(16.0, box.height() + dy))
            else:
                box.translate(dx, dy)
            self.box = box.intersected(rect) if box.intersects(rect) else self.box
            self.key_box.emit(QRectF())  # redraw only
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.key_box.emit(QRectF(self.box))
        else:
            super().keyPressEvent(event)


def _box(rect: QRectF) -> ie.Box:
    r = rect.normalized()
    return (round(r.left()), round(r.top()), round(r.right()), round(r.bottom()))


class ImageEditorDialog(QDialog):
    """Crop, blur box, blur brush, undo, reset; :attr:`edits` holds the steps on Apply."""

    def __init__(self, images: ie.EditorImages, parent: QWidget | None = None, *,
                 note: str = "", apply_text: str | None = None):
        super().__init__(parent)
        self.setObjectName("imageEditorDialog")
        self.setAccessibleName(self.tr("Hide faces and names in the picture"))
        self.setWindowTitle(self.tr("Crop and blur the picture"))
        self.edits: list[ie.Edit] = []
        self._stroke: list[tuple[int, int]] = []
        self.width_px, self.height_px = images.width, images.height
        self.resize(1000, 680)
        self.scene = QGraphicsScene(self)
        self.scene.addPixmap(QPixmap.fromImage(QImage.fromData(images.picture)))
        self.scene.setSceneRect(0, 0, images.width, images.height)
        self._obscured = QBrush(QPixmap.fromImage(QImage.fromData(images.obscured)))
        self.blur_item = self.scene.addPath(QPainterPath(), QPen(Qt.PenStyle.NoPen), self._obscured)
        self.shade_item = self.scene.addPath(QPainterPath(), QPen(Qt.PenStyle.NoPen),
                                             QColor(0, 0, 0, 150))
        self.draft_item = self.scene.addPath(QPainterPath(), self._pen("#ffd54a"))
        self.key_item = self.scene.addPath(QPainterPath(), self._pen("#7fd1ff"))
        self.canvas = PictureCanvas(self.scene, self)
        self.canvas.box = QRectF(images.width / 3, images.height / 3,
                                 images.width / 3, images.height / 3)
        self.canvas.dragged.connect(self._dragged)
        self.canvas.key_box.connect(self._key_box)
        self._build(note, apply_text)
        self.tool_buttons[ie.BLUR_RECT].setChecked(True)
        self._redraw()

    @staticmethod
    def _pen(colour: str) -> QPen:
        pen = QPen(QColor(colour), 0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        pen.setWidth(2)
        return pen

    def _build(self, note: str, apply_text: str) -> None:
        intro = QLabel(self.tr("Blur every face, name, tattoo and label a tutor does not need, or crop "
                       "them out. Only the edited picture is kept and sent; the original stays "
                       "where it was and is never copied into TutorClient."),
                       objectName="imageEditorIntro", wordWrap=True)
        tools = QHBoxLayout()
        self.tool_group = QButtonGroup(self)
        self.tool_buttons: dict[str, QPushButton] = {}
        for kind, source in TOOLS.items():
            text = self.tr(source)
            b = widgets.button(text, f"{kind.replace('_', '')}ToolButton", text.replace("&", ""))
            b.setCheckable(True)
            self.tool_group.addButton(b)
            self.tool_buttons[kind] = b
            tools.addWidget(b)
        self.tool_group.buttonToggled.connect(lambda *_: self._redraw())
        self.brush_size = QSpinBox(objectName="brushSize", minimum=4, maximum=400, suffix=self.tr(" px"))
        self.brush_size.setAccessibleName(self.tr("Brush size"))
        self.brush_size.setValue(max(12, round(max(self.width_px, self.height_px) / 25)))
        size_label = QLabel(self.tr("Brush &size"), objectName="brushSizeLabel")
        size_label.setBuddy(self.brush_size)
        tools.addWidget(size_label)
        tools.addWidget(self.brush_size)
        tools.addStretch(1)
        self.undo_button = widgets.button(self.tr("Undo"), "imageUndoButton", self.tr("Undo the last step"),
                                          self.tr("Ctrl+Z"))
        self.reset_button = widgets.button(self.tr("Reset"), "imageResetButton", self.tr("Undo every step"))
        self.undo_button.clicked.connect(self.undo)
        self.reset_button.clicked.connect(self.reset)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.reset_button)
        self.steps = QLabel(objectName="imageEditorSteps", wordWrap=True)
        self.steps.setAccessibleName(self.tr("Steps so far"))
        keys = self.tr("Keys: C, B and R pick a tool; on the picture the arrow keys move the "
                       "dashed box, Shift+arrows resize it, Enter applies the tool there.")
        self.note = QLabel(f"{note} {keys}".strip(), objectName="imageEditorNote", wordWrap=True)
        self.note.setStyleSheet("color: #5b6675;")
        apply_text = apply_text or self.tr("Apply and attach")
        self.apply_button = widgets.button(apply_text, "imageApplyButton", apply_text,
                                           self.tr("Ctrl+Enter"))
        self.apply_button.setDefault(True)
        self.cancel_button = widgets.button(self.tr("Cancel"), "imageCancelButton",
                                            self.tr("Cancel: keep nothing"))
        self.apply_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        row = QHBoxLayout()
        row.addWidget(self.steps, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.apply_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(tools)
        box.addWidget(self.canvas, 1)
        box.addWidget(self.note)
        box.addLayout(row)
        self.setTabOrder(self.tool_buttons[ie.BLUR_STROKE], self.brush_size)

    # -- tools ----------------------------------------------------------------------------

    def tool(self) -> str:
        return next((k for k, b in self.tool_buttons.items() if b.isChecked()), ie.BLUR_RECT)

    def add(self, edit: ie.Edit) -> None:
        """One more step (also how tests and the keyboard draw)."""
        self.edits.append(edit)
        self._redraw()

    def undo(self) -> None:
        if self.edits:
            self.edits.pop()
            self._redraw()

    def reset(self) -> None:
        self.edits.clear()
        self._redraw()

    def _radius(self) -> int:
        return max(2, self.brush_size.value() // 2)

    def _dragged(self, start: QPointF, now: QPointF, finished: bool) -> None:
        tool = self.tool()
        if tool == ie.BLUR_STROKE:
            point = (round(now.x()), round(now.y()))
            if not self._stroke or self._stroke[-1] != point:
                self._stroke.append(point)
            path = self._stroke_path(self._stroke, self._radius())
            if finished:
                self._stroke, points = [], self._stroke
                self.draft_item.setPath(QPainterPath())
                self.add(ie.blur_stroke(points, self._radius()))
            else:
                self.draft_item.setPath(path)
            return
        rect = QRectF(start, now).normalized().intersected(self.scene.sceneRect())
        if not finished:
            path = QPainterPath()
            path.addRect(rect)
            self.draft_item.setPath(path)
            return
        self.draft_item.setPath(QPainterPath())
        if rect.width() >= 4 and rect.height() >= 4:  # a click is not a box
            self._commit_box(rect)

    def _key_box(self, rect: QRectF) -> None:
        if rect.isValid():
            self._commit_box(rect)
        self._redraw()

    def _commit_box(self, rect: QRectF) -> None:
        tool = self.tool()
        if tool == ie.CROP and (rect.width() < ie.MIN_CROP or rect.height() < ie.MIN_CROP):
            return
        self.add(ie.crop(_box(rect)) if tool == ie.CROP else ie.blur_rect(_box(rect)))

    # -- drawing --------------------------------------------------------------------------

    @staticmethod
    def _stroke_path(points: list[tuple[int, int]], radius: int) -> QPainterPath:
        line = QPainterPath(QPointF(*points[0]))
        for x, y in points[1:]:
            line.lineTo(x, y)
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * radius)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        shape = stroker.createStroke(line)
        shape.addEllipse(QPointF(*points[0]), radius, radius)  # a single dab
        return shape.simplified()

    def _redraw(self) -> None:
        blurred = QPainterPath()
        blurred.setFillRule(Qt.FillRule.WindingFill)
        for e in self.edits:
            if e.kind == ie.BLUR_RECT and e.box:
                blurred.addRect(QRectF(e.box[0], e.box[1], e.box[2] - e.box[0], e.box[3] - e.box[1]))
            elif e.kind == ie.BLUR_STROKE and e.points:
                blurred.addPath(self._stroke_path(list(e.points), e.radius))
        self.blur_item.setPath(blurred)
        shade = QPainterPath()
        crops = [e for e in self.edits if e.kind == ie.CROP and e.box]
        if crops:
            b = crops[-1].box
            assert b is not None
            shade.addRect(self.scene.sceneRect())
            shade.addRect(QRectF(b[0], b[1], b[2] - b[0], b[3] - b[1]))  # odd-even: a hole
        self.shade_item.setPath(shade)
        key = QPainterPath()
        if self.canvas.hasFocus():
            key.addRect(self.canvas.box)
        self.key_item.setPath(key)
        n_blur = sum(e.kind != ie.CROP for e in self.edits)
        parts = [english_plural(self.tr("%n area(s) blurred", "", n_blur), n_blur)] if n_blur else []
        if crops:
            b = crops[-1].box
            assert b is not None
            parts.append(self.tr("cropped to {width} × {height} px").format(
                width=num_text(b[2] - b[0]), height=num_text(b[3] - b[1])))
        self.steps.setText(self.tr("Done so far: {steps}.").format(steps=self.tr(", ").join(parts))
                           if parts else
                           self.tr("Nothing changed yet: drag on the picture to blur or crop."))
        self.undo_button.setEnabled(bool(self.edits))
        self.reset_button.setEnabled(bool(self.edits))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shortcuts = {Qt.Key.Key_C: ie.CROP, Qt.Key.Key_B: ie.BLUR_RECT, Qt.Key.Key_R: ie.BLUR_STROKE}
        key = Qt.Key(event.key())
        if key in shortcuts and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.tool_buttons[shortcuts[key]].setChecked(True)
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt override)
        super().showEvent(event)
        self.canvas.fit()
        self.canvas.setFocus()
        self._redraw()
