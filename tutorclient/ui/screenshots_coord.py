"""Render a coordinator's screens offscreen at 1366×768: USB bundles and shared computers.

    python -m tutorclient.ui.screenshots_coord OUTDIR

Starts the demo server on a data folder of its own, signs the demo trainee in
to a temporary profile that then has no connection (a clinic), and makes her a
bundle on the server.
Saves ``bundle-buttons.png`` (the Sync page), ``bundle-import-preview.png``,
``bundle-import-done.png``, ``bundle-import-refused.png`` (a bundle for someone
else), ``bundle-export-plan.png``, ``bundle-export-done.png``,
``data-settings.png`` (with the idle-lock time); the demo coordinator's Sync page
(``bundle-buttons-coordinator.png``) making Amina's next bundle
(``bundle-for-trainee.png``, ``bundle-for-trainee-done.png``); then, with several
users on the same computer, ``remove-user-warning.png`` and ``remove-user-done.png``.
Prints the files written, one a line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Imported once the platform is set: Qt reads it when the application starts.
from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, wait


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

        tutor = TutorApp(root / "amina", token_file=True, note="Demo profile")
        tutor.start()
        window = tutor.window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        window.show_page(PAGE_SYNC)
        page = window.pages[PAGE_SYNC]
        assert isinstance(page, SyncPage)
        page.bundles.folder = stick
        grab(window, "bundle-buttons")

        dialog = page.bundles.open_import(stick / "amina.tcb")
        wait(lambda: dialog.preview is not None, what="the bundle's contents")
        grab(dialog, "bundle-import-preview")
        done: list[object] = []
        dialog.imported.connect(done.append)
        dialog.start_import()
        wait(lambda: bool(done), timeout_s=120, what="the import")
        grab(dialog, "bundle-import-done")
        dialog.close()

        refused = page.bundles.open_import(stick / "khadra.tcb")
        wait(lambda: refused.status.text() != "", what="the refusal")
        grab(refused, "bundle-import-refused")
        refused.close()

        store, user = tutor.profile.store, tutor.ctx.user
        wrote: list[object] = []

        def draft() -> Changes:
            case_id = cases.new_draft(store, user["id"], user["partnerships"][0])
            cases.save_draft(store, case_id, {"title": "Fever and a rash in a child of 4"})
            return Changes.of("cases", outbox=True)

        tutor.ctx.write(page, draft, wrote.append)
        wait(lambda: bool(wrote), what="a reply")
        export = page.bundles.open_export()
        planned: list[object] = []
        export.planned.connect(planned.append)
        wait(lambda: bool(planned), what="what goes in the bundle")
        grab(export, "bundle-export-plan")
        exported: list[object] = []
        export.exported.connect(exported.append)
        export.start_export()
        wait(lambda: bool(exported), timeout_s=60, what="the export")
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

        # The coordinator, online, makes Amina's next bundle.
        hodan = Profile(root / "hodan", token_file=True)
        hodan.login(url, "coord.hodan", "demo-coord.hodan")
        hodan.sync()
        hodan.close()
        coord = TutorApp(root / "hodan", token_file=True, note="Demo profile")
        coord.start()
        coord_window = coord.window
        assert coord_window is not None
        coord_window.showNormal()
        coord_window.resize(*SIZE)
        coord_window.show_page(PAGE_SYNC)
        coord_page = coord_window.pages[PAGE_SYNC]
        assert isinstance(coord_page, SyncPage)
        coord_page.bundles.folder = stick
        grab(coord_window, "bundle-buttons-coordinator")
        making = coord_page.bundles.open_for()
        wait(lambda: making.go_button.isEnabled(), what="the coordinator's trainees")
        grab(making, "bundle-for-trainee")
        made: list[object] = []
        making.made.connect(made.append)
        making.start()
        wait(lambda: bool(made), timeout_s=60, what="the trainee's bundle")
        grab(making, "bundle-for-trainee-done")
        making.close()
        coord_window.close()
        coord.close()

        screen = StartScreen(root=root)
        screen.resize(*SIZE)
        screen.show()
        loaded: list[int] = []
        screen.profiles_loaded.connect(loaded.append)
        screen.load()
        wait(lambda: bool(loaded), what="the profiles")
        screen.list.setCurrentIndex(screen.model.index(screen.row_of(DEMO_USER)))
        remove = screen.remove_selected()
        wait(lambda: remove.work is not None, what="the unsent work")
        remove.confirm.setText(DEMO_USER)
        grab(remove, "remove-user-warning")
        removed: list[object] = []
        remove.removed.connect(removed.append)
        remove.remove()
        wait(lambda: bool(removed), timeout_s=60, what="the removal")
        grab(remove, "remove-user-done")
        screen.close()
    return shots.written


def main(argv: list[str] | None = None) -> int:
    return run_cli(render_coordinator_screens, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
