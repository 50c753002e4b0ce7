"""Settle conflicts: the user's version beside the server's, field by field.

A conflict is an edit made on this computer to something that changed on the
server meanwhile (the same draft edited on two laptops). Nothing is thrown
away without a decision: for each conflict the user keeps theirs, keeps the
server's, or merges by hand in an editable column. "Decide later" closes the
dialog and leaves every conflict open.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutorclient import conflicts
from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext
from ..errors import show_error
from .case_form import FIELD_LABELS
from .case_labels import field_label as case_field_label
from .plurals import num_text

_button = partial(widgets.button, tip=None)

__all__ = ["ConflictDialog", "field_label"]

# What each kind of record is called, untitled and titled ("Your case “Asthma”").
_KIND_NAMES = {
    "cases": (QT_TRANSLATE_NOOP("ConflictDialog", "Your case"),
              QT_TRANSLATE_NOOP("ConflictDialog", "Your case “{title}”")),
    "notes": (QT_TRANSLATE_NOOP("ConflictDialog", "Your note"),
              QT_TRANSLATE_NOOP("ConflictDialog", "Your note “{title}”")),
    "reviews": (QT_TRANSLATE_NOOP("ConflictDialog", "Your review"),
                QT_TRANSLATE_NOOP("ConflictDialog", "Your review “{title}”")),
    "posts": (QT_TRANSLATE_NOOP("ConflictDialog", "Your post"),
              QT_TRANSLATE_NOOP("ConflictDialog", "Your post “{title}”")),
    "threads": (QT_TRANSLATE_NOOP("ConflictDialog", "Your discussion"),
                QT_TRANSLATE_NOOP("ConflictDialog", "Your discussion “{title}”")),
    "bookmarks": (QT_TRANSLATE_NOOP("ConflictDialog", "Your bookmark"),
                  QT_TRANSLATE_NOOP("ConflictDialog", "Your bookmark “{title}”")),
    "progress": (QT_TRANSLATE_NOOP("ConflictDialog", "Your reading progress"),
                 QT_TRANSLATE_NOOP("ConflictDialog", "Your reading progress “{title}”")),
}
_EXTRA_LABELS = {"specialism": QT_TRANSLATE_NOOP("ConflictDialog", "Specialism"),
                 "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
                 "body": QT_TRANSLATE_NOOP("ConflictDialog", "Note"),
                 "body_md": QT_TRANSLATE_NOOP("ConflictDialog", "Text"),
                 "strengths": QT_TRANSLATE_NOOP("ConflictDialog", "Strengths"),
                 "concerns": QT_TRANSLATE_NOOP("ConflictDialog", "Concerns"),
                 "next_steps": QT_TRANSLATE_NOOP("ConflictDialog", "Next steps"),
                 "rubric_score": QT_TRANSLATE_NOOP("ConflictDialog", "Score"),
                 "decision": QT_TRANSLATE_NOOP("ConflictDialog", "Decision"),
                 "label": QT_TRANSLATE_NOOP("ConflictDialog", "Label")}
_HIDDEN = {"updated_at", "created_at", "version", "id"}


def field_label(name: str) -> str:
    if name in FIELD_LABELS:
        return case_field_label(name)
    if name in _EXTRA_LABELS:
        return QCoreApplication.translate("ConflictDialog", _EXTRA_LABELS[name])
    return name.replace("_", " ").capitalize()


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _shown_fields(conflict: conflicts.Conflict) -> list[str]:
    return [k for k in conflict.local if k not in _HIDDEN]


class ConflictDialog(QDialog):
    """Open conflicts one at a time. Use ``open()``: it never blocks the window."""

    conflict_resolved = Signal(int, str)  # conflict id, choice
    all_resolved = Signal()
    conflicts_loaded = Signal(int)  # how many are open

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictDialog")
        self.setAccessibleName(self.tr("Changes that need your decision"))
        self.setWindowTitle(self.tr("Decide which version to keep"))
        self.resize(980, 620)
        self.conflicts: list[conflicts.Conflict] = []
        self.merge_edits: dict[str, QPlainTextEdit] = {}
        self._merging = False
        self._build()
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel(objectName="conflictHeading", wordWrap=True)
        self.heading.setAccessibleName(self.tr("Which change this is"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.explain = QLabel(objectName="conflictExplain", wordWrap=True)
        self.explain.setAccessibleName(self.tr("What happened"))
        self.grid_box = QWidget(objectName="conflictFields")
        self.grid = QGridLayout(self.grid_box)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        scroll = QScrollArea(objectName="conflictScroll", widgetResizable=True)
        scroll.setAccessibleName(self.tr("Both versions, field by field"))
        scroll.setWidget(self.grid_box)
        self.keep_mine = _button(self.tr("Keep mine"), "keepMineButton", self.tr("Keep my version"))
        self.keep_server = _button(self.tr("Keep the server's"), "keepServerButton",
                                   self.tr("Keep the server's version"))
        self.merge = _button(self.tr("Merge by hand"), "mergeButton",
                             self.tr("Merge the two versions by hand"))
        self.save_merge = _button(self.tr("Save the merged version"), "saveMergeButton",
                                  self.tr("Save the merged version"))
        self.later = _button(self.tr("Decide later"), "decideLaterButton",
                             self.tr("Close and decide later; nothing is lost"))
        self.keep_mine.clicked.connect(lambda: self.resolve_current(conflicts.LOCAL))
        self.keep_server.clicked.connect(lambda: self.resolve_current(conflicts.SERVER))
        self.merge.clicked.connect(self.start_merge)
        self.save_merge.clicked.connect(lambda: self.resolve_current(conflicts.MERGED))
        self.later.clicked.connect(self.reject)
        self.save_merge.hide()
        # Enter must never pick a version by accident: the safe default is to decide later.
        for b in (self.keep_mine, self.keep_server, self.merge, self.save_merge):
            b.setAutoDefault(False)
        self.later.setDefault(True)
        row = QHBoxLayout()
        for b in (self.keep_mine, self.keep_server, self.merge, self.save_merge):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.later)
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(self.heading)
        box.addWidget(self.explain)
        box.addWidget(scroll, 1)
        box.addLayout(row)

    # -- loading --------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self.ctx
        self.ctx.query(self, lambda: conflicts.open_conflicts(ctx.store), self._loaded, context="conflict")

    def _loaded(self, found: list[conflicts.Conflict]) -> None:
        # A lost claim carries no work of the user's: the review page explains those.
        self.conflicts = [c for c in found if _shown_fields(c)]
        self.conflicts_loaded.emit(len(self.conflicts))
        if not self.conflicts:
            self.heading.setText(self.tr("Nothing to decide"))
            self.explain.setText(self.tr("All your changes agree with the server."))
            self._clear_grid()
            for b in (self.keep_mine, self.keep_server, self.merge, self.save_merge):
                b.hide()
            self.later.setText(self.tr("Close"))
            return
        self.show_conflict(self.conflicts[0])

    @property
    def current(self) -> conflicts.Conflict | None:
        return self.conflicts[0] if self.conflicts else None

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.merge_edits = {}

    def _title_of(self, conflict: conflicts.Conflict) -> str:
        title = _text((conflict.server or {}).get("title") or conflict.local.get("title"))
        names = _KIND_NAMES.get(conflict.kind)
        if names is None:  # a kind added later: its plain name
            return f"{conflict.kind} “{title}”" if title else conflict.kind
        return self.tr(names[1]).format(title=title) if title else self.tr(names[0])

    def show_conflict(self, conflict: conflicts.Conflict) -> None:
        self._merging = False
        self._clear_grid()
        count = len(self.conflicts)
        self.heading.setText(self.tr("{what} was also changed somewhere else").format(
            what=self._title_of(conflict))
            + (self.tr("  (1 of {count})").format(count=num_text(count)) if count > 1 else ""))
        if conflict.server is None:
            self.explain.setText(self.tr("It was deleted on the server after you changed it here. "
                                 "Keep yours to send it again, or let it go."))
        else:
            self.explain.setText(self.tr("You changed it on this computer while it was changed on another computer "
                                 "or by someone else. Both versions are below; nothing is lost until you choose."))
        headers = ("", self.tr("Your version (this computer)"), self.tr("The server's version"))
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", objectName=f"conflictHeader{col}")
            self.grid.addWidget(label, 0, col)
        self.merge_header = QLabel(self.tr("<b>Merged (edit this)</b>"), objectName="conflictHeaderMerged")
        self.merge_header.hide()
        self.grid.addWidget(self.merge_header, 0, 3)
        server = conflict.server or {}
        for row, name in enumerate(_shown_fields(conflict), start=1):
            mine, theirs = _text(conflict.local.get(name)), _text(server.get(name))
            differs = mine != theirs
            label = QLabel(f"<b>{field_label(name)}</b>"
                           + ("<br><span style='color:#a33a2c'>%s</span>" % self.tr("differs")
                              if differs else ""),
                           objectName=f"conflictField-{name}")
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 0)
            for col, (text, who) in enumerate(((mine, "mine"), (theirs, "server")), start=1):
                view = QPlainTextEdit(text, objectName=f"conflict-{who}-{name}")
                view.setReadOnly(True)
                view.setAccessibleName((self.tr("{field}, your version") if who == "mine"
                                        else self.tr("{field}, the server's version"))
                                       .format(field=field_label(name)))
                view.setMaximumHeight(120 if len(text) > 80 else 48)
                if differs:
                    view.setStyleSheet("QPlainTextEdit { background: %s; }"
                                       % ("#eef6ff" if who == "mine" else "#fff7e6"))
                self.grid.addWidget(view, row, col)
            merged = QPlainTextEdit(mine, objectName=f"conflict-merged-{name}")
            merged.setAccessibleName(self.tr("{field}, merged version").format(field=field_label(name)))
            merged.setMaximumHeight(120 if max(len(mine), len(theirs)) > 80 else 48)
            merged.hide()
            self.merge_edits[name] = merged
            self.grid.addWidget(merged, row, 3)
        self.grid.setRowStretch(len(_shown_fields(conflict)) + 1, 1)
        for b in (self.keep_mine, self.keep_server, self.merge):
            b.show()
            b.setEnabled(True)
        self.keep_server.setText(self.tr("Let it go") if conflict.server is None
                                 else self.tr("Keep the server's"))
        self.merge.setVisible(conflict.server is not None)
        self.save_merge.hide()
        self.later.setText(self.tr("Decide later"))

    # -- deciding -------------------------------------------------------------------

    @Slot()
    def start_merge(self) -> None:
        self._merging = True
        self.merge_header.show()
        for edit in self.merge_edits.values():
            edit.show()
        first = next(iter(self.merge_edits.values()), None)
        if first is not None:
            first.setFocus()
        self.save_merge.show()
        self.merge.setEnabled(False)

    def merged_fields(self) -> dict[str, Any]:
        conflict = self.current
        out: dict[str, Any] = {}
        if conflict is None:
            return out
        for name, edit in self.merge_edits.items():
            original = conflict.local.get(name)
            text = edit.toPlainText()
            out[name] = int(text) if isinstance(original, int) and text.strip().isdigit() else text
        return out

    def resolve_current(self, choice: str) -> None:
        conflict = self.current
        if conflict is None:
            return
        merged = self.merged_fields() if choice == conflicts.MERGED else None
        ctx, cid, kind = self.ctx, conflict.id, conflict.kind
        for b in (self.keep_mine, self.keep_server, self.merge, self.save_merge):
            b.setEnabled(False)

        def work() -> Changes:
            conflicts.resolve(ctx.store, cid, choice, merged)
            return Changes.of(kind, outbox=True)

        def failed(exc: BaseException) -> None:
            show_error(self, exc, "conflict")
            self.reload()

        ctx.write(self, work, lambda _c: self._resolved(cid, choice), context="conflict").failure(failed)

    def _resolved(self, conflict_id: int, choice: str) -> None:
        self.conflicts = [c for c in self.conflicts if c.id != conflict_id]
        self.conflict_resolved.emit(conflict_id, choice)
        if self.conflicts:
            self.show_conflict(self.conflicts[0])
            return
        self.all_resolved.emit()
        self.accept()
