"""The Sync page's stage rows: one row per stage of a pass, with its bar, items and bytes.

The rows read as the pass went: done above where it stopped, "Stopped here" where
it stopped, "Not reached" below. Stage names are the plain words of
:data:`tutorclient.connectivity.STAGE_TEXT`, shared with the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QWidget

from sync.engine import STAGE_BLOBS, STAGE_UPLOAD, STAGES, Progress, Summary
from tutorclient.connectivity import mb_text, stage_text

from ..models.sync_history import size_text
from ..widgets import named
from .plurals import english_plural, ltr, num_text

STAGE_TEXT = {stage: stage_text(stage) for stage in STAGES}  # English, as the core names them
# The core's stage words (tutorclient.connectivity.STAGE_TEXT), for lupdate.
_STAGE_WORDS = (
    QT_TRANSLATE_NOOP("SyncStages", "Sending your files"),
    QT_TRANSLATE_NOOP("SyncStages", "Sending your work and receiving updates"),
    QT_TRANSLATE_NOOP("SyncStages", "Receiving updates"),
    QT_TRANSLATE_NOOP("SyncStages", "Downloading images and files"),
    QT_TRANSLATE_NOOP("SyncStages", "Finishing"),
    QT_TRANSLATE_NOOP("SyncStages", "Working"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStages", text)


def stage_name(stage: str) -> str:
    """A sync stage in the user's words ("Receiving updates")."""
    return _tr(stage_text(stage))


def progress_text(p: Progress | None) -> str:
    if p is None:
        return QCoreApplication.translate("SyncStages", "Starting…")
    text = stage_name(p.stage)
    if p.items_total:
        text += QCoreApplication.translate("SyncStages", ": {done} of {total}").format(
            done=num_text(p.items_done), total=num_text(p.items_total))
    elif p.items_done:
        text += QCoreApplication.translate("SyncStages",
                                           ": {done} received").format(done=num_text(p.items_done))
    if p.bytes_done and p.bytes_total:
        text += QCoreApplication.translate("SyncStages", " ({done} of {total})").format(
            done=size_text(p.bytes_done), total=size_text(p.bytes_total))
    elif p.bytes_done:
        text += f" ({size_text(p.bytes_done)})"
    return text


def label(object_name: str, accessible: str, text: str = "", wrap: bool = True) -> QLabel:
    label = named(QLabel(text), object_name, accessible)
    label.setWordWrap(wrap)
    return label


def attachments_text(n: int, size: int) -> str:
    """"2 attachments (20.3 MB)"."""
    return english_plural(QCoreApplication.translate("SyncStages", "%n attachment(s) ({size})", None, n),
                          n).format(size=ltr(mb_text(size)))


# -- per-stage progress ------------------------------------------------------------------


class StageProgress(QFrame):
    """One row per sync stage: name, bar, and items and bytes so far."""

    WAITING, RUNNING, DONE, STOPPED, SKIPPED = "waiting", "running", "done", "stopped", "skipped"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "syncStages", self.tr("Sync stages"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)  # the details, which wrap, get the room
        self.bars: dict[str, QProgressBar] = {}
        self.details: dict[str, QLabel] = {}
        self.states: dict[str, str] = {}
        for row, stage in enumerate(STAGES):
            words = stage_name(stage)
            name = label(f"stageName_{stage}", words, words, wrap=False)
            bar = named(QProgressBar(textVisible=False), f"stageBar_{stage}",
                        self.tr("{stage}: progress").format(stage=words))
            bar.setFixedHeight(12)
            # Wraps rather than clips: "Done · 61 items · 2 KB of 3 KB" runs longer in Somali.
            detail = label(f"stageDetail_{stage}", self.tr("{stage}: detail").format(stage=words))
            detail.setMinimumWidth(220)
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(detail, row, 2)
            self.bars[stage], self.details[stage] = bar, detail
        self.reset()

    def reset(self) -> None:
        for stage in STAGES:
            self._set(stage, self.WAITING, self.tr("Waiting"), 0, 1)

    def _set(self, stage: str, state: str, text: str, value: int, maximum: int) -> None:
        self.states[stage] = state
        self.details[stage].setStyleSheet("")
        bar = self.bars[stage]
        bar.setRange(0, maximum)
        bar.setValue(value)
        bar.setEnabled(state != self.WAITING)
        self.details[stage].setText(text)

    def show_progress(self, p: Progress) -> None:
        index = STAGES.index(p.stage) if p.stage in STAGES else -1
        for earlier in STAGES[:max(0, index)]:
            if self.states[earlier] in (self.RUNNING, self.WAITING):
                self.finish_stage(earlier)
        if index < 0:
            return
        parts = []
        if p.items_total:
            parts.append(self.tr("{done} of {total}").format(done=num_text(p.items_done),
                                                             total=num_text(p.items_total)))
        elif p.items_done:
            parts.append(english_plural(self.tr("%n item(s)", "", p.items_done), p.items_done))
        if p.bytes_total:
            parts.append(self.tr("{done} of {total}").format(done=size_text(p.bytes_done),
                                                            total=size_text(p.bytes_total)))
        elif p.bytes_done:
            parts.append(size_text(p.bytes_done))
        text = " · ".join(parts) or self.tr("Working…")
        if p.bytes_total:
            self._set(p.stage, self.RUNNING, text, int(1000 * p.bytes_done / p.bytes_total), 1000)
        elif p.items_total:
            self._set(p.stage, self.RUNNING, text, p.items_done, p.items_total)
        else:
            self._set(p.stage, self.RUNNING, text, 0, 0)  # busy: no total known

    def finish_stage(self, stage: str) -> None:
        if self.states[stage] == self.RUNNING:
            text = self.tr("Done · {detail}").format(detail=self.details[stage].text())
        else:
            text = self.tr("Nothing to do")
        self._set(stage, self.DONE, text, 1, 1)

    def finish(self, summary: Summary | None, text_only: bool, failed: str = "",
               at: str | None = None) -> None:
        """Mark the end of a pass; ``failed`` names how it stopped, ``at`` the stage it was in."""
        running = [s for s in STAGES if self.states[s] == self.RUNNING]
        if failed and not running and at in STAGES:
            running = [at]  # it stopped before the stage reported any progress
            self.details[at].setText("")
        if failed and not running:
            return  # it stopped before any stage began: the page hides the rows
        stop = STAGES.index(running[0]) if failed else len(STAGES)
        for n, stage in enumerate(STAGES):
            state = self.states[stage]
            if failed and stage in running:
                bar = self.bars[stage]
                detail = self.details[stage].text()
                self._set(stage, self.STOPPED, f"{failed}" + (f" · {detail}" if detail else ""),
                          max(bar.value(), 0), max(bar.maximum(), 1))
                self.details[stage].setStyleSheet("color: #a4262c; font-weight: bold;")
            elif failed and n < stop:
                if state in (self.RUNNING, self.WAITING):
                    self.finish_stage(stage)  # the pass went past it: nothing was left to do
            elif failed:
                self._set(stage, self.SKIPPED, self.tr("Not reached"), 0, 1)  # "Waiting" reads as pending
            elif stage == STAGE_UPLOAD and summary and summary.uploads_waiting:
                # Held by this pass's caps: say so, not "Nothing to do".
                held = self.tr("Held back: {attachments} wait").format(attachments=attachments_text(
                    summary.uploads_waiting, summary.uploads_waiting_bytes))
                sent = summary.blobs_up
                self._set(stage, self.DONE if sent else self.SKIPPED,
                          self.tr("{sent} sent · {held}").format(sent=num_text(sent),
                                                                 held=held) if sent else held,
                          int(bool(sent)), 1)
            elif stage == STAGE_BLOBS and text_only and state == self.WAITING:
                skipped = summary.blobs_skipped if summary else 0
                self._set(stage, self.SKIPPED,
                          self.tr("Skipped: text only ({count} wait)").format(count=num_text(skipped)), 0, 1)
            elif state in (self.RUNNING, self.WAITING):
                self.finish_stage(stage)


__all__ = ["STAGE_TEXT", "stage_name", "StageProgress", "attachments_text", "label", "progress_text"]
