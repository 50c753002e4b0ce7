"""``ctx.set_setting`` writes on the serial lane, never on the UI thread, and reads see it at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutorclient.changes import Changes
from tutorclient.session import Profile
from tutorclient.ui.context import AppContext
from tutorclient.ui.operations import shutdown


@pytest.fixture
def ctx(qapp, hub, tmp_path: Path) -> Iterator[AppContext]:
    profile = Profile(tmp_path / "profile", token_file=True)
    context = AppContext(profile, hub)
    yield context
    assert shutdown(timeout_ms=20_000), "a lane was still busy at teardown"
    profile.close()


def test_a_setting_is_written_on_the_serial_lane_and_read_back_at_once(qtbot, ctx: AppContext) -> None:
    ctx.profile.set_setting("font_size", 11)
    gate = threading.Event()

    def busy() -> Changes:  # an earlier write still running on the serial lane
        gate.wait(10)
        return Changes.none()

    ctx.write(ctx, busy)
    ctx.set_setting("font_size", 14)
    # Not on disk yet: the UI thread did not write it, the lane will...
    assert ctx.profile.setting("font_size") == 11
    # ...but whoever asks the context sees the new value at once.
    assert ctx.setting("font_size") == 14
    read: list[int] = []
    ctx.query(ctx, lambda: ctx.profile.setting("font_size"), read.append)  # asked after the write

    gate.set()
    qtbot.waitUntil(lambda: read == [14], timeout=10_000)  # read-your-writes: the lane waited for it
    assert ctx.profile.setting("font_size") == 14
    assert ctx.setting("font_size") == 14


def test_the_last_of_two_quick_settings_wins(qtbot, ctx: AppContext) -> None:
    ctx.set_setting("last_view", "cases")
    ctx.set_setting("last_view", "sync")
    assert ctx.setting("last_view") == "sync"
    qtbot.waitUntil(lambda: ctx.profile.setting("last_view") == "sync", timeout=10_000)
    assert ctx.setting("last_view") == "sync"
