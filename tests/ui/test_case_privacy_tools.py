"""Hiding a face in a case photo, and deleting drafts, in the real Cases page.

Real widgets offscreen, real profiles, a live server on loopback: the photo is
blurred and cropped in the editor before anything is stored; a picture that
went out can no longer be edited, and the form says so; drafts are deleted
from the list (button, context menu, Delete key) and from the form, and the
deletion reaches the server's database.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_cases_ui import assert_named, cases_page, fill, saved, start_case, sync
from test_image_edits import FACE, detail_variance, photo_like

from tutorclient import image_edits as ie
from tutorclient.ui.views.image_editor import ImageEditorDialog


def _photo(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (9.0, 33.0, 40.0), 3: "E", 4: (44.0, 3.0, 50.0)}
    photo_like().save(path, "JPEG", quality=95, exif=exif)
    return path


def _count(ctx, sql: str, *args) -> int:
    return ctx.store.db.execute(sql, list(args)).fetchone()[0]


def _editor(qtbot, form) -> ImageEditorDialog:
    qtbot.waitUntil(lambda: form.pictures.dialog is not None and form.pictures.dialog.isVisible())
    return form.pictures.dialog


def _drag(qtbot, dialog: ImageEditorDialog, start: tuple[int, int], end: tuple[int, int]) -> None:
    view = dialog.canvas
    a, b = (view.mapFromScene(QPointF(*p)) for p in (start, end))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), pos=(a + b) / 2)
    qtbot.mouseMove(view.viewport(), pos=b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)


def _confirm(qtbot, yes: bool = True) -> None:
    qtbot.waitUntil(lambda: any(w.objectName() == "deleteDraftConfirm" and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets()
               if w.objectName() == "deleteDraftConfirm" and w.isVisible())
    assert isinstance(box, QMessageBox) and "cannot be undone" in box.text()
    box.findChild(type(box.buttons()[0]), "deleteDraftYes" if yes else "deleteDraftNo").click()


def test_face_is_blurred_in_the_editor_before_the_photo_is_stored(qtbot, open_ctx, tmp_path):
    ctx = open_ctx("amina")
    page = cases_page(qtbot, ctx)
    case_id = start_case(qtbot, page)
    form = page.form
    blobs_before = _count(ctx, "SELECT count(*) FROM blobs WHERE state = 'upload'")
    form.pictures.add([str(_photo(tmp_path / "IMG_20260301_1022.jpg"))])  # as the file picker does
    dialog = _editor(qtbot, form)
    assert_named(dialog)
    # While the editor is open nothing is stored: no attachment, no file.
    assert _count(ctx, "SELECT count(*) FROM attachments WHERE owner_id = ?", case_id) == 0
    assert _count(ctx, "SELECT count(*) FROM blobs WHERE state = 'upload'") == blobs_before
    # Small size: 1024 px wide, the same pixels as the photo above.
    assert (dialog.width_px, dialog.height_px) == (1024, 768)
    _drag(qtbot, dialog, FACE[:2], FACE[2:])  # Blur box is the first tool
    assert [e.kind for e in dialog.edits] == ["blur_rect"]
    box = dialog.edits[0].box
    assert box is not None and all(abs(a - b) <= 4 for a, b in zip(box, FACE))
    # Keyboard: C for Crop, Enter crops to the dashed box; Ctrl+Z takes it back; crop again.
    qtbot.keyClick(dialog, Qt.Key.Key_C)
    assert dialog.tool() == "crop"
    dialog.canvas.setFocus()
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Return)
    assert [e.kind for e in dialog.edits] == ["blur_rect", "crop"]
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.kind for e in dialog.edits] == ["blur_rect"]
    _drag(qtbot, dialog, (300, 100), (800, 600))
    assert "cropped to" in dialog.steps.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.attachments.rowCount() == 1, timeout=15_000)

    row = form.attachments.rows()[0]
    data = ctx.blobs.read(row.sha256)
    stored = Image.open(io.BytesIO(data))
    assert abs(stored.width - 500) <= 8 and abs(stored.height - 500) <= 8
    assert not stored.getexif() and b"PhoneMaker" not in data
    face = stored.crop((FACE[0] - 300 + 10, FACE[1] - 100 + 10, FACE[2] - 300 - 10, FACE[3] - 100 - 10))
    assert detail_variance(face) < detail_variance(photo_like().crop(FACE)) / 50
    # Only the edited picture is on this computer.
    assert _count(ctx, "SELECT count(*) FROM blobs WHERE state = 'upload'") == blobs_before + 1


def test_unsent_picture_can_be_edited_and_a_sent_one_says_it_cannot(qtbot, open_ctx, tmp_path):
    ctx = open_ctx("amina")
    page = cases_page(qtbot, ctx)
    start_case(qtbot, page)
    form = page.form
    fill(form, title="Scald on the forearm")
    saved(qtbot, form)
    form.add_files([str(_photo(tmp_path / "b.jpg"))])
    qtbot.waitUntil(lambda: form.attachments.rowCount() == 1 and form.edit_picture_button.isEnabled())
    first = form.attachments.rows()[0].sha256
    form.edit_selected()
    dialog = _editor(qtbot, form)
    assert "replaces this one" in dialog.note.text()
    dialog.add(ie.blur_rect(FACE))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.attachments.rowCount() == 1 and form.attachments.rows()[0].sha256 != first)
    assert not ctx.blobs.has(first)  # the unedited copy is gone from this computer

    sync(qtbot, ctx)
    qtbot.waitUntil(lambda: not form.edit_picture_button.isEnabled(), timeout=10_000)
    assert form.picture_note.isVisible() and "can no longer be cropped" in form.picture_note.text()


def test_drafts_are_deleted_from_the_list_and_the_form_and_on_the_server(
        qtbot, open_ctx, server_settings):
    ctx = open_ctx("amina")
    page = cases_page(qtbot, ctx)
    # From the form: a synced draft, so the server must hear of it.
    synced = start_case(qtbot, page)
    fill(page.form, title="Draft to throw away")
    saved(qtbot, page.form)
    sync(qtbot, ctx)
    assert page.form.delete_button.isVisible()
    qtbot.mouseClick(page.form.delete_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, yes=False)  # "Keep it" keeps it
    qtbot.wait(200)
    assert _count(ctx, "SELECT count(*) FROM cases WHERE id = ?", synced) == 1
    qtbot.mouseClick(page.form.delete_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot)
    qtbot.waitUntil(lambda: page.screens.currentIndex() == page.SCREEN_LIST)
    assert _count(ctx, "SELECT count(*) FROM cases WHERE id = ?", synced) == 0
    sync(qtbot, ctx)
    server_db = sqlite3.connect(Path(server_settings.data_dir) / "tutorclient.sqlite3")
    assert server_db.execute("SELECT deleted FROM records WHERE kind = 'cases' AND id = ?",
                             [synced]).fetchone() == (1,)
    assert server_db.execute("SELECT count(*) FROM records WHERE kind = 'threads' AND "
                             "parent_id = ? AND NOT deleted", [synced]).fetchone() == (0,)
    server_db.close()

    # From the list: the Delete key, then the context menu; sent cases cannot be deleted.
    for how in ("key", "menu"):
        draft = start_case(qtbot, page)
        page.show_list()
        qtbot.waitUntil(lambda: page.cases_model.row_of(draft) >= 0)
        index = page.cases_model.index(page.cases_model.row_of(draft), 0)
        page.table.setCurrentIndex(index)
        assert page.delete_button.isEnabled()
        if how == "key":
            page.table.setFocus()
            qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        else:
            page._case_menu(page.table.visualRect(index).center())
            action = next(a for a in page.case_menu.actions() if a.text().startswith("Delete"))
            assert action.isEnabled()
            action.trigger()
        _confirm(qtbot)
        qtbot.waitUntil(lambda: page.cases_model.row_of(draft) < 0)
        assert _count(ctx, "SELECT count(*) FROM outbox WHERE record_id = ?", draft) == 0
    sent = next(r for r in page.cases_model.rows() if r.status != "draft")
    page.table.setCurrentIndex(page.cases_model.index(page.cases_model.row_of(sent.id), 0))
    assert not page.delete_button.isEnabled()
