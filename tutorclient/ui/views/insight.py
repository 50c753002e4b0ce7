"""The figures page: a partnership's trainees, cases, tutors and devices, from the last sync.

Coordinators see their partnerships, tutors the trainees of their specialisms,
trainees their own figures: the server computes each viewer's figures and syncs
them (docs/insight.md), so this page only reads the local store, on a lane, and
works offline. Two charts (weekly trends, waiting times) are drawn by
``ui/charts.py``; each saves as a PNG picture and as CSV data, written by the
core (``tutorclient.insight``) on a lane.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tutorclient import insight
from tutorclient.changes import Changes
from tutorclient.paths import start_folder

from ..charts import BARS, LINE, Chart
from ..context import AppContext
from ..models.insight import FiguresModel, SortRole
from ..widgets import named
from . import insight_rows as rows
from .file_note import FileNote


class InsightPage(QWidget):
    """Figures for the signed-in user, one partnership at a time."""

    loaded = Signal(int)  # how many partnerships' figures were read
    exported = Signal(object)  # Path of a saved PNG or CSV

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightPage")
        self.ctx = ctx
        self.insights: list[insight.Insight] = []
        self.export_dir: Path | None = None  # None: ask with a file dialog
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(objectName="insightHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.partnership_box = named(QComboBox(), "insightPartnership", self.tr("Partnership"))
        self.course_box = named(QComboBox(), "insightCourse", self.tr("Course"))
        for box in (self.partnership_box, self.course_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(14)
        self.partnership_box.currentIndexChanged.connect(lambda _i: self._show_current())
        self.course_box.currentIndexChanged.connect(lambda _i: self._show_figures())
        self.period = QLabel(objectName="insightPeriod", wordWrap=True)
        self.period.setStyleSheet("color: #4a5563;")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.partnership_box)
        top.addWidget(self.course_box)

        self.empty = QLabel(self.tr(
            "No figures yet. They arrive with the next sync once the server has computed them; "
            "after that this page works without a connection."),
            objectName="insightEmpty", wordWrap=True)
        self.tiles = QGridLayout()
        self.tile_values: list[QLabel] = []
        self.tile_captions: list[QLabel] = []
        for i in range(6):
            frame = QFrame(objectName=f"insightTile{i}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            value, caption = QLabel(objectName=f"insightTileValue{i}"), QLabel()
            vfont = value.font()
            vfont.setPointSizeF(vfont.pointSizeF() + 4)
            vfont.setBold(True)
            value.setFont(vfont)
            caption.setStyleSheet("color: #4a5563;")
            box.addWidget(value)
            box.addWidget(caption)
            self.tile_values.append(value)
            self.tile_captions.append(caption)
            self.tiles.addWidget(frame, 0, i)

        self.trend_box = named(QComboBox(), "insightTrendChoice", self.tr("Trend shown"))
        for key, name in rows.trend_names().items():
            self.trend_box.addItem(name, key)
        self.trend_box.currentIndexChanged.connect(lambda _i: self._show_charts())
        self.trend_chart = Chart("insightTrendChart", self.tr("Weekly trend"))
        self.wait_chart = Chart("insightWaitChart", self.tr("Waiting times"))
        charts = QHBoxLayout()
        charts.addLayout(self._chart_column(self.trend_chart, "trend", self.trend_box), 1)
        charts.addLayout(self._chart_column(self.wait_chart, "wait"), 1)
        self.note = FileNote("insightExportResult", self.tr("Saved file"))

        self.tabs = QTabWidget(objectName="insightTabs")
        self.models: dict[str, FiguresModel] = {}
        self.views: dict[str, QTableView] = {}
        for key, title, headers in self._tables():
            self.tabs.addTab(self._table(key, headers), title)
        self.hidden_note = QLabel(objectName="insightHiddenNote", wordWrap=True)
        self.hidden_note.setStyleSheet("color: #4a5563;")

        body = QWidget(objectName="insightBody")
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.period)
        layout.addWidget(self.empty)
        layout.addLayout(self.tiles)
        layout.addLayout(charts)
        layout.addWidget(self.note)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.tabs, 1)
        self.body = body
        scroll = QScrollArea(objectName="insightScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _chart_column(self, chart: Chart, key: str, extra: QWidget | None = None) -> QVBoxLayout:
        column = QVBoxLayout()
        chart.setMinimumHeight(230)
        column.addWidget(chart, 1)
        buttons = QHBoxLayout()
        if extra is not None:
            buttons.addWidget(extra)
        buttons.addStretch(1)
        png = named(QPushButton(self.tr("Save picture…")), f"{key}SavePng",
                    self.tr("Save the chart as a picture"))
        data = named(QPushButton(self.tr("Save data…")), f"{key}SaveCsv",
                     self.tr("Save the chart's figures as a table"))
        png.clicked.connect(lambda: self.export_chart(chart, "png"))
        data.clicked.connect(lambda: self.export_chart(chart, "csv"))
        buttons.addWidget(png)
        buttons.addWidget(data)
        column.addLayout(buttons)
        return column

    def _tables(self) -> list[tuple[str, str, list[str]]]:
        return [
            ("questions", self.tr("Questions most missed"),
             [self.tr("Course"), self.tr("Question"), self.tr("Missed"), self.tr("Answered"),
              self.tr("Missed (%)")]),
            ("courses", self.tr("Courses"),
             [self.tr("Course"), self.tr("Trainees"), self.tr("Lessons read"),
              self.tr("Quiz attempts"), self.tr("Quiz score")]),
            ("tutors", self.tr("Tutors' response"),
             [self.tr("Tutor"), self.tr("Reviews"), self.tr("Median time to review"),
              self.tr("9 in 10 within")]),
            ("devices", self.tr("Sync health"),
             [self.tr("Person"), self.tr("Device"), self.tr("Last sync"),
              self.tr("Failed syncs (30 days)"), self.tr("Data this month"),
              self.tr("Monthly limit")]),
            ("topics", self.tr("Most asked"),
             [self.tr("Specialism"), self.tr("Term"), self.tr("Times asked")]),
        ]

    def _table(self, key: str, headers: list[str]) -> QWidget:
        model = FiguresModel(headers, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        view = named(QTableView(), f"insightTable_{key}", headers[0])
        view.setModel(proxy)
        view.verticalHeader().hide()
        view.setMinimumHeight(160)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The wordy column takes the room: the question, the device, the term; else the name.
        header.setSectionResizeMode(1 if key in ("questions", "devices", "topics") else 0,
                                    QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the figures' own order first
        view.setSortingEnabled(True)
        self.models[key], self.views[key] = model, view
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(view)
        save = named(QPushButton(self.tr("Save table…")), f"{key}SaveTable",
                     self.tr("Save this table as CSV"))
        save.clicked.connect(lambda: self.export_table(key))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        box.addLayout(row)
        return page

    # -- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        store, uid = self.ctx.store, self.ctx.user_id
        self.ctx.query(self, lambda: insight.load_insights(store, uid), self.show_insights,
                       context="insight", latest="insights")

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("insights", "partnerships"):
            self.reload()

    def show_insights(self, found: list[insight.Insight]) -> None:
        self.insights = found
        current = self.partnership_box.currentData()
        self.partnership_box.blockSignals(True)
        self.partnership_box.clear()
        for item in found:
            self.partnership_box.addItem(item.partnership, item.id)
        index = max(0, self.partnership_box.findData(current))
        self.partnership_box.setCurrentIndex(index)
        self.partnership_box.blockSignals(False)
        self.partnership_box.setVisible(len(found) > 1)
        self._show_current()
        self.loaded.emit(len(found))

    def current(self) -> insight.Insight | None:
        i = self.partnership_box.currentIndex()
        return self.insights[i] if 0 <= i < len(self.insights) else None

    def _show_current(self) -> None:
        item = self.current()
        audience = item.audience if item else self.ctx.user.get("role", "trainee")
        self.heading.setText(self.tr("My progress") if audience == "trainee"
                             else self.tr("Partnership figures"))
        course = self.course_box.currentData()
        self.course_box.blockSignals(True)
        self.course_box.clear()
        self.course_box.addItem(self.tr("All courses"), None)
        for c in (item.figures.get("courses") or []) if item else []:
            self.course_box.addItem(c["title"], c["id"])
        self.course_box.setCurrentIndex(max(0, self.course_box.findData(course)))
        self.course_box.blockSignals(False)
        for key in ("tutors", "topics"):  # a trainee's own figures have neither
            self.tabs.setTabVisible(list(self.models).index(key), audience != "trainee")
        if audience == "trainee" and self.trend_box.currentData() == "active":
            self.trend_box.setCurrentIndex(self.trend_box.findData("attempts"))  # "1 of 1"
        self._show_figures()

    def _show_figures(self) -> None:
        item = self.current()
        self.tabs.setEnabled(item is not None)
        self.empty.setVisible(item is None)
        figures = item.figures if item else {}
        course = self.course_box.currentData()
        if item is not None:
            period = self.tr("%1 to %2, computed on the server %3").replace(
                "%1", item.period_from).replace("%2", item.period_to).replace(
                "%3", rows.day_text(item.computed_at))
            n = figures.get("trainees", 0)
            self.period.setText(period + " · " + self.tr("%n trainee(s)", "", n))
        else:
            self.period.setText("")
        audience = item.audience if item else "trainee"
        for i, (caption, value) in enumerate(rows.tiles(figures, course, audience)):
            self.tile_captions[i].setText(caption)
            self.tile_values[i].setText(value if item else "–")
        questions, hidden = rows.question_rows(figures, course)
        self.models["questions"].set_rows(questions)
        self.hidden_note.setVisible(hidden > 0)
        self.hidden_note.setText(self.tr(
            "Questions are not shown for %n course(s): fewer than %1 trainees answered their "
            "quizzes in this period, and so few answers could point to one person.", "",
            hidden).replace("%1", str(figures.get("min_group", 5))))
        self.models["courses"].set_rows(rows.course_rows(figures))
        self.models["tutors"].set_rows(rows.tutor_rows(figures))
        self.models["devices"].set_rows(rows.device_rows(figures))
        self.models["topics"].set_rows(rows.topic_rows(figures))
        self._show_charts()

    def _show_charts(self) -> None:
        item = self.current()
        figures = item.figures if item else {}
        which = self.trend_box.currentData() or "active"
        self.trend_chart.set_data(self.tr("Weekly: %1").replace("%1", self.trend_box.currentText()),
                                  self.tr("Week starting"), rows.week_labels(figures),
                                  rows.trend_series(figures, which), LINE)
        labels, series = rows.waiting_series(figures)
        self.wait_chart.set_data(self.tr("Cases by waiting time"), self.tr("Waiting time"),
                                 labels, series, BARS)

    # -- exports ----------------------------------------------------------------------------

    def _ask_path(self, suggested: str, filter_text: str) -> Path | None:
        if self.export_dir is not None:
            return self.export_dir / suggested
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(start_folder("documents") / suggested), filter_text)
        return Path(chosen) if chosen else None

    def _file_stem(self, what: str) -> str:
        item = self.current()
        period = f"{item.period_from}_{item.period_to}" if item else "figures"
        return f"{what}-{period}"

    def export_chart(self, chart: Chart, fmt: str) -> None:
        """Save ``chart`` as a PNG picture or its data as CSV (written on a lane)."""
        stem = self._file_stem(chart.objectName().removeprefix("insight").removesuffix("Chart")
                               .lower())
        if fmt == "png":
            path = self._ask_path(stem + ".png", self.tr("PNG pictures (*.png)"))
            data = chart.png_bytes()  # painted here, on the UI thread; written on a lane
            work: Any = (lambda: insight.save_bytes(path, data)) if path else None
        else:
            path = self._ask_path(stem + ".csv", self.tr("CSV tables (*.csv)"))
            header, table = chart.table()
            work = (lambda: insight.save_csv(path, header, table)) if path else None
        if work is not None:
            self.ctx.query(self, work, self._saved, context="export")

    def export_table(self, key: str) -> None:
        path = self._ask_path(self._file_stem(key) + ".csv", self.tr("CSV tables (*.csv)"))
        if path is None:
            return
        header, table = self.models[key].table()
        self.ctx.query(self, lambda: insight.save_csv(path, header, table), self._saved,
                       context="export")

    def _saved(self, path: Path) -> None:
        self.note.saved(path, self.tr("Saved: %1").replace("%1", path.name))
        self.exported.emit(path)
