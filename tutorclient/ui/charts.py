"""A small chart drawn with QPainter: lines over weeks, or grouped bars over buckets.

Qt Charts would add its own library and QML-free widgets to the installer
(several MB); these two kinds of chart need only QPainter, which the app
already ships. A chart knows its data, so it exports it as a table (CSV) as
well as a picture (PNG bytes); writing either to a file is the core's job.

Axes keep left-to-right order in right-to-left languages, as printed charts in
Arabic usually do: time runs left to right; the texts themselves are translated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .i18n import number

LINE, BARS = "line", "bars"
#: Colour-blind-safe (Okabe-Ito) colours, one per series.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00")
Values = Sequence[float | None]


def nice_top(value: float, whole: bool = False) -> tuple[float, float]:
    """A round top for the y axis at or above ``value``, and its tick step (4-5 ticks).

    ``whole``: counts, so the step is a whole number (no "0.25 cases").
    """
    if value <= 0:
        return (1.0, 1.0) if whole else (1.0, 0.25)
    raw = value / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    if whole:
        step = max(1.0, math.ceil(step))
    return step * math.ceil(value / step), step


def _tick_text(v: float) -> str:
    """A tick or value label in the interface language's digits (i18n.number)."""
    return number(round(v)) if abs(v - round(v)) < 1e-9 else number(v, 1)


class Chart(QWidget):
    """Lines or grouped bars of a few named series over labelled points."""

    def __init__(self, object_name: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.kind = LINE
        self.title = ""
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []
        self.label_header = ""
        self.empty_text = self.tr("No figures for this period yet")

    def set_data(self, title: str, label_header: str, labels: Sequence[str],
                 series: Sequence[tuple[str, Values]], kind: str = LINE) -> None:
        """Show ``series`` (name, one value per label; None: no value) over ``labels``."""
        self.title, self.label_header, self.kind = title, label_header, kind
        self.labels = list(labels)
        self.series = [(name, list(values)) for name, values in series]
        self.setAccessibleDescription(self._spoken())
        self.update()

    def has_data(self) -> bool:
        return any(v for _, values in self.series for v in values)

    def table(self) -> tuple[list[str], list[list[float | str | None]]]:
        """The chart's data as a header and rows: one row per label, one column per series."""
        header = [self.label_header] + [name for name, _ in self.series]
        rows = [[label] + [values[i] if i < len(values) else None for _, values in self.series]
                for i, label in enumerate(self.labels)]
        return header, rows

    def png_bytes(self, scale: float = 2.0) -> bytes:
        """The chart as a PNG at ``scale`` times its size on screen, on white."""
        size = self.size() if self.width() > 50 else QSize(640, 320)
        image = QImage(int(size.width() * scale), int(size.height() * scale),
                       QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    def _spoken(self) -> str:
        """What a screen reader says: the title and each series' values."""
        parts = [self.title]
        for name, values in self.series:
            pairs = ", ".join(f"{label} {_tick_text(v)}" for label, v in zip(self.labels, values)
                              if v is not None)
            parts.append(f"{name}: {pairs}")
        return ". ".join(parts)

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            self._paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def _paint(self, p: QPainter, box: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        metrics_h = p.fontMetrics().height()
        title_font = QFont(font)
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#1f2933"))
        p.drawText(box.adjusted(8, 4, -8, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   self.title)
        p.setFont(font)
        legend_y = box.top() + metrics_h + 8
        x = box.left() + 8
        for i, (name, _) in enumerate(self.series):
            p.fillRect(QRectF(x, legend_y + metrics_h / 2 - 5, 10, 10), QColor(COLOURS[i % 5]))
            width = p.fontMetrics().horizontalAdvance(name)
            p.setPen(QColor("#1f2933"))
            p.drawText(QPointF(x + 14, legend_y + metrics_h - 4), name)
            x += width + 30
        plot = QRectF(box.left() + 44, legend_y + metrics_h + 10, box.width() - 56,
                      box.height() - (legend_y - box.top()) - 2 * metrics_h - 22)
        if not self.has_data() or plot.height() < 20:
            p.setPen(QColor("#4a5563"))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
            return
        values = [v for _, vals in self.series for v in vals if v is not None]
        whole = all(float(v).is_integer() for v in values)
        # Headroom above the highest bar for its figure.
        top, step = nice_top(max(values) * (1.08 if self.kind == BARS else 1.0), whole)
        self._axes(p, plot, top, step, metrics_h)
        if self.kind == BARS:
            self._bars(p, plot, top)
        else:
            self._lines(p, plot, top)

    def _axes(self, p: QPainter, plot: QRectF, top: float, step: float, text_h: int) -> None:
        grid = QPen(QColor("#d5dae1"))
        p.setPen(grid)
        ticks = int(round(top / step))
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#4a5563"))
            p.drawText(QRectF(plot.left() - 44, y - text_h / 2, 38, text_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       _tick_text(step * i))
        small = QFont(p.font())  # axis labels a point smaller, as printed charts have them
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        p.setFont(small)
        n = max(1, len(self.labels))
        slot = plot.width() / n
        widest = max((p.fontMetrics().horizontalAdvance(s) for s in self.labels), default=0)
        every = max(1, math.ceil((widest + 4) / slot))  # never let labels overlap
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            p.drawText(QRectF(plot.left() + i * slot - slot * (every - 1) / 2,
                              plot.bottom() + 4, slot * every, text_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _y(self, plot: QRectF, top: float, v: float) -> float:
        return plot.bottom() - plot.height() * v / top

    def _lines(self, p: QPainter, plot: QRectF, top: float) -> None:
        slot = plot.width() / max(1, len(self.labels))
        for i, (_, values) in enumerate(self.series):
            colour = QColor(COLOURS[i % 5])
            p.setPen(QPen(colour, 2.2))
            path = QPainterPath()
            drawing = False
            points = []
            for j, v in enumerate(values):
                if v is None:
                    drawing = False  # a week with no value is a gap, not a zero
                    continue
                pt = QPointF(plot.left() + slot * (j + 0.5), self._y(plot, top, v))
                points.append(pt)
                if drawing:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    drawing = True
            p.drawPath(path)
            p.setBrush(colour)
            for pt in points:
                p.drawEllipse(pt, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _bars(self, p: QPainter, plot: QRectF, top: float) -> None:
        slot = plot.width() / max(1, len(self.labels))
        count = max(1, len(self.series))
        width = slot * 0.8 / count
        p.setPen(Qt.PenStyle.NoPen)
        for i, (_, values) in enumerate(self.series):
            p.setBrush(QColor(COLOURS[i % 5]))
            for j, v in enumerate(values):
                if not v:
                    continue
                x = plot.left() + slot * j + slot * 0.1 + width * i
                y = self._y(plot, top, v)
                p.drawRect(QRectF(x, y, width - 2, plot.bottom() - y))
                p.setPen(QColor("#1f2933"))
                p.drawText(QRectF(x - 4, y - 18, width + 6, 16),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                           _tick_text(v))
                p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Qt.BrushStyle.NoBrush)
