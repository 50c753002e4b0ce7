"""The tutor's "My contributions" page: a period, its figures, thanks, reflections and exports.

The record is read through a query (:func:`tutorclient.contributions.contribution_record`)
and redrawn when reviews, replies, reflections or thanks change. Exports are
made here (the PDF drawn by :mod:`..contrib_pdf` into memory) and written by a
core function in an operation: no file I/O in the view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape as _esc

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutorclient import contrib_export
from tutorclient.changes import Changes
from tutorclient.contributions import ContributionRecord, Period, contribution_record, cpd_year

from .. import widgets
from ..context import AppContext
from ..contrib_pdf import duration_text, render_pdf
from ..models.contributions import COL_CASE, COL_REFLECTION, ContributionsModel

__all__ = ["ContributionsPage"]

#: Record kinds whose changes can change the figures.
WATCHED = ("reviews", "posts", "cases", "reflections", "review_thanks", "users", "partnerships")
THIS_YEAR, LAST_YEAR, CUSTOM = range(3)
FORMATS = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "json": "xAPI statements (*.json)"}


@dataclass(frozen=True)
class Export:
    """A file made from the record: its default name, its filter and its bytes."""

    suffix: str
    data: bytes | str


class ContributionsPage(QWidget):
    """What a tutor gave over a period, and the files to show it at an appraisal."""

    record_loaded = Signal(object)  # the ContributionRecord shown
    exported = Signal(str)  # the path written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent, objectName="contributionsPage")
        self.setAccessibleName(self.tr("My contributions"))
        self.ctx, self.today = ctx, today
        self.record: ContributionRecord | None = None
        #: asks where to save: (suggested name, filter) -> path or "" (tests replace it)
        self.choose_path: Callable[[str, str], str] = self._ask_path
        self.heading = widgets.heading(self.tr("My contributions"), "contributionsHeading", 5)
        intro = QLabel(self.tr("What you gave as a tutor, for your appraisal portfolio. Only you "
                               "see your reflections and the time you gave."),
                       objectName="contributionsIntro", wordWrap=True)
        self.period_choice = widgets.named(QComboBox(), "periodChoice", self.tr("Period"))
        self.period_choice.addItems([self.tr("This CPD year (1 April – 31 March)"),
                                     self.tr("Last CPD year"), self.tr("Choose dates")])
        self.date_from = widgets.named(QDateEdit(calendarPopup=True), "periodFrom", self.tr("From"))
        self.date_to = widgets.named(QDateEdit(calendarPopup=True), "periodTo", self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Period:")))
        period_row.addWidget(self.period_choice)
        period_row.addWidget(QLabel(self.tr("from")))
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel(self.tr("to")))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        self.export_buttons = {
            "pdf": widgets.button(self.tr("Export PDF…"), "exportPdfButton",
                                  self.tr("Export a PDF for your appraisal portfolio")),
            "csv": widgets.button(self.tr("Export CSV…"), "exportCsvButton",
                                  self.tr("Export the reviews and replies as a spreadsheet")),
            "json": widgets.button(self.tr("Export xAPI…"), "exportXapiButton",
                                   self.tr("Export xAPI statements for a learning record store")),
        }
        for suffix, b in self.export_buttons.items():
            b.clicked.connect(lambda _=False, s=suffix: self.export(s))
            b.setEnabled(False)  # until a record is shown
            period_row.addWidget(b)
        self.figures = self._figures_grid()
        self.model = ContributionsModel(self)
        self.table = widgets.row_table("contributionsTable", self.tr("Your reviews in this period"),
                                       self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_CASE, 280)
        header.setSectionResizeMode(COL_REFLECTION, QHeaderView.ResizeMode.Stretch)
        self.thanks = QLabel(objectName="thanksReceived", wordWrap=True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.thanks.setAccessibleName(self.tr("Thanks received"))
        self.message = QLabel(objectName="contributionsMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Export message"))
        thanks_scroll = QScrollArea(widgetResizable=True, objectName="thanksScroll")
        thanks_scroll.setFrameShape(QFrame.Shape.NoFrame)
        thanks_scroll.setWidget(self.thanks)
        lower = QHBoxLayout()
        reviews_box = QVBoxLayout()
        reviews_box.addWidget(widgets.heading(self.tr("Reviews and reflections"), "reviewsHeading", 1))
        reviews_box.addWidget(self.table, 1)
        thanks_box = QVBoxLayout()
        thanks_box.addWidget(widgets.heading(self.tr("What trainees said"), "thanksHeading", 1))
        thanks_box.addWidget(thanks_scroll, 1)
        lower.addLayout(reviews_box, 5)
        lower.addLayout(thanks_box, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(self.heading)
        box.addWidget(intro)
        box.addLayout(period_row)
        box.addWidget(self.figures)
        box.addLayout(lower, 1)
        box.addWidget(self.message)
        self.period_choice.currentIndexChanged.connect(self._period_chosen)
        ctx.hub.changed.connect(self._changed)
        self._period_chosen(THIS_YEAR)

    # -- the period ---------------------------------------------------------------

    def period(self) -> Period:
        d0, d1 = self.date_from.date(), self.date_to.date()
        return Period(date(d0.year(), d0.month(), d0.day()), date(d1.year(), d1.month(), d1.day()))

    def set_period(self, period: Period) -> None:
        """Show ``period`` (a custom one unless it is a CPD year) and load its record."""
        for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    @Slot(int)
    def _period_chosen(self, choice: int) -> None:
        this = cpd_year(self.today())
        custom = choice == CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        if not custom:
            year = this if choice == THIS_YEAR else cpd_year(this.start.replace(year=this.start.year - 1))
            self.set_period(year)

    @Slot()
    def _dates_edited(self) -> None:
        if self.period_choice.currentIndex() != CUSTOM:
            self.period_choice.blockSignals(True)
            self.period_choice.setCurrentIndex(CUSTOM)
            self.period_choice.blockSignals(False)
        if self.date_to.date() >= self.date_from.date():
            self.refresh()

    # -- loading and showing ----------------------------------------------------------

    def refresh(self) -> None:
        store, uid, period = self.ctx.store, self.ctx.user_id, self.period()
        self.ctx.query(self, lambda: contribution_record(store, uid, period), self.show_record,
                       context="contributions", latest="record")

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED) or changes.sync_status:
            self.refresh()

    def _figures_grid(self) -> QFrame:
        frame = QFrame(objectName="contributionFigures")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        self.figure_labels: dict[str, QLabel] = {}
        names = [("cases", self.tr("Cases reviewed")), ("replies", self.tr("Replies written")),
                 ("trainees", self.tr("Trainees helped")),
                 ("response", self.tr("Median time to first response")),
                 ("time", self.tr("Time given (estimate)")), ("thanks", self.tr("Thanks received")),
                 ("partnerships", self.tr("Partnerships")), ("specialisms", self.tr("Specialisms"))]
        for i, (key, title) in enumerate(names):
            value = widgets.heading("–", f"figure{key.title()}", 4, accessible=title)
            caption = QLabel(title, wordWrap=True)
            caption.setStyleSheet("color: #4a5563;")
            grid.addWidget(value, (i // 4) * 2, i % 4)
            grid.addWidget(caption, (i // 4) * 2 + 1, i % 4)
            self.figure_labels[key] = value
        return frame

    @Slot(object)
    def show_record(self, rec: ContributionRecord) -> None:
        self.record = rec
        f = self.figure_labels
        f["cases"].setText(str(rec.cases_reviewed))
        f["replies"].setText(str(len(rec.replies)))
        f["trainees"].setText(str(rec.trainees_helped))
        f["response"].setText(duration_text(rec.median_response_seconds))
        f["response"].setToolTip(self.tr("%n case(s) not measured: resubmitted after your answer",
                                         "", rec.not_measured))
        f["time"].setText(duration_text(rec.active_seconds))
        f["thanks"].setText(str(len(rec.thanks)))
        f["partnerships"].setText(", ".join(rec.partnerships) or "–")
        f["specialisms"].setText(", ".join(f"{s} ({n})" for s, n in rec.specialisms.items()) or "–")
        self.model.set_rows(rec.reviews)
        if rec.thanks:
            lines = [f"<p><b>{t.at[:10]}</b> · {_esc(t.case_title or t.case_label)}<br/>"
                     + (f"“{_esc(t.note)}”" if t.note else self.tr("This helped me.")) + "</p>"
                     for t in rec.thanks]
            self.thanks.setText("".join(lines))
        else:
            self.thanks.setText(self.tr("No thanks in this period yet. When a trainee marks one "
                                        "of your reviews \"this helped me\", it shows here."))
        for b in self.export_buttons.values():
            b.setEnabled(True)
        self.record_loaded.emit(rec)

    # -- exports ------------------------------------------------------------------------

    def make_export(self, suffix: str) -> Export:
        """The file for ``suffix`` (pdf, csv, json) from the record shown."""
        rec = self.record
        assert rec is not None
        if suffix == "pdf":
            return Export(suffix, render_pdf(rec))
        if suffix == "csv":
            return Export(suffix, contrib_export.csv_text(rec))
        return Export(suffix, contrib_export.xapi_json(rec, self.ctx.profile.server or ""))

    def _ask_path(self, suggested: str, filter_: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export"), suggested, filter_)
        return path

    def export(self, suffix: str) -> None:
        if self.record is None:
            return
        path = self.choose_path(contrib_export.file_name(self.record, suffix), FORMATS[suffix])
        if not path:
            return
        made = self.make_export(suffix)
        self.ctx.query(self, lambda: str(contrib_export.save_export(path, made.data)),
                       self._saved, context="export")

    @Slot(str)
    def _saved(self, path: str) -> None:
        self.message.setText(self.tr("Saved %1").replace("%1", path))
        self.exported.emit(path)
