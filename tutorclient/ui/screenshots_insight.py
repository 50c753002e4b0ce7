"""Render the figures page offscreen at 1366×768, as a coordinator, a tutor and a trainee.

    python -m tutorclient.ui.screenshots_insight OUTDIR

Seeds the demo server plus 40 Somaliland trainees' last 12 weeks
(``sync.server.insight_seed``), computes the figures, signs each demo user in
to a profile of their own, syncs once, and shows the Figures page with the
server stopped (the page works from the last sync). Saves
``insight-coordinator.png``, ``insight-coordinator-devices.png``,
``insight-coordinator-wait-trend.png`` (cases submitted and reviewed),
``insight-tutor.png`` and ``insight-trainee.png``. Prints the files written.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Imported once the platform is set: Qt reads it when the application starts.
from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, wait


def render_insight_screens(outdir: Path | str) -> list[Path]:
    from sync.server.insight_seed import demo_with_figures
    from sync.server.settings import Settings
    from sync.server.testing import run_server
    from tutorclient.demo_accounts import demo_accounts
    from tutorclient.session import Profile

    from .app import TutorApp, make_application
    from .main_window import PAGE_INSIGHT
    from .views.insight import InsightPage

    no_keyring()
    app = make_application()  # noqa: F841 (kept alive for the whole run)
    shots = Shots(outdir)
    passwords = {a.username: a.password for a in demo_accounts()}
    with scratch_dir("tutorclient-insight-shots-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "server", argon2_profile="test")
        demo_with_figures(settings, now_ms=int(time.time() * 1000))
        root = Path(tmp) / "home" / "profiles"
        users = ("coord.hodan", "dr.sarah", "amina")
        with run_server(settings=settings) as url:
            for name in users:
                profile = Profile(root / name, token_file=True)
                profile.login(url, name, passwords[name])
                profile.sync()
                profile.set_local_password(passwords[name])
                profile.close()
        for name, shot in zip(users, ("insight-coordinator", "insight-tutor", "insight-trainee")):
            opened = TutorApp(root / name, token_file=True, note="Demo profile")
            opened.start()
            window = opened.window
            assert window is not None
            window.showNormal()
            window.resize(*SIZE)
            window.show_page(PAGE_INSIGHT)
            page = window.pages[PAGE_INSIGHT]
            assert isinstance(page, InsightPage)
            wait(lambda: page.current() is not None, what=f"{name}'s figures")
            if name == "dr.sarah":  # her Somaliland group, where the seeded trainees are
                som = next(i for i, item in enumerate(page.insights)
                           if "Somaliland" in item.partnership)
                page.partnership_box.setCurrentIndex(som)
            shots.grab(window, shot)
            if name == "coord.hodan":
                page.tabs.setCurrentIndex(list(page.models).index("devices"))
                shots.grab(window, "insight-coordinator-devices")
                page.trend_box.setCurrentIndex(page.trend_box.findData("cases"))
                page.tabs.setCurrentIndex(list(page.models).index("topics"))
                shots.grab(window, "insight-coordinator-wait-trend")
            window.close()
            opened.close()
    return shots.written


def main(argv: list[str] | None = None) -> int:
    return run_cli(render_insight_screens, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
