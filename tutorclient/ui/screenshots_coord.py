"""Render a coordinator's screens offscreen at 1366×768: USB bundles and shared computers.

    python -m tutorclient.ui.screenshots_coord OUTDIR

Starts the demo server on a data folder of its own, signs the demo trainee in
to a temporary profile that then has no connection (a clinic), and makes her a
bundle on the server.
Saves ``bundle-buttons.png`` (the Sync page), ``bundle-import-preview.png``,
``bundle-import-done.png``, ``bundle-import-refused.png`` (a bundle for someone
else), ``bundle-export-plan.png``, ``bundle-export-done.png``,
``data-settings.png`` (with the idle-lock time), then, with a second user on
the same computer, ``remove-user-warning.png`` and ``remove-user-done.png``.
Prints the files written, one a line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Imported once the platform is set: Qt reads it when the application starts.
from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, wait


def until(signal: Any, start: Callable[[], object], what: str) -> object:
    """Start something and wait for ``signal``; returns its first argument."""
    got: list[object] = []
    signal.connect(got.append)
    start()
    wait(lambda: bool(got), timeout_s=120, what=what)
    return got[0]


def render_coordinator_screens(outdir: Path | str) -> list[Path]:
    from sync.server import bundles as server_bundles
    from sync.server.settings import Settings
    from tutorclient import cases
    from tutorclient.changes import Changes
    from tutorclient.demo import DEMO_PASSWORD, DEMO_USER, demo_server
    from tutorclient.session import Profile

    from .app import TutorApp, make_application
    from .main_window import PAGE_SYNC
    from .start_screen import StartScreen
    from .views.data_settings import DataSettingsDialog
    from .views.sync_page import SyncPage

    no_keyring()
    app = make_application()  # noqa: F841 (kept alive for the whole run)
    shots = Shots(outdir)
    grab = shots.grab

    with scratch_dir("tutorclient-shots-") as tmp, \
            demo_server(Path(tmp) / "server") as url:
        settings = Settings(data_dir=Path(tmp) / "server")
        root = Path(tmp) / "home" / "profiles"
        profile = Profile(root / "amina", token_file=True)
        profile.login(url, DEMO_USER, DEMO_PASSWORD)
        profile.set_local_password(DEMO_PASSWORD)
        profile.set_setting("server", "http://127.0.0.1:9")  # the clinic: no connection
        profile.close()
        other = Profile(root / "yusuf", token_file=True)
        other.login(url, "yusuf", "demo-yusuf")
        other.close()
        stick = Path(tmp)  # the USB stick
        server_bundles.export_to_device(settings, DEMO_USER, stick / "amina.tcb")
        server_bundles.export_to_device(settings, "khadra", stick / "khadra.tcb")

        def sync_page_of(folder: Path) -> tuple[TutorApp, Any, SyncPage]:
            """The profile's app at 1366×768 on its Sync page, file dialogs on the stick."""
            opened = TutorApp(folder, token_file=True, note="Demo profile")
            opened.start()
            shown = opened.window
            assert shown is not None
            shown.showNormal()
            shown.resize(*SIZE)
            shown.show_page(PAGE_SYNC)
            sync_page = shown.pages[PAGE_SYNC]
            assert isinstance(sync_page, SyncPage)
            sync_page.bundles.folder = stick
            return opened, shown, sync_page

        tutor, window, page = sync_page_of(root / "amina")
        grab(window, "bundle-buttons")

        dialog = page.bundles.open_import(stick / "amina.tcb")
        wait(lambda: dialog.preview is not None, what="the bundle's contents")
        grab(dialog, "bundle-import-preview")
        until(dialog.imported, dialog.start_import, "the import")
        grab(dialog, "bundle-import-done")
        dialog.close()

        refused = page.bundles.open_import(stick / "khadra.tcb")
        wait(lambda: refused.status.text() != "", what="the refusal")
        grab(refused, "bundle-import-refused")
        refused.close()

        store, user = tutor.profile.store, tutor.ctx.user

        def draft() -> Changes:
            case_id = cases.new_draft(store, user["id"], user["partnerships"][0])
            cases.save_draft(store, case_id, {"title": "Fever and a rash in a child of 4"})
            return Changes.of("cases", outbox=True)

        until(tutor.ctx.hub.changed, lambda: tutor.ctx.write(page, draft), "a case draft")
        export = page.bundles.open_export()
        until(export.planned, lambda: None, "what goes in the bundle")
        grab(export, "bundle-export-plan")
        until(export.exported, export.start_export, "the export")
        grab(export, "bundle-export-done")
        export.close()

        page.edit_settings()
        settings_dialog = page.findChild(DataSettingsDialog)
        assert settings_dialog is not None
        grab(settings_dialog, "data-settings")
        settings_dialog.close()
        window.close()
        tutor.close()
        back = Profile(root / "amina", token_file=True)
        back.set_setting("server", url)  # the coordinator's laptop is online
        back.close()

        screen = StartScreen(root=root)
        screen.resize(*SIZE)
        screen.show()
        until(screen.profiles_loaded, screen.load, "the profiles")
        screen.list.setCurrentIndex(screen.model.index(screen.row_of(DEMO_USER)))
        grab(screen, "start-screen")  # with its language list (issue 14)
        remove = screen.remove_selected()
        wait(lambda: remove.work is not None, what="the unsent work")
        remove.confirm.setText(DEMO_USER)
        grab(remove, "remove-user-warning")
        until(remove.removed, remove.remove, "the removal")
        grab(remove, "remove-user-done")
        screen.close()
    return shots.written


def main(argv: list[str] | None = None) -> int:
    return run_cli(render_coordinator_screens, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
