"""USB bundles from the Sync page: import one made on the server, export this computer's work.

A coordinator carries sync data on a USB stick where a clinic has no usable link
(docs/bundles.md). Without a terminal:

* **Import** reads the bundle first (:func:`tutorclient.bundles.preview_bundle`, every
  check an import makes, nothing written) and shows for whom it was made, when, and
  what it holds; Import then applies it on the write lane with progress per file.
* **Export** shows what goes (:func:`tutorclient.bundles.export_plan`): the changes
  waiting to be sent and their files, what waits for the next bundle and what the
  identifier check holds here; Export writes it on the write lane (it marks the
  outbox entries it carries) and says where the file went.

A refusal is one sentence that says why and what to do
(:func:`tutorclient.bundles.refusal_text`); nothing is applied.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.bundle import BundleError
from tutorclient import bundles
from tutorclient.bundles import BundlePreview, BundleProgress, DeviceExport, DeviceImport, ExportPlan
from tutorclient.changes import Changes
from tutorclient.diagnostics import default_dir

from ..context import AppContext
from ..main_window import when
from ..messages import describe
from ..models.sync_history import size_text
from ..widgets import button, named
from .file_note import FileNote
from .plurals import english_plural, ltr, num_text

ERROR_STYLE = "color: #a4262c; font-weight: bold;"


def refusal(exc: BaseException) -> str:
    """A failed import or export in the words a coordinator acts on."""
    if isinstance(exc, BundleError):
        return bundles.refusal_text(exc)
    return describe(exc, "bundle")


def bundle_filter() -> str:
    return QCoreApplication.translate("BundlesPanel", "TutorClient bundles (*.tcb);;All files (*)")


def _changes(n: int) -> str:
    return english_plural(QCoreApplication.translate("BundlesPanel", "%n change(s)", None, n), n)


def _files(n: int) -> str:
    return english_plural(QCoreApplication.translate("BundlesPanel", "%n file(s)", None, n), n)


def preview_lines(p: BundlePreview) -> list[str]:
    """What a server bundle holds, one fact a line."""
    lines = [QCoreApplication.translate(
        "BundlesPanel", "For: {name}, username {username}: the person signed in here.").format(
        name=p.user_name, username=p.username)]
    if p.created_at:
        lines.append(QCoreApplication.translate("BundlesPanel", "Made on the server: {when}.")
                     .format(when=when(p.created_at)))
    if p.files:
        holds = QCoreApplication.translate("BundlesPanel", "Holds: {changes} and {files} ({size}).")
    else:
        holds = QCoreApplication.translate("BundlesPanel", "Holds: {changes} and {files}.")
    lines.append(holds.format(changes=_changes(p.changes), files=_files(p.files),
                              size=ltr(size_text(p.file_bytes))))
    if p.results:
        lines.append(english_plural(QCoreApplication.translate(
            "BundlesPanel", "The server's answers to %n change(s) sent from here by an earlier "
            "bundle.", None, p.results), p.results))
    lines.append(QCoreApplication.translate("BundlesPanel", "Size: {size}.")
                 .format(size=ltr(size_text(p.total_bytes))))
    if p.more:
        lines.append(QCoreApplication.translate(
            "BundlesPanel", "The server has more: ask for the next bundle after this one."))
    return lines


def plan_lines(plan: ExportPlan) -> list[str]:
    """What a device bundle will carry, and what stays behind."""
    if not plan.changes and not plan.files:
        lines = [QCoreApplication.translate(
            "BundlesPanel", "Nothing waits to be sent: the bundle would tell the server only "
            "that this computer is up to date.")]
    elif plan.files:
        lines = [QCoreApplication.translate(
            "BundlesPanel", "Goes to the server: {changes} and {files} ({size}).").format(
            changes=_changes(plan.changes), files=_files(plan.files),
            size=ltr(size_text(plan.file_bytes)))]
    else:
        lines = [QCoreApplication.translate("BundlesPanel", "Goes to the server: {changes}.")
                 .format(changes=_changes(plan.changes))]
    if plan.waiting > 0:
        lines.append(english_plural(QCoreApplication.translate(
            "BundlesPanel", "%n later edit(s) of the same work wait for the server's answer; "
            "they go in the next bundle.", None, plan.waiting), plan.waiting))
    if plan.held:
        lines.append(english_plural(QCoreApplication.translate(
            "BundlesPanel", "%n change(s) held on this computer by the identifier check stay "
            "here until you edit or confirm them.", None, plan.held), plan.held))
    return lines


def progress_line(p: BundleProgress, verb: str) -> str:
    """``verb`` is "Saving" (import) or "Writing" (export)."""
    if p.step == "checking":
        return QCoreApplication.translate("BundlesPanel", "Checking every file in the bundle…")
    if p.step == "records":
        return QCoreApplication.translate("BundlesPanel", "Saving the changes…")
    if verb == "Writing":
        text = QCoreApplication.translate("BundlesPanel", "Writing files: {done} of {total}")
    else:
        text = QCoreApplication.translate("BundlesPanel", "Saving files: {done} of {total}")
    text = text.format(done=num_text(p.done), total=num_text(p.total))
    if p.bytes_total:
        text += QCoreApplication.translate("BundlesPanel", " ({done} of {total})").format(
            done=size_text(p.bytes_done), total=size_text(p.bytes_total))
    return text


class _Relay(QObject):
    """Carries progress from the lane thread to the dialog (a queued signal)."""

    progressed = Signal(object)


class _BundleDialog(QDialog):
    """Shared frame: a headline, facts, a progress bar, a result, and the buttons."""

    def __init__(self, ctx: AppContext, name: str, title: str, go: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        named(self, name, title)
        self.setWindowTitle(title)
        self.ctx = ctx
        self.setMinimumWidth(620)
        self.facts = named(QLabel(), f"{name}Facts", self.tr("What the bundle holds"))
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = named(QProgressBar(), f"{name}Progress",
                              self.tr("{title}: progress").format(title=title))
        self.progress.hide()
        self.status = named(QLabel(), f"{name}Status",
                            self.tr("{title}: status").format(title=title))
        self.status.setWordWrap(True)
        self.note = FileNote(f"{name}Saved", self.tr("Bundle file"))
        self.go_button = named(QPushButton(go), f"{name}Go", go)
        self.go_button.setDefault(True)
        self.go_button.setEnabled(False)
        self.close_button = named(QPushButton(self.tr("Cancel")), f"{name}Close", self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.relay = _Relay(self)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.go_button)
        self.buttons.addWidget(self.close_button)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)
        self.body.addWidget(self.facts)

    def _finish_layout(self) -> None:
        self.body.addWidget(self.progress)
        self.body.addWidget(self.status)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.body.addLayout(self.buttons)

    def fit(self) -> None:
        """Grow (or shrink) to the text now shown: a clipped refusal is no refusal."""
        self.adjustSize()

    def show_progress(self, p: BundleProgress, verb: str) -> None:
        if self.progress.isHidden():
            self.progress.show()
            self.fit()
        if p.step == "files" and p.total:
            scale = p.bytes_total or p.total
            self.progress.setRange(0, 1000)
            done = p.bytes_done if p.bytes_total else p.done
            self.progress.setValue(int(1000 * done / max(1, scale)))
        else:
            self.progress.setRange(0, 0)  # busy: checking or one transaction
        self.status.setStyleSheet("")
        self.status.setText(progress_line(p, verb))

    def show_refusal(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(refusal(exc))
        self.close_button.setText(self.tr("Close"))
        self.fit()

    def done_with(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setStyleSheet("font-weight: bold;")
        self.status.setText(text)
        self.go_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.fit()


class BundleImportDialog(_BundleDialog):
    """Shows what a server bundle holds and for whom; Import applies it."""

    previewed = Signal(object)  # BundlePreview, or the BundleError that refused it
    imported = Signal(object)  # DeviceImport, or the exception

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "bundleImportDialog",
                         QCoreApplication.translate("BundleImportDialog", "Import a USB bundle"),
                         QCoreApplication.translate("BundleImportDialog", "Import"), parent)
        self.path = Path(path)
        self.file_label = named(QLabel(self.tr("File: {path}").format(path=ltr(self.path))),
                                "bundleImportFile",
                                self.tr("Bundle file"))
        self.file_label.setWordWrap(True)
        self.body.insertWidget(0, self.file_label)
        self.preview: BundlePreview | None = None
        self.facts.setText(self.tr("Checking the bundle…"))
        self._finish_layout()
        self.go_button.clicked.connect(self.start_import)
        self.relay.progressed.connect(lambda p: self.show_progress(p, "Saving"))
        profile = ctx.profile
        ctx.query(self, lambda: bundles.preview_bundle(profile, self.path), self._previewed,
                  context="bundle").failure(self._refused_before)

    def _previewed(self, preview: BundlePreview) -> None:
        self.preview = preview
        self.facts.setText("\n".join(preview_lines(preview)))
        self.status.setText(self.tr("Nothing is changed until you press Import."))
        self.go_button.setEnabled(True)
        self.fit()
        self.previewed.emit(preview)

    def _refused_before(self, exc: BaseException) -> None:
        self.facts.setText(self.tr("This bundle cannot be imported here."))
        self.show_refusal(exc)
        self.previewed.emit(exc)

    @Slot()
    def start_import(self) -> None:
        self.go_button.setEnabled(False)
        self.close_button.setEnabled(False)  # the write lane finishes what it started
        profile, path, emit = self.ctx.profile, self.path, self.relay.progressed.emit
        report: list[DeviceImport] = []

        def work() -> Changes:
            report.append(bundles.import_bundle(profile, path, on_progress=emit))
            return Changes(frozenset(report[0].kinds), outbox=True, sync_status=True)

        def failed(exc: BaseException) -> None:
            self.close_button.setEnabled(True)
            self.show_refusal(exc)
            self.imported.emit(exc)

        self.ctx.write(self, work, lambda _c: self._imported(report[0]),
                       context="bundle").failure(failed)

    def _imported(self, r: DeviceImport) -> None:
        self.close_button.setEnabled(True)
        files = _files(r.blobs)
        if r.pulled:
            text = self.tr("Imported: {changes} and {files}.").format(changes=english_plural(
                self.tr("%n new change(s)", "", r.pulled), r.pulled), files=files)
        else:
            text = self.tr("Imported: this computer already had every change in it; "
                           "{files} checked.").format(files=files)
        if r.pushed:
            text += " " + english_plural(self.tr(
                "The server confirmed %n change(s) sent from here.", "", r.pushed), r.pushed)
        if r.conflicts or r.rejected:
            text += " " + self.tr("{conflicts} and {refused} refused: see Waiting to be sent on "
                                  "the Sync page.").format(
                conflicts=english_plural(self.tr("%n conflict(s)", "", r.conflicts), r.conflicts),
                refused=num_text(r.rejected))
        if r.more:
            text += " " + self.tr("The server has more: import the next bundle too.")
        self.done_with(text)
        self.imported.emit(r)


class BundleExportDialog(_BundleDialog):
    """Shows what this computer's bundle for the server will carry; Export writes it."""

    planned = Signal(object)  # ExportPlan
    exported = Signal(object)  # DeviceExport, or the exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(ctx, "bundleExportDialog",
                         QCoreApplication.translate("BundleExportDialog",
                                                    "Make a USB bundle for the server"),
                         QCoreApplication.translate("BundleExportDialog", "Export"), parent)
        username = str(ctx.user.get("username") or "this-computer")
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        start = folder or default_dir()
        self.target = named(QLineEdit(str(start / f"from-{username}-{stamp}.tcb")),
                            "bundleExportTarget", self.tr("Save the bundle as"))
        self.choose_button = named(QPushButton(self.tr("Choose…")), "bundleExportChoose",
                                   self.tr("Choose where to save the bundle"))
        self.choose_button.clicked.connect(self.choose_target)
        row = QHBoxLayout()
        row.addWidget(named(QLabel(self.tr("Save as:")), "bundleExportTargetLabel", self.tr("Save as")))
        row.addWidget(self.target, 1)
        row.addWidget(self.choose_button)
        self.body.addLayout(row)
        hint = named(QLabel(self.tr("Choose the USB stick. Then give the stick to your coordinator, "
                            "who imports it on the server; the server's answer comes back in "
                            "the next bundle made for you.")), "bundleExportHint",
                     self.tr("What happens next"))
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self._finish_layout()
        self.facts.setText(self.tr("Reading what waits to be sent…"))
        self.go_button.clicked.connect(self.start_export)
        self.relay.progressed.connect(lambda p: self.show_progress(p, "Writing"))
        profile = ctx.profile
        ctx.query(self, lambda: bundles.export_plan(profile), self._planned,
                  context="bundle").failure(self.show_refusal)

    def _planned(self, plan: ExportPlan) -> None:
        self.facts.setText("\n".join(plan_lines(plan)))
        self.go_button.setEnabled(True)
        self.fit()
        self.planned.emit(plan)

    @Slot()
    def choose_target(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the bundle as"), self.target.text(),
                             bundle_filter())
        named(dialog, "bundleExportFileDialog", self.tr("Save the bundle as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("tcb")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.target.setText)
        dialog.open()

    @Slot()
    def start_export(self) -> None:
        path = Path(self.target.text().strip()).expanduser()
        self.go_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.target.setEnabled(False)
        self.choose_button.setEnabled(False)
        profile, emit = self.ctx.profile, self.relay.progressed.emit
        report: list[DeviceExport] = []

        def work() -> Changes:
            report.append(bundles.export_bundle(profile, path, on_progress=emit))
            return Changes(frozenset(), outbox=True)

        def failed(exc: BaseException) -> None:
            self.close_button.setEnabled(True)
            self.go_button.setEnabled(True)
            self.target.setEnabled(True)
            self.choose_button.setEnabled(True)
            self.show_refusal(exc)
            self.exported.emit(exc)

        self.ctx.write(self, work, lambda _c: self._exported(report[0]),
                       context="bundle").failure(failed)

    def _exported(self, r: DeviceExport) -> None:
        self.close_button.setEnabled(True)
        if r.blobs:
            text = self.tr("Written: {changes} and {files} ({size}).")
        else:
            text = self.tr("Written: {changes} and {files}.")
        self.done_with(text.format(changes=_changes(r.ops), files=_files(r.blobs),
                                   size=ltr(size_text(r.blob_bytes))))
        self.note.saved(r.path, self.tr("Saved as {path}. Take it to the server; your work also "
                                        "stays on this computer until the server confirms it.")
                        .format(path=ltr(r.path)))
        self.fit()
        self.exported.emit(r)


class BundleButtons(QWidget):
    """The Sync page's two USB buttons; each opens its dialog (one at a time)."""

    dialog_opened = Signal(object)  # the BundleImportDialog or BundleExportDialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "usbBundles", self.tr("USB bundles"))
        self.ctx = ctx
        self.folder: Path | None = None  # where the file dialogs start; None: Documents
        self.import_button = button(
            self.tr("Import from USB…"), "bundleImportButton", self.tr("Import a USB bundle"),
            self.tr("Apply a bundle made on the server for the person signed in here: for clinics "
            "without a connection."), height=0)
        self.export_button = button(
            self.tr("Export to USB…"), "bundleExportButton", self.tr("Make a USB bundle for the server"),
            self.tr("Write the work waiting to be sent to a file for the server, to carry on a USB "
            "stick."), height=0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(lambda: self.open_export())

    @Slot()
    def choose_import(self) -> None:
        start = str(self.folder or default_dir())
        dialog = QFileDialog(self, self.tr("Choose the bundle to import"), start, bundle_filter())
        named(dialog, "bundleImportFileDialog", self.tr("Choose the bundle to import"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open_import(Path(name)))
        dialog.open()

    def open_import(self, path: Path) -> BundleImportDialog:
        return self._show(BundleImportDialog(self.ctx, path, self))

    def open_export(self) -> BundleExportDialog:
        return self._show(BundleExportDialog(self.ctx, self, self.folder))

    def _show(self, dialog: Any) -> Any:
        for old in self.findChildren(_BundleDialog):
            if old is not dialog and old.isVisible() and old.close_button.isEnabled():
                old.close()  # one bundle at a time; a running one finishes first
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog


__all__ = ["BundleButtons", "BundleExportDialog", "BundleImportDialog", "plan_lines",
           "preview_lines", "progress_line", "refusal"]
