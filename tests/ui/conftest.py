"""Fixtures the UI tests share: the change hub, signed-in profiles, an app opener,
and a synced trainee's Library page.

The live server fixtures (``server``, ``make_client``, ...) come from ``tests/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6

from tutorclient.session import Profile
from tutorclient.ui.app import TutorApp
from tutorclient.ui.context import AppContext
from tutorclient.ui.operations import ChangeHub, set_change_hub, shutdown
from tutorclient.ui.qtfix import collect_garbage_on_ui_thread
from tutorclient.ui.views.library import LibraryPage


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_ui_thread(qapp) -> None:
    # As the app does (make_application): a Qt object freed by the collector on a
    # lane or server thread segfaults.
    collect_garbage_on_ui_thread(qapp)
    from tutorclient.ui.i18n import install_english_plurals

    install_english_plurals(qapp)  # as make_application: "2 replies" from "%n reply(s)"


@pytest.fixture
def hub(qapp) -> Iterator[ChangeHub]:
    # Closing the last window must not end pytest-qt's wait loops.
    qapp.setQuitOnLastWindowClosed(False)
    hub = ChangeHub()
    set_change_hub(hub)
    yield hub
    set_change_hub(None)


@pytest.fixture
def open_app(qtbot, hub) -> Iterator[Callable[..., TutorApp]]:
    """Make TutorApps that are closed (lanes drained, store closed) at teardown."""
    apps: list[TutorApp] = []

    def make(profile_dir: Path, **kwargs) -> TutorApp:
        app = TutorApp(profile_dir, **kwargs)
        apps.append(app)
        return app

    yield make
    for app in apps:
        for widget in (app.login, app.window):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        app.close()


@pytest.fixture
def sign_in(demo_passwords: dict[str, str]) -> Callable[..., Path]:
    """``sign_in(profile_dir, url, username="amina", *, sync=True)``: sign a demo user in
    (and sync once), then close the profile, as a first start leaves it."""

    def sign_in(profile_dir: Path, server_url: str, username: str = "amina", *, sync: bool = True) -> Path:
        profile = Profile(profile_dir)
        try:
            profile.login(server_url, username, demo_passwords[username])
            if sync:
                profile.sync()
        finally:
            profile.close()
        return profile_dir

    return sign_in


@pytest.fixture
def synced_profile(sign_in: Callable[..., Path], server: str, profile_dir: Path) -> Path:
    """The demo trainee, signed in and synced once."""
    return sign_in(profile_dir, server)


@pytest.fixture
def ctx(qapp, server, make_client) -> Iterator[AppContext]:
    """The demo trainee's context, signed in and synced once; lanes drained at teardown."""
    profile = make_client("amina", server)
    profile.sync()
    hub = ChangeHub()
    set_change_hub(hub)
    context = AppContext(profile, hub)
    yield context
    assert shutdown(timeout_ms=20_000), "a lane was still busy at teardown"
    set_change_hub(None)


@pytest.fixture
def open_ctx(qapp, server, make_client) -> Iterator[Callable[..., AppContext]]:
    """``open_ctx(username, device=None)``: a signed-in, synced app context on its own profile."""
    made: list[AppContext] = []

    def make(username: str, device: str | None = None) -> AppContext:
        profile = make_client(username, server, device)
        profile.sync()
        ctx = AppContext(profile, ChangeHub())  # one hub per app instance
        made.append(ctx)
        return ctx

    yield make
    assert shutdown(timeout_ms=30_000), "a lane was still busy at teardown"


@pytest.fixture
def page(qtbot, ctx) -> LibraryPage:
    """The Library page on :func:`ctx`, shown, with both demo courses listed and their files checked."""
    widget = LibraryPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.courses_model.rowCount() == 2 and widget.files_checked)
    return widget
