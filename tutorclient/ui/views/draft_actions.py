"""What the case form and the drafts list do to a draft beyond typing: delete it,
and crop or blur its pictures (before they are added, or while still unsent).

Every read and write runs on the lanes (``ctx.query`` / ``ctx.write``); the
pixel work is in ``tutorclient.image_edits``, the rules in ``tutorclient.drafts``.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tutorclient import cases, drafts
from tutorclient import image_edits as ie
from tutorclient.changes import Changes

from ..context import AppContext
from ..messages import show_error
from .image_editor import ImageEditorDialog

__all__ = ["PictureEditing", "ask_delete_draft"]

_DELETE_CHANGES = ("cases", "threads", "posts", "attachments", "blobs")


def ask_delete_draft(parent: QWidget, ctx: AppContext, case_id: str, title: str,
                     on_deleted: Callable[[str], None],
                     on_confirmed: Callable[[str], None] | None = None) -> QMessageBox:
    """Confirm, then delete the draft (here at once, on the server at the next sync).

    ``on_confirmed`` runs as the deletion starts: a form showing the draft lets go of it
    then, before the change notices make it read a case that is gone."""
    if title.strip():
        question = QCoreApplication.translate(
            "DraftActions", "Delete “{title}” with its pictures and notes? This cannot be undone.")
    else:
        question = QCoreApplication.translate(
            "DraftActions", "Delete this untitled draft with its pictures and notes? This cannot "
            "be undone.")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DraftActions",
                                                                           "Delete the draft?"),
                      question.format(title=title.strip()),
                      parent=parent)
    box.setObjectName("deleteDraftConfirm")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(QCoreApplication.translate("DraftActions", "Delete the draft?"))
    box.setInformativeText(QCoreApplication.translate("DraftActions",
                                                      "If it was already synced to your account, it is deleted there "
                           "too at the next sync. Tutors never saw it: drafts are only yours."))
    yes = box.addButton(QCoreApplication.translate("DraftActions", "Delete draft"),
                        QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("deleteDraftYes")
    keep = box.addButton(QCoreApplication.translate("DraftActions", "Keep it"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("deleteDraftNo")
    box.setDefaultButton(keep)  # Enter on a stray key press keeps the work

    def chosen(button: Any) -> None:
        if button is not yes:
            return
        if on_confirmed is not None:
            on_confirmed(case_id)

        def work() -> Changes:
            drafts.delete_draft(ctx.store, ctx.blobs, case_id)
            return Changes.of(*_DELETE_CHANGES, outbox=True)

        ctx.write(parent, work, lambda _c: on_deleted(case_id), context="case") \
            .failure(lambda exc: show_error(parent, exc, "case"))

    box.buttonClicked.connect(chosen)
    box.open()
    return box


class PictureEditing:
    """The case form's crop-and-blur steps; ``form`` is the :class:`CaseForm`."""

    def __init__(self, form: Any):
        self.form = form
        self.dialog: ImageEditorDialog | None = None
        self._queue: list[str] = []

    @property
    def ctx(self) -> AppContext:
        return self.form.ctx

    # -- adding: every picture passes the editor before anything is stored ----------------

    def add(self, paths: list[str]) -> None:
        """PDFs are added as they are; each picture opens the editor first."""
        self._queue.extend(paths)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        form = self.form
        if not self._queue or form.case_id is None:
            self._queue.clear()
            return
        path, size = self._queue.pop(0), form.image_size()

        def work() -> ie.EditorImages | None:
            preview = cases.picture_preview(path, size.max_side)
            return None if preview is None else ie.editor_images(preview.data)

        def shown(images: ie.EditorImages | None) -> None:
            if images is None:  # a PDF
                form.add_files([path])
                self._next()
                return
            self._open(images, QCoreApplication.translate("PictureEditing", "Apply and attach"),
                       lambda edits: self._attach(path, edits),
                       note=QCoreApplication.translate("PictureEditing",
                                                       "Only the edited picture is added. Cancel adds nothing."))

        def failed(exc: BaseException) -> None:
            show_error(form, exc, "case")
            self._next()

        self.ctx.query(form, work, shown, context="case").failure(failed)

    def _attach(self, path: str, edits: list[ie.Edit]) -> None:
        form, ctx, case_id, size = self.form, self.ctx, self.form.case_id, self.form.image_size()

        def work() -> Changes:
            cases.add_attachment(ctx.store, ctx.blobs, case_id, path, max_side=size.max_side,
                                 jpeg_quality=size.jpeg_quality, edits=edits)
            return Changes.of("attachments", "cases", outbox=True)

        def done(_c: Changes) -> None:
            form.attachments_changed.emit(case_id)
            self._next()

        def failed(exc: BaseException) -> None:
            show_error(form, exc, "case")
            self._next()

        ctx.write(form, work, done, context="case").failure(failed)

    # -- an attached picture, while it has not been sent ----------------------------------

    def edit(self, attachment_id: str) -> None:
        form, ctx = self.form, self.ctx
        begun = drafts.uploads_begun(ctx.profile.dir)

        def work() -> ie.EditorImages:
            return drafts.picture_for_editing(ctx.store, ctx.blobs, attachment_id, begun)

        def replace(edits: list[ie.Edit]) -> None:
            quality = form.image_size().jpeg_quality

            def write() -> Changes:
                drafts.edit_attachment(ctx.store, ctx.blobs, attachment_id, edits,
                                       jpeg_quality=quality, upload_started=begun)
                return Changes.of("attachments", "blobs", "cases", outbox=True)

            ctx.write(form, write, lambda _c: form.attachments_changed.emit(form.case_id),
                      context="case").failure(lambda exc: show_error(form, exc, "case"))

        apply_text = QCoreApplication.translate("PictureEditing", "Apply")
        note = QCoreApplication.translate(
            "PictureEditing", "The edited picture replaces this one; the original is wiped from "
            "this computer.")
        ctx.query(form, work, lambda images: self._open(images, apply_text, replace, note=note),
                  context="case") \
            .failure(lambda exc: show_error(form, exc, "case"))

    def _open(self, images: ie.EditorImages, apply_text: str,
              then: Callable[[list[ie.Edit]], None], note: str) -> None:
        dialog = ImageEditorDialog(images, self.form, note=note, apply_text=apply_text)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == ImageEditorDialog.DialogCode.Accepted:
                then(list(dialog.edits))
            else:
                self._next()  # cancelled: this picture is not added
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
