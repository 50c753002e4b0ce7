"""When the app checks for an update, and what it charges to the data caps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tutorclient import appupdate
from tutorclient.connectivity import MB, DataSettings, Usage, save_data_settings, usage
from tutorclient.store import Store


def test_a_check_runs_only_online_unmetered_or_allowed_and_within_the_caps() -> None:
    free = DataSettings()
    assert appupdate.may_check(free, Usage(), online=True, metered=False) == ""
    assert appupdate.may_check(free, Usage(), online=False, metered=False) == "offline"
    assert "metered" in appupdate.may_check(free, Usage(), online=True, metered=True)
    assert appupdate.may_check(DataSettings(files_on_metered=True), Usage(), online=True,
                               metered=True) == ""
    capped = DataSettings(daily_cap_mb=5, monthly_cap_mb=50)
    assert "today's data limit" in appupdate.may_check(capped, Usage(today_down=5 * MB),
                                                       online=True, metered=False)
    assert "month's data limit" in appupdate.may_check(capped, Usage(month_down=50 * MB),
                                                       online=True, metered=False)
    assert appupdate.fits_caps(capped, Usage(today_down=4 * MB), MB)
    assert not appupdate.fits_caps(capped, Usage(today_down=4 * MB), MB + 1)
    assert appupdate.fits_caps(free, Usage(), 500 * MB)


def test_update_bytes_count_against_the_caps(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "profile")
    save_data_settings(store, DataSettings(daily_cap_mb=1))
    appupdate.record_download(store, 90_000, datetime.now(UTC))
    assert usage(store).today_down == 90_000


def test_a_source_install_is_not_a_bundle_and_never_checks() -> None:
    assert appupdate.installed_bundle() is None
    assert appupdate.last_switch(None) is None
