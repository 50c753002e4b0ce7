"""An app update end to end on a fake bundle: ``release publish`` on the real server, a
check and download through the network simulator on 2G, the switch at start, and a
broken next release rolled back. (The same on a real PyInstaller bundle:
tests/test_installer.py, under ``TUTORCLIENT_BUILD_INSTALLER=1``.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import requests

from sync.release import launcher, manifest as mf
from sync.release.channel import Channel
from sync.server.cli import main as server_cli
from sync.server.routes_updates import updates_dir
from sync.server.settings import Settings
from sync.server.testing import run_server
from tests.sync.release_kit import PLATFORM, make_release, update_on_link
from tutorclient import appupdate


def publish(data: Path, bundle: Path, notes: str = "") -> None:
    """``release publish``, of a bundle built with ``--update-root`` as every release must be."""
    root = bundle / appupdate.ROOT_IN_BUNDLE
    root.parent.mkdir(parents=True, exist_ok=True)
    assert server_cli(["--data", str(data), "release", "root", str(root)]) == 0
    assert server_cli(["--data", str(data), "release", "publish", str(bundle),
                       "--platform", PLATFORM, "--notes", notes]) == 0


def test_publish_update_on_2g_then_roll_back_a_broken_release(tmp_path: Path, tmp_home: Path,
                                                               capsys) -> None:
    data = tmp_path / "server"
    v1 = make_release(tmp_path, "v1", "1.0.0")
    publish(data, v1)
    installed = tmp_path / "install" / "TutorClient"
    shutil.copytree(v1, installed, symlinks=True)  # with the channel's root, as built

    publish(data, make_release(tmp_path, "v2", "1.1.0", code="v2: fixes"), "Fixes a crash.")
    assert "published 1.1.0 for linux-x86_64" in capsys.readouterr().out

    settings = Settings(data_dir=data, argon2_profile="test")
    with run_server(data, settings=settings) as url:
        offer, wire, on_2g_s = update_on_link(url, installed, "2g", seed=3)
        assert (offer.version, offer.notes) == ("1.1.0", "Fixes a crash.")
        print(f"2g: {wire} B down in {on_2g_s:.1f} s")
        assert wire < 30_000, wire  # metadata + manifest + one patch, not the 0.5 MB bundle
        assert on_2g_s < 60
        assert launcher.switch_at_start(installed).result == "updated"
        assert mf.bundle_version(installed) == "1.1.0"

        # The keys and the plain objects are never served.
        assert requests.get(f"{url}/v1/updates/keys/root.pem", timeout=5).status_code == 404
        assert requests.get(f"{url}/v1/updates/targets/../keys/targets.pem",
                            timeout=5).status_code == 404

        publish(data, make_release(tmp_path, "v3", "1.2.0", code="v3", self_test_exit=1))
        client = appupdate.update_client(url, installed, appupdate.trusted_root(installed))
        found = appupdate.check(client)
        assert found.offer.version == "1.2.0"
        appupdate.stage(None, client, found.offer)
        switch = launcher.switch_at_start(installed)
        assert (switch.result, switch.previous) == ("rolled back", "1.1.0")
        assert mf.bundle_version(installed) == "1.1.0"
        assert appupdate.check(appupdate.update_client(
            url, installed, appupdate.trusted_root(installed))).offer is None


def test_a_bundle_built_without_the_channels_root_is_not_published(tmp_path: Path,
                                                                   capsys) -> None:
    # Devices updated to it could never verify another update.
    bundle = make_release(tmp_path, "v1", "1.0.0")
    assert server_cli(["--data", str(tmp_path / "server"), "release", "publish", str(bundle),
                       "--platform", PLATFORM]) == 1
    assert "--update-root" in capsys.readouterr().err


def test_the_channel_is_served_without_signing_in(tmp_path: Path) -> None:
    data = tmp_path / "server"
    Channel(updates_dir(Settings(data_dir=data))).ensure()
    with run_server(data, argon2_profile="test") as url:
        answer = requests.get(f"{url}/v1/updates/metadata/timestamp.json", timeout=5)
        assert answer.status_code == 200 and b'"_type":"timestamp"' in answer.content
        assert requests.get(f"{url}/v1/updates/metadata/nope.json", timeout=5).status_code == 404


def test_an_update_from_a_usb_stick_with_the_command_line(tmp_path: Path, capsys) -> None:
    from tutorclient.cli import main as client_cli

    data = tmp_path / "server"
    v1 = make_release(tmp_path, "v1", "1.0.0")
    publish(data, v1)
    installed = tmp_path / "install" / "TutorClient"
    shutil.copytree(v1, installed, symlinks=True)
    publish(data, make_release(tmp_path, "v2", "1.1.0", code="v2"), "Fixes a crash.")
    stick = tmp_path / "stick" / "tutorclient-updates"
    assert server_cli(["--data", str(data), "release", "usb", str(stick), "--days", "60"]) == 0
    capsys.readouterr()

    assert client_cli(["update", str(stick), "--bundle", str(installed), "--check"]) == 0
    assert "Version 1.1.0: 3 file(s) changed. Fixes a crash." in capsys.readouterr().out
    assert not installed.with_name("TutorClient.staged").exists()
    assert client_cli(["update", str(stick), "--bundle", str(installed)]) == 0
    assert "installs the next time TutorClient starts" in capsys.readouterr().out
    assert launcher.switch_at_start(installed).result == "updated"
    assert client_cli(["update", str(stick), "--bundle", str(installed)]) == 0
    assert "No update: up to date." in capsys.readouterr().out
    # Not a bundle with a channel: said plainly.
    assert client_cli(["update", str(stick), "--bundle", str(tmp_path)]) == 1


def test_the_apps_check_keeps_to_the_data_settings_and_charges_the_caps(tmp_path: Path) -> None:
    from tutorclient.connectivity import DataSettings, save_data_settings, usage
    from tutorclient.store import Store

    data = tmp_path / "server"
    v1 = make_release(tmp_path, "v1", "1.0.0")
    publish(data, v1)
    installed = tmp_path / "install" / "TutorClient"
    shutil.copytree(v1, installed, symlinks=True)
    publish(data, make_release(tmp_path, "v2", "1.1.0", code="v2"), "Fixes a crash.")
    store = Store.open(tmp_path / "profile")
    with run_server(data, argon2_profile="test") as url:
        found, client = appupdate.check_now(store, url, installed, metered=True)
        assert found.offer is None and "metered" in found.reason and client is None
        assert usage(store).today_down == 0  # nothing was fetched

        found, client = appupdate.check_now(store, url, installed, metered=False)
        assert found.offer.version == "1.1.0"
        after_check = usage(store).today_down
        assert after_check > 0  # the check's bytes count against the caps
        appupdate.stage(store, client, found.offer)
        assert usage(store).today_down > after_check

        save_data_settings(store, DataSettings(daily_cap_mb=0.001))  # 1 KB a day: used up
        found, _ = appupdate.check_now(store, url, installed, metered=False)
        assert found.offer is None and "data limit" in found.reason
