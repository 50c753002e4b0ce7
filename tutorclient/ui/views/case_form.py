"""The case form: a structured clinical case, saved as the trainee types.

Drafts save automatically (a short pause after typing, on the write lane) so a
power cut loses at most the last second or two. Pictures are shrunk and
stripped of their metadata (GPS, camera, time) when they are added, at the
size chosen under "Max picture size"; the form shows how much will be sent
before anything is. Submitting first looks for things that could identify
the patient and asks the trainee to edit them or confirm.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutorclient import cases, drafts, privacy
from tutorclient.changes import Changes
from tutorclient.paths import start_folder

from ..context import AppContext
from ..errors import show_error
from ..models.cases import AttachmentIdRole, AttachmentsModel, field
from ..models.courses import human_size

__all__ = ["AUTOSAVE_MS", "FIELD_LABELS", "IMAGE_SIZES", "CaseForm", "IdentifierCheckDialog", "upload_text"]

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1200
IMAGE_SIZE_SETTING = "case_image_size"
SLOW_LINK_BYTES_PER_S = 3_000  # a busy 2G link: about 24 kbit/s that actually arrive


@dataclass(frozen=True)
class ImageSize:
    key: str
    label: str
    max_side: int
    jpeg_quality: int


IMAGE_SIZES = (
    ImageSize("small", QT_TRANSLATE_NOOP("CaseForm", "Small: 1024 px (recommended on 2G)"), 1024, 75),
    ImageSize("medium", QT_TRANSLATE_NOOP("CaseForm", "Medium: 1280 px"), 1280, 80),
    ImageSize("large", QT_TRANSLATE_NOOP("CaseForm", "Large: 1600 px (fine ECG or X-ray detail)"),
              1600, 85),
)
from .. import widgets
from .direction import back, set_margins
from .case_labels import FIELD_LABELS, field_hint, field_label, kind_word
from .draft_actions import PictureEditing, ask_delete_draft
from .identifier_dialog import IdentifierCheckDialog
from .plurals import clock_text, english_plural, ltr

DEFAULT_IMAGE_SIZE = "small"

def upload_text(size: int, files: int) -> str:
    """'To send: 2 files, 412 KB in all, about 3 minutes on a slow (2G) connection.'"""
    if size <= 0:
        return QCoreApplication.translate("CaseForm", "Nothing to upload yet.")
    minutes = math.ceil(size / SLOW_LINK_BYTES_PER_S / 60)
    if files:
        what = english_plural(QCoreApplication.translate(
            "CaseForm", "%n file(s) and the text", None, files), files)
    else:
        what = QCoreApplication.translate("CaseForm", "the text")
    if minutes <= 1:
        time = QCoreApplication.translate("CaseForm", "under a minute")
    else:
        time = english_plural(QCoreApplication.translate(
            "CaseForm", "about %n minute(s)", None, minutes), minutes)
    return QCoreApplication.translate(
        "CaseForm", "To send: {what}, {size} in all — {time} on a slow (2G) connection.").format(
        what=what, size=ltr(human_size(size)), time=time)


def _thumbs(ctx: AppContext, attachments: list[Any], side: int = 72) -> dict[str, QImage]:
    """On a lane: small previews of the case's pictures, from the blob cache only."""
    out: dict[str, QImage] = {}
    for att in attachments:
        sha = str(field(att, "sha256", ""))
        if not str(field(att, "mime", "")).startswith("image/") or not sha or not ctx.blobs.has(sha):
            continue
        try:
            image = QImage()
            if image.loadFromData(ctx.blobs.read(sha)):
                out[sha] = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
        except Exception:  # a damaged file shows as a plain tile, never breaks the form
            log.debug("no preview for %s", sha, exc_info=True)
    return out


@dataclass
class FormData:
    case_id: str
    detail: Any
    status: str
    upload: int
    thumbs: dict[str, QImage]
    editable: set[str]  # pictures not sent yet: they can still be cropped or blurred
    partnerships: list[tuple[str, str]]
    specialisms: list[str]


def partnership_names(ctx: AppContext) -> list[tuple[str, str]]:
    """On a lane: (id, name) of the user's partnerships; names from the partnerships table."""
    return cases.partnership_names(ctx.store, ctx.user.get("partnerships") or [])


class CaseForm(QWidget):
    """Edit one draft case. Call :meth:`open_case`; changes save themselves."""

    loaded = Signal(str)  # case id
    saved = Signal(str)  # case id, after each automatic save
    attachments_changed = Signal(str)  # case id
    submitted = Signal(str)  # case id
    deleted = Signal(str)  # case id: the draft was deleted
    back_clicked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseForm")
        self.setAccessibleName(self.tr("Case form"))
        self.case_id: str | None = None
        self.status = "draft"
        self.upload_bytes = 0
        self.check_dialog: IdentifierCheckDialog | None = None
        self.held_findings: list[Any] = []  # why the identifier check holds this case here
        self.file_dialog: QFileDialog | None = None
        self.pictures = PictureEditing(self)
        self.editable: set[str] = set()
        self._filling = False
        self._saving = 0
        self._dirty = False
        self._after_save: list[Any] = []
        self.attachments = AttachmentsModel(self)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        ctx.hub.changed.connect(self._on_changes)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = widgets.button(back(self.tr("My cases"), "←", " "), "caseFormBackButton",
                                          self.tr("Back to my cases"),
                                   self.tr("Your draft is saved; come back to it any time"))
        self.back_button.clicked.connect(self._back)
        self.heading = QLabel(self.tr("Your case"), objectName="caseFormHeading")
        self.heading.setAccessibleName(self.tr("Case form heading"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        self.heading.setFont(font)
        self.save_state = QLabel(objectName="caseSaveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.save_state.setStyleSheet("color: #3d6b47;")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.save_state)
        self.delete_button = widgets.button(self.tr("Delete draft…"), "caseDeleteButton",
                                            self.tr("Delete this draft"),
                                            self.tr("Delete the draft with its pictures (asks first)"))
        self.delete_button.clicked.connect(self.delete_draft)
        top.addWidget(self.delete_button)

        self.revision_note = QLabel(objectName="caseRevisionNote", wordWrap=True)
        self.revision_note.setAccessibleName(self.tr("What the tutor asked you to change"))
        self.revision_note.setStyleSheet("QLabel { background: #fde2cf; color: #5a2600; padding: 8px;"
                                         " border-radius: 4px; }")
        self.revision_note.hide()

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self._build_text_fields(), 3)
        body.addWidget(self._build_side_panel(), 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(8)
        box.addLayout(top)
        box.addWidget(self.revision_note)
        box.addLayout(body, 1)

    def _text_field(self, name: str, lines: int) -> QWidget:
        holder = QWidget(objectName=f"{name}Field")
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        label = QLabel(f"<b>{field_label(name)}</b>", objectName=f"{name}Label")
        hint = QLabel(field_hint(name), objectName=f"{name}Hint", wordWrap=True)
        hint.setStyleSheet("color: #5b6675;")
        editor: QLineEdit | QPlainTextEdit
        if lines <= 1:
            editor = QLineEdit(objectName=f"{name}Edit")
            editor.setMinimumHeight(32)
            editor.textChanged.connect(self._edited)
        else:
            editor = QPlainTextEdit(objectName=f"{name}Edit")
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
            editor.textChanged.connect(self._edited)
        editor.setAccessibleName(field_label(name))
        editor.setAccessibleDescription(field_hint(name))
        label.setBuddy(editor)
        col.addWidget(label)
        col.addWidget(hint)
        col.addWidget(editor)
        self.editors[name] = editor
        return holder

    def _build_text_fields(self) -> QWidget:
        inner = QWidget(objectName="caseTextFields")
        col = QVBoxLayout(inner)
        set_margins(col, 0, 0, 10, 0)  # room for the scroll bar
        col.setSpacing(12)
        names = [n for n in cases.CASE_TEXT_FIELDS if n in FIELD_LABELS] or list(FIELD_LABELS)
        for name in names:
            col.addWidget(self._text_field(name, 1 if name == "title" else 4))
        col.addStretch(1)
        scroll = QScrollArea(objectName="caseFieldsScroll", widgetResizable=True)
        scroll.setAccessibleName(self.tr("Case text"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _build_side_panel(self) -> QWidget:
        panel = QWidget(objectName="caseSidePanel")
        col = QVBoxLayout(panel)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        form = QFormLayout()
        form.setSpacing(8)
        self.partnership_box = QComboBox(objectName="casePartnership")
        self.partnership_box.setAccessibleName(self.tr("Partnership"))
        self.partnership_box.setToolTip(self.tr("The partnership whose tutors will review the case"))
        self.partnership_box.currentIndexChanged.connect(self._edited)
        self.specialism_box = QComboBox(objectName="caseSpecialism")
        self.specialism_box.setAccessibleName(self.tr("Specialism"))
        self.specialism_box.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Partnership"), self.partnership_box)
        form.addRow(self.tr("Specialism"), self.specialism_box)
        col.addLayout(form)

        files = QLabel(self.tr("<b>Pictures and PDFs</b> (X-rays, ECGs, photos)"),
                       objectName="caseFilesLabel")
        col.addWidget(files)
        self.files_view = QListView(objectName="caseAttachments")
        self.files_view.setAccessibleName(self.tr("Attached pictures and PDFs"))
        self.files_view.setModel(self.attachments)
        self.files_view.setIconSize(QSize(72, 72))
        self.files_view.setSpacing(3)
        self.files_view.setMinimumHeight(90)
        self.files_view.setMaximumHeight(260)
        self.files_view.setWordWrap(True)
        col.addWidget(self.files_view)
        self.files_empty = QLabel((self.tr("No pictures yet. When you add a photo you can crop it and blur faces, names and labels "
                                   "before it is kept.")),
                                  objectName="caseFilesEmpty", wordWrap=True)
        self.files_empty.setStyleSheet("color: #5b6675;")
        col.addWidget(self.files_empty)
        buttons = QHBoxLayout()
        self.add_button = widgets.button(self.tr("Add picture or PDF…"), "addAttachmentButton",
                                         self.tr("Add a picture or PDF"),
                                  self.tr("Pictures are made smaller and their hidden details (GPS, camera, time) removed"))
        self.remove_button = widgets.button(self.tr("Remove"), "removeAttachmentButton",
                                            self.tr("Remove the selected file"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_picture_button = widgets.button(
            self.tr("Crop or blur…"), "editPictureButton", self.tr("Crop or blur the selected picture"),
            self.tr("Hide faces, names and labels before the picture is sent"))
        self.edit_picture_button.clicked.connect(self.edit_selected)
        self.files_view.selectionModel().currentChanged.connect(lambda *_: self._picture_chosen())
        self.files_view.doubleClicked.connect(lambda _i: self.edit_selected())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_picture_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.picture_note = QLabel(objectName="pictureSentNote", wordWrap=True)
        self.picture_note.setStyleSheet("color: #5b6675;")
        self.picture_note.hide()
        col.addWidget(self.picture_note)
        size_row = QFormLayout()
        self.size_box = QComboBox(objectName="maxImageSize")
        self.size_box.setAccessibleName(self.tr("Max picture size"))
        self.size_box.setToolTip(self.tr("Applies to pictures you add from now on. Smaller pictures send faster."))
        for size in IMAGE_SIZES:
            self.size_box.addItem(self.tr(size.label), size.key)
        chosen = self.ctx.setting(IMAGE_SIZE_SETTING, DEFAULT_IMAGE_SIZE)
        self.size_box.setCurrentIndex(max(0, [s.key for s in IMAGE_SIZES].index(chosen)
                                          if chosen in [s.key for s in IMAGE_SIZES] else 0))
        self.size_box.currentIndexChanged.connect(self._size_chosen)
        size_row.addRow(self.tr("Max picture size"), self.size_box)
        col.addLayout(size_row)
        self.upload_label = QLabel(objectName="caseUploadSize", wordWrap=True)
        self.upload_label.setAccessibleName(self.tr("Upload size"))
        self.upload_label.setStyleSheet("QLabel { background: #eef2f6; padding: 8px; border-radius: 4px; }")
        col.addWidget(self.upload_label)
        self.message = QLabel(objectName="caseFormMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Form message"))
        self.message.setStyleSheet("color: #7a1c16;")
        self.message.hide()
        col.addWidget(self.message)
        self.held_note = QLabel(objectName="caseHeldNote", wordWrap=True)
        self.held_note.setAccessibleName(self.tr("Held on this computer"))
        self.held_note.setStyleSheet("QLabel { background: #fdebc8; color: #6b4a00; padding: 8px;"
                                     " border-radius: 4px; }")
        self.held_note.hide()
        col.addWidget(self.held_note)
        self.review_held_button = widgets.button(
            self.tr("Check what was found…"), "reviewHeldButton", self.tr("Check what may identify the patient"),
            self.tr("Edit the highlighted text, or confirm that none of it identifies anyone"))
        self.review_held_button.clicked.connect(self.review_held)
        self.review_held_button.hide()
        col.addWidget(self.review_held_button)
        self.submit_button = widgets.button(self.tr("Send to the tutors"), "submitCaseButton",
                                            self.tr("Send the case to the tutors"),
                                     self.tr("Checked for names and numbers first; sent at the next sync"))
        font = self.submit_button.font()
        font.setBold(True)
        self.submit_button.setFont(font)
        self.submit_button.setMinimumHeight(40)
        self.submit_button.clicked.connect(self.submit)
        col.addWidget(self.submit_button)
        col.addStretch(1)
        return panel

    # -- loading --------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        self.case_id = case_id
        self._dirty = False
        self._timer.stop()
        self.message.hide()
        self._load(fill=True)

    def _load(self, *, fill: bool) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return

        def work() -> FormData:
            detail = cases.case_detail(ctx.store, case_id)
            atts = list(field(detail, "attachments", []) or [])
            return FormData(case_id, detail, cases.display_status(ctx.store, case_id),
                            cases.upload_size(ctx.store, case_id), _thumbs(ctx, atts),
                            drafts.editable_pictures(ctx.store, case_id,
                                                     drafts.uploads_begun(ctx.profile.dir)),
                            partnership_names(ctx), [str(s) for s in ctx.user.get("specialisms") or []])

        ctx.query(self, work, lambda data: self._loaded(data, fill), context="case")

    def _loaded(self, data: FormData, fill: bool) -> None:
        if data.case_id != self.case_id:
            return
        self.status = data.status
        atts = list(field(data.detail, "attachments", []) or [])
        self.attachments.set_rows(atts, data.thumbs)
        self.files_empty.setVisible(not atts)
        self.files_view.setVisible(bool(atts))
        self.remove_button.setEnabled(bool(atts))
        self.editable = data.editable
        self._picture_chosen()
        self.delete_button.setVisible(data.status == "draft")
        self.upload_bytes = data.upload
        self.upload_label.setText(upload_text(data.upload, len(atts)))
        self._show_held(list(field(data.detail, "held", []) or []))
        resubmit = data.status == "revision_requested"
        self.submit_button.setText(self.tr("Send the changes to the tutors") if resubmit
                                   else self.tr("Send to the tutors"))
        self.heading.setText(self.tr("Improve your case") if resubmit else self.tr("Your case"))
        if fill and not self._dirty:
            self._fill(data)
        self.loaded.emit(data.case_id)

    def _fill(self, data: FormData) -> None:
        self._filling = True
        try:
            values = field(data.detail, "fields", None) or data.detail
            for name, editor in self.editors.items():
                text = str(field(values, name, "") or "")
                if isinstance(editor, QLineEdit):
                    editor.setText(text)
                else:
                    editor.setPlainText(text)
                    editor.setExtraSelections([])
            self.partnership_box.clear()
            for pid, name in data.partnerships:
                self.partnership_box.addItem(name, pid)
            current = str(field(values, "partnership_id", "") or field(data.detail, "partnership_id", ""))
            index = self.partnership_box.findData(current)
            if index < 0 and current:
                self.partnership_box.addItem(current, current)
                index = self.partnership_box.count() - 1
            self.partnership_box.setCurrentIndex(max(0, index))
            # The server keeps a case in the partnership it was started in.
            self.partnership_box.setEnabled(False)
            self.partnership_box.setToolTip(self.tr("Chosen when the case was started"))
            self.specialism_box.clear()
            self.specialism_box.addItem(self.tr("General / not sure"), "")
            for spec in data.specialisms:
                self.specialism_box.addItem(str(spec).capitalize(), spec)
            spec = str(field(values, "specialism", "") or field(data.detail, "specialism", ""))
            index = self.specialism_box.findData(spec)
            if index < 0 and spec:
                self.specialism_box.addItem(spec.capitalize(), spec)
                index = self.specialism_box.count() - 1
            self.specialism_box.setCurrentIndex(max(0, index))
            reviews = list(field(data.detail, "reviews", []) or [])
            asked = [r for r in reviews if field(r, "decision") == "revision_requested"]
            if data.status == "revision_requested" and asked:
                last = asked[-1]
                parts = [str(field(last, k, "")) for k in ("concerns", "next_steps") if field(last, k)]
                self.revision_note.setText(self.tr("The tutor asked you to improve this case: {notes}")
                                           .format(notes=" ".join(parts)))
                self.revision_note.show()
            else:
                self.revision_note.hide()
            self.save_state.setText(self.tr("Saved on this computer"))
        finally:
            self._filling = False

    def _show_held(self, findings: list[Any]) -> None:
        self.held_findings = findings
        if findings:
            kinds = sorted({kind_word(f.kind) for f in findings})
            self.held_note.setText(self.tr(
                "<b>Held on this computer.</b> This case may identify the patient ({kinds}). "
                "It will not sync, not even to your other devices, until you edit that text or "
                "confirm that none of it identifies anyone.").format(kinds=self.tr(", ").join(kinds)))
        self.held_note.setVisible(bool(findings))
        self.review_held_button.setVisible(bool(findings))

    @Slot()
    def review_held(self) -> None:
        """Show why the case is held: edit the text, or confirm it and let the case sync."""
        findings = list(self.held_findings)
        if not findings:
            return
        self.highlight(findings)
        dialog = IdentifierCheckDialog(findings, self.text_fields(), self,
                                       confirm_text=self.tr("None of this identifies anyone: let it sync"))
        dialog.accepted.connect(lambda: self.flush(lambda: self._release(findings)))
        dialog.rejected.connect(lambda: self._edit_findings(findings))
        self.check_dialog = dialog
        dialog.open()

    def _release(self, findings: list[Any]) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return

        def work() -> Changes:
            cases.confirm_not_identifying(ctx.store, case_id, findings)
            return Changes.of("cases", outbox=True)

        ctx.write(self, work, lambda _c: self._load(fill=False), context="case") \
            .failure(lambda exc: show_error(self, exc, "case"))

    # -- saving ---------------------------------------------------------------------------

    def fields(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, editor in self.editors.items():
            out[name] = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        out["specialism"] = self.specialism_box.currentData() or ""
        return out

    def text_fields(self) -> dict[str, str]:
        return {k: v for k, v in self.fields().items() if k in self.editors}

    @Slot()
    def _edited(self) -> None:
        if self._filling or self.case_id is None:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Not saved yet…"))
        self._timer.start()

    @Slot()
    def save_now(self) -> None:
        """Save the form at once (also called by the autosave timer)."""
        self._timer.stop()
        if self.case_id is None or not self._dirty:
            self._run_after_save()
            return
        ctx, case_id, values = self.ctx, self.case_id, self.fields()
        self._dirty = False
        self._saving += 1
        self.save_state.setText(self.tr("Saving…"))

        def work() -> Changes:
            cases.save_draft(ctx.store, case_id, values)
            return Changes.of("cases", outbox=True)

        ctx.write(self, work, lambda _c: self._saved(case_id), context="case") \
            .failure(lambda exc: self._save_failed(exc))

    def _saved(self, case_id: str) -> None:
        self._saving -= 1
        if self._saving == 0 and not self._dirty:
            from datetime import datetime

            self.save_state.setText(self.tr("Saved on this computer at {time}")
                                    .format(time=clock_text(datetime.now())))
        self.saved.emit(case_id)
        self._load(fill=False)  # the upload size changes with the text
        self._run_after_save()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving -= 1
        self._dirty = True
        self._after_save.clear()
        self.save_state.setText(self.tr("Not saved: see the message"))
        show_error(self, exc, "case")

    def _run_after_save(self) -> None:
        if self._saving or self._dirty:
            return
        waiting, self._after_save = self._after_save, []
        for callback in waiting:
            callback()

    def flush(self, then: Any = None) -> None:
        """Save anything unsaved; call ``then()`` once it is on disk."""
        if then is not None:
            self._after_save.append(then)
        self.save_now()

    @Slot()
    def _back(self) -> None:
        self.flush(self.back_clicked.emit)

    # -- attachments ----------------------------------------------------------------------

    def image_size(self) -> ImageSize:
        key = self.size_box.currentData()
        return next((s for s in IMAGE_SIZES if s.key == key), IMAGE_SIZES[0])

    @Slot()
    def _size_chosen(self) -> None:
        self.ctx.set_setting(IMAGE_SIZE_SETTING, self.image_size().key)

    @Slot()
    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add pictures or PDFs to the case"))
        dialog.setObjectName("attachmentFileDialog")
        dialog.setAccessibleName(self.tr("Choose pictures or PDFs"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setDirectory(str(start_folder("pictures")))  # not the working folder
        dialog.setNameFilter(self.tr("Pictures and PDFs (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.pdf)"))
        dialog.filesSelected.connect(self.pictures.add)  # each picture via the crop/blur editor
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    @Slot(list)
    def add_files(self, paths: list[str]) -> None:
        """Attach files: pictures are shrunk and cleaned on the write lane, never here."""
        if not paths or self.case_id is None:
            return
        ctx, case_id, size = self.ctx, self.case_id, self.image_size()
        self.add_button.setEnabled(False)
        self.upload_label.setText(self.tr("Preparing the pictures…"))

        def work() -> Changes:
            for path in paths:
                cases.add_attachment(ctx.store, ctx.blobs, case_id, path, max_side=size.max_side,
                                     jpeg_quality=size.jpeg_quality)
            return Changes.of("attachments", "cases", outbox=True)

        def done(_c: Changes) -> None:
            self.add_button.setEnabled(True)
            self.attachments_changed.emit(case_id)

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            self._load(fill=False)
            show_error(self, exc, "case")

        ctx.write(self, work, done, context="case").failure(failed)

    def _selected_attachment(self) -> str | None:
        index = self.files_view.currentIndex()
        if index.isValid():
            return index.data(AttachmentIdRole)
        return self.attachments.index(0).data(AttachmentIdRole) if self.attachments.rowCount() == 1 else None

    def _picture_chosen(self) -> None:
        chosen = self._selected_attachment()
        row = next((a for a in self.attachments.rows() if a.id == chosen), None)
        picture = row is not None and row.is_image
        sent = picture and chosen not in self.editable
        self.edit_picture_button.setEnabled(picture and not sent)
        self.picture_note.setText(self.tr(
            "This picture has been sent (or started to send), so it can no longer be cropped or "
            "blurred. Remove it and add an edited copy if needed.") if sent else "")
        self.picture_note.setVisible(bool(sent))

    @Slot()
    def edit_selected(self) -> None:
        """Open the crop/blur editor on the selected picture, if it has not been sent."""
        chosen = self._selected_attachment()
        if chosen and chosen in self.editable:
            self.pictures.edit(chosen)

    @Slot()
    def delete_draft(self) -> None:
        """Ask, then delete this draft with its files (and on the server at the next sync)."""
        if self.case_id is None or self.status != "draft":
            return
        self.flush()  # a kept draft keeps what was typed; a deleted one is let go below
        title = self.fields().get("title", "")
        self.delete_dialog = ask_delete_draft(self, self.ctx, self.case_id, title,
                                              self.deleted.emit, self.let_go)

    def let_go(self, case_id: str) -> None:
        """Stop showing and saving ``case_id`` (it is being deleted)."""
        if case_id == self.case_id:
            self._timer.stop()
            self._dirty = False
            self.case_id = None

    @Slot()
    def remove_selected(self) -> None:
        index = self.files_view.currentIndex()
        attachment_id = index.data(AttachmentIdRole) if index.isValid() else None
        if not attachment_id and self.attachments.rowCount() == 1:
            attachment_id = self.attachments.index(0).data(AttachmentIdRole)
        if not attachment_id or self.case_id is None:
            return
        ctx, case_id = self.ctx, self.case_id

        def work() -> Changes:
            cases.remove_attachment(ctx.store, attachment_id)
            return Changes.of("attachments", "cases", outbox=True)

        ctx.write(self, work, lambda _c: self.attachments_changed.emit(case_id), context="case")

    # -- submitting -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def submit(self) -> None:
        """Check, then send: identifiers found open the check dialog first."""
        if self.case_id is None:
            return
        values = self.text_fields()
        if not values.get("title", "").strip():
            self._say(self.tr("Give the case a title first."))
            self.editors["title"].setFocus()
            return
        if not any(values.get(k, "").strip() for k in values if k != "title"):
            self._say(self.tr("Describe the case before sending it: at least the presenting "
                              "complaint or your question."))
            return
        self._say("")
        self.submit_button.setEnabled(False)
        self.ctx.query(self, lambda: privacy.find_identifiers(values), self._checked, context="case") \
            .failure(lambda exc: (self.submit_button.setEnabled(True), show_error(self, exc, "case")))

    def _checked(self, findings: list[Any]) -> None:
        self.highlight(findings)
        if not findings:
            self.flush(self._send)
            return
        dialog = IdentifierCheckDialog(findings, self.text_fields(), self)
        # What the author confirmed travels with the submit, so the case is not held.
        dialog.accepted.connect(lambda: self.flush(lambda: self._send(findings)))
        dialog.rejected.connect(lambda: self._edit_findings(findings))
        self.check_dialog = dialog
        dialog.open()

    def _edit_findings(self, findings: list[Any]) -> None:
        self.submit_button.setEnabled(True)
        self._say(self.tr("Edit the highlighted text, then press “Send to the tutors” again."))
        first = findings[0]
        editor = self.editors.get(first.field)
        if isinstance(editor, QLineEdit):
            editor.setFocus()
            editor.setSelection(first.start, first.end - first.start)
        elif editor is not None:
            editor.setFocus()
            cursor = editor.textCursor()
            cursor.setPosition(first.start)
            cursor.setPosition(first.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()

    def highlight(self, findings: list[Any]) -> None:
        """Mark each finding in its text box (cleared by the next check)."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#c0392b"))
        for name, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                continue
            selections = []
            for f in findings:
                if f.field != name:
                    continue
                sel = QTextEdit.ExtraSelection()
                sel.format = fmt
                cursor = editor.textCursor()
                cursor.setPosition(min(f.start, len(editor.toPlainText())))
                cursor.setPosition(min(f.end, len(editor.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                selections.append(sel)
            editor.setExtraSelections(selections)

    def _send(self, confirmed: list[Any] | None = None) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return
        again = self.status == "revision_requested"

        def work() -> Changes:
            (cases.resubmit if again else cases.submit)(ctx.store, case_id, confirmed=confirmed)
            return Changes.of("cases", outbox=True)

        def failed(exc: BaseException) -> None:
            self.submit_button.setEnabled(True)
            show_error(self, exc, "case")

        ctx.write(self, work, lambda _c: self._sent(case_id), context="case").failure(failed)

    def _sent(self, case_id: str) -> None:
        self.submit_button.setEnabled(True)
        self.submitted.emit(case_id)

    # -- change notices -------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        # Never refill the text boxes here: that would undo what is being typed.
        if self.case_id and (changes.touches("attachments", "blobs", "reviews") or changes.sync_status):
            self._load(fill=False)
