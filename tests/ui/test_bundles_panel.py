"""USB bundles from the Sync page, on a real server's bundles and a real profile: what a
bundle holds and for whom before importing, progress, refusals in plain words, and an
export the server then applies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from test_sync_panel import open_page

from sync.bundle import BundleError
from sync.server import bundles as server_bundles
from sync.server.settings import Settings
from tutorclient import discussions
from tutorclient.bundles import DeviceExport, DeviceImport
from tutorclient.changes import Changes
from tutorclient.ui.views.bundles_panel import BundleExportDialog, BundleImportDialog


def _count(app, table: str) -> int:
    return app.profile.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_shows_what_and_for_whom_then_applies_with_progress(
        qtbot, open_app, profile_dir: Path, server: str, server_settings: Settings,
        sign_in, tmp_path: Path) -> None:
    sign_in(profile_dir, server, sync=False)  # signed in once; everything else by USB
    made = server_bundles.export_to_device(server_settings, "amina", tmp_path / "amina.tcb")
    app = open_app(profile_dir)
    page = open_page(app)
    assert page.bundles.import_button.isVisible() and page.bundles.export_button.isVisible()
    assert _count(app, "courses") == 0
    dialog = page.bundles.open_import(tmp_path / "amina.tcb")
    assert isinstance(dialog, BundleImportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    facts = dialog.facts.text()
    assert "For: Amina Warsame" in facts and "username amina" in facts
    assert f"{made.changes} changes and {made.blobs} files" in facts
    assert "Made on the server: today" in facts
    assert dialog.go_button.isEnabled() and _count(app, "courses") == 0  # nothing yet

    shown: list[str] = []
    dialog.relay.progressed.connect(lambda _p: shown.append(dialog.status.text()))
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        dialog.go_button.click()
        assert not dialog.close_button.isEnabled()
    assert isinstance(done.args[0], DeviceImport)
    assert made.blobs > 0, made
    assert shown[0] == "Checking every file in the bundle…"
    assert f"Saving files: {made.blobs} of {made.blobs}" in shown[-1]
    assert dialog.status.text().startswith(f"Imported: {done.args[0].pulled} new changes and")
    assert done.args[0].pulled == made.changes  # nothing came by network: all of it is new
    assert not dialog.go_button.isVisible() and dialog.close_button.text() == "Close"
    assert _count(app, "courses") > 0
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)  # the import is in the history


def test_a_bundle_for_someone_else_is_refused_in_plain_words(
        qtbot, open_app, profile_dir: Path, server: str, server_settings: Settings,
        sign_in, tmp_path: Path) -> None:
    sign_in(profile_dir, server, sync=False)
    server_bundles.export_to_device(server_settings, "khadra", tmp_path / "khadra.tcb")
    app = open_app(profile_dir)
    page = open_page(app)
    dialog = page.bundles.open_import(tmp_path / "khadra.tcb")
    with qtbot.waitSignal(dialog.previewed, timeout=15_000) as seen:
        pass
    assert isinstance(seen.args[0], BundleError)
    assert dialog.status.text().startswith("The bundle is for someone else. This bundle was "
                                           "made for Khadra")
    assert "Nothing was imported" in dialog.status.text()
    assert not dialog.go_button.isEnabled() and _count(app, "courses") == 0

    (tmp_path / "half.tcb").write_bytes((tmp_path / "khadra.tcb").read_bytes()[:500])
    half = page.bundles.open_import(tmp_path / "half.tcb")
    assert not dialog.isVisible()  # one bundle dialog at a time
    qtbot.waitUntil(lambda: half.status.text() != "", timeout=15_000)
    assert half.status.text() == ("The bundle file is incomplete. The file is incomplete — copy "
                                  "it again from the USB stick.")


def test_export_says_what_goes_writes_it_and_the_server_applies_it(
        qtbot, open_app, profile_dir: Path, server: str, server_settings: Settings,
        sign_in, tmp_path: Path) -> None:
    sign_in(profile_dir, server)
    app = open_app(profile_dir)
    page = open_page(app)
    store, user = app.profile.store, app.ctx.user_id
    thread = store.db.execute("SELECT id FROM threads WHERE kind = 'case' LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(app.ctx.hub.changed, timeout=10_000):
        app.ctx.write(page, lambda: (discussions.reply(store, user, thread, "By USB stick."),
                                     Changes.of("posts", outbox=True))[1])
    page.bundles.folder = tmp_path / "stick"
    (tmp_path / "stick").mkdir()
    dialog = page.bundles.open_export()
    assert isinstance(dialog, BundleExportDialog)
    with qtbot.waitSignal(dialog.planned, timeout=15_000):
        pass
    assert dialog.facts.text().startswith("Goes to the server: 1 change.")
    assert dialog.target.text().startswith(str(tmp_path / "stick" / "from-amina-"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        dialog.go_button.click()
    report = done.args[0]
    assert isinstance(report, DeviceExport) and report.ops == 1 and report.path.is_file()
    assert str(report.path) in dialog.note.text() and dialog.note.open_button.isVisible()
    assert dialog.status.text() == "Written: 1 change and 0 files."
    applied = server_bundles.import_from_device(server_settings, report.path)
    assert applied.username == "amina" and applied.applied == 1


def test_every_widget_of_the_bundle_dialogs_is_named(
        qtbot, open_app, profile_dir: Path, server: str, sign_in, tmp_path: Path) -> None:
    sign_in(profile_dir, server)
    app = open_app(profile_dir)
    page = open_page(app)
    for dialog in (page.bundles.open_import(tmp_path / "missing.tcb"), page.bundles.open_export()):
        for widget in dialog.findChildren(QLabel) + [dialog.go_button, dialog.close_button]:
            assert widget.objectName() and widget.accessibleName(), widget
        dialog.close()
