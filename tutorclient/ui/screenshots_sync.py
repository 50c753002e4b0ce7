"""Render the Sync panel mid-sync and after a failure, offscreen, at 1366×768.

    python -m tutorclient.ui.screenshots_sync OUTDIR

Starts the demo server behind the network simulator on a 2G profile, signs the
demo trainee in to a temporary profile (the token goes to a private file in
that profile, never to this computer's keyring), lets automatic sync start,
and saves ``sync-mid.png`` while it runs. Then the server publishes a new
edition of a course PDF, Sync now brings it as a delta, and ``sync-update.png``
shows the "update" stage. Then the link goes offline, Sync now fails, and
``sync-failed.png`` shows what the panel says about it. Prints the files
written, one a line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Imported once the platform is set: Qt reads it when the application starts.
from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, wait


def render_sync_panel(outdir: Path | str) -> list[Path]:
    from sync.netsim import NetSim
    from tutorclient.connectivity import DataSettings, save_data_settings
    from tutorclient.demo import (DEMO_PASSWORD, DEMO_USER, demo_server,
                                  publish_demo_course_edition)
    from tutorclient.session import Profile

    from .app import TutorApp, make_application
    from .autosync import AutoSync, Timing
    from .main_window import PAGE_SYNC
    from .views.sync_page import SyncPage

    no_keyring()
    app = make_application()  # noqa: F841 (kept alive for the whole run)
    shots = Shots(outdir)
    grab = shots.grab

    with scratch_dir("tutorclient-shots-") as tmp, \
            demo_server(Path(tmp) / "server") as url:
        host, port = url.removeprefix("http://").split(":")
        with NetSim((host, int(port)), profile="2g", seed=3) as sim:
            profile_dir = Path(tmp) / "profiles" / "demo"
            profile = Profile(profile_dir, token_file=True)
            profile.login(sim.url, DEMO_USER, DEMO_PASSWORD)
            save_data_settings(profile.store, DataSettings(daily_cap_mb=5, monthly_cap_mb=60))
            profile.close()

            tutor = TutorApp(profile_dir, token_file=True, note="Demo profile")
            autosync = AutoSync(tutor.ctx, tutor, timing=Timing(probe_timeout_s=20))
            tutor.start()
            window = tutor.window
            assert window is not None
            window.showNormal()
            window.resize(*SIZE)
            window.show_page(PAGE_SYNC)
            page = window.pages[PAGE_SYNC]
            assert isinstance(page, SyncPage)
            page.attach_autosync(autosync)
            autosync.start()
            wait(lambda: tutor.ctx.state.progress is not None
                  and tutor.ctx.state.progress.stage in ("pages", "blobs")
                  and tutor.ctx.state.progress.items_done > 0, what="sync progress")
            grab(window, "sync-mid", settle_ms=0)
            wait(lambda: not tutor.ctx.syncing, timeout_s=300, what="the first sync")

            publish_demo_course_edition(Path(tmp) / "server", Path(tmp) / "edition")
            page.sync_now()
            wait(lambda: tutor.ctx.syncing, what="Sync now")
            wait(lambda: not tutor.ctx.syncing, timeout_s=120, what="the update")
            grab(window, "sync-update")

            sim.set_online(False)  # the clinic's link goes down
            page.sync_now()
            wait(lambda: tutor.ctx.syncing, what="Sync now")
            wait(lambda: not tutor.ctx.syncing, timeout_s=120, what="the failed sync")
            wait(lambda: page.history_model.rowCount() >= 2
                  and page.history_model.index(0, 0).data() is not None, what="the history")
            grab(window, "sync-failed")
            autosync.stop()
            window.close()
            tutor.close()
    return shots.written


def main(argv: list[str] | None = None) -> int:
    return run_cli(render_sync_panel, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
