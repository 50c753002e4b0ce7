"""Signed app updates on a fake bundle: publish, check, stage, switch, roll back, refuse.

Real TUF metadata (python-tuf), real zstd patches, a real shell-script program
for the self-test; the channel is read from a folder (as from a USB stick) here,
and through the real server and the network simulator in test_release_server.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sync.release import launcher, manifest as mf
from sync.release.channel import Channel
from sync.release.client import UpdateClient, UpdateRefused
from tests.sync.release_kit import PLATFORM, make_bundle, make_release


@pytest.fixture
def world(tmp_path: Path):
    """Version 1.0.0 installed; the channel has published it."""
    channel = Channel(tmp_path / "channel")
    v1 = make_release(tmp_path, "v1", "1.0.0")
    channel.publish(v1, plat=PLATFORM)
    installed = tmp_path / "install" / "TutorClient"
    shutil.copytree(v1, installed, symlinks=True)
    return tmp_path, channel, installed


def client(tmp: Path, channel: Channel, installed: Path, source: Path | str | None = None,
           **kw) -> UpdateClient:
    return UpdateClient(source or channel.dir, installed, tmp / "state", channel.root_json(),
                        plat=kw.pop("plat", PLATFORM), **kw)


def snapshot(folder: Path) -> tuple[dict, dict]:
    return mf.scan(folder)


def test_a_code_change_downloads_a_small_patch_and_switches_at_the_next_start(world) -> None:
    tmp, channel, installed = world
    v2 = make_release(tmp, "v2", "1.1.0", code="v2: a fixed dose check")
    channel.publish(v2, plat=PLATFORM, notes="Fixes the dose check.")
    before = snapshot(installed)

    up = client(tmp, channel, installed)
    offer = up.check()
    assert offer is not None and offer.version == "1.1.0"
    assert offer.notes == "Fixes the dose check."
    assert offer.files_changed == 3  # program, VERSION, the code archive; not the library
    assert offer.download_bytes < 5_000, offer.download_bytes  # of 0.5 MB
    staged = up.stage(offer)
    assert snapshot(installed) == before  # the running app is untouched until the switch
    assert snapshot(staged) == snapshot(v2)

    switch = launcher.switch_at_start(installed)
    assert (switch.result, switch.version, switch.previous) == ("updated", "1.1.0", "1.0.0")
    assert snapshot(installed) == snapshot(v2)
    assert (installed / "_internal" / "libQt6Core.so").is_symlink()
    assert snapshot(installed.with_name("TutorClient.previous")) == before
    assert launcher.switch_at_start(installed).result == "none"  # nothing staged any more
    assert client(tmp, channel, installed).check() is None  # up to date


def test_a_release_failing_its_self_test_rolls_back_and_is_not_offered_again(world) -> None:
    tmp, channel, installed = world
    before = snapshot(installed)
    broken = make_release(tmp, "v2", "1.1.0", code="v2", self_test_exit=1)
    channel.publish(broken, plat=PLATFORM)
    up = client(tmp, channel, installed)
    up.stage(up.check())

    switch = launcher.switch_at_start(installed)
    assert (switch.result, switch.version) == ("rolled back", "1.1.0")
    assert snapshot(installed) == before
    assert (installed.with_name("TutorClient.failed") / "VERSION").read_text().strip() == "1.1.0"
    assert launcher.history(installed)[-1]["result"] == "rolled back"
    refused = launcher.refused_versions(installed)
    assert client(tmp, channel, installed).check(refused) is None


def test_a_tampered_patch_is_refused_and_nothing_is_staged(world) -> None:
    tmp, channel, installed = world
    channel.publish(make_release(tmp, "v2", "1.1.0", code="v2"), plat=PLATFORM)
    before = snapshot(installed)
    up = client(tmp, channel, installed)
    offer = up.check()
    patch = next(s for s in offer.steps if s["base"])
    path = channel.targets / patch["get"]
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))

    with pytest.raises(UpdateRefused, match="does not match the signed manifest"):
        up.stage(offer)
    assert snapshot(installed) == before
    assert not installed.with_name("TutorClient.staged").exists()
    assert launcher.switch_at_start(installed).result == "none"


def test_a_tampered_manifest_or_unsigned_metadata_is_refused(world) -> None:
    tmp, channel, installed = world
    channel.publish(make_release(tmp, "v2", "1.1.0", code="v2"), plat=PLATFORM)
    current = channel.targets / PLATFORM / mf.MANIFEST
    release = mf.unpack_manifest(current.read_bytes())
    release["notes"] = "evil"
    current.write_bytes(mf.pack_manifest(release))
    with pytest.raises(UpdateRefused, match="failed verification"):
        client(tmp, channel, installed).check()

    # Metadata re-signed by a key the root does not trust.
    (channel.keys / "targets.pem").unlink()
    channel._sign_targets(PLATFORM, release, mf.pack_manifest(release))
    with pytest.raises(UpdateRefused, match="failed verification"):
        client(tmp, channel, installed).check()


def test_an_older_version_is_refused(world) -> None:
    tmp, channel, installed = world
    # Installed from elsewhere (a newer USB stick); this channel still offers 1.0.0.
    make_bundle(installed, "1.2.0", code="v3")
    with pytest.raises(UpdateRefused, match="older than the installed 1.2.0"):
        client(tmp, channel, installed).check()
    # And the channel itself refuses to publish backwards.
    with pytest.raises(mf.ReleaseError, match="not newer"):
        channel.publish(make_release(tmp, "v0", "0.9.0"), plat=PLATFORM)


def test_replayed_old_metadata_is_refused(world) -> None:
    tmp, channel, installed = world
    old_meta = tmp / "old-metadata"
    shutil.copytree(channel.meta, old_meta)
    channel.publish(make_release(tmp, "v2", "1.1.0", code="v2"), plat=PLATFORM)
    assert client(tmp, channel, installed).check().version == "1.1.0"
    # A mirror (or a stale stick) now serves the older, validly signed metadata.
    shutil.rmtree(channel.meta)
    shutil.copytree(old_meta, channel.meta)
    with pytest.raises(UpdateRefused, match="failed verification"):
        client(tmp, channel, installed).check()


def test_expired_metadata_is_refused(world) -> None:
    tmp, channel, installed = world
    channel.refresh(days=-1)  # a frozen channel: its timestamp ran out yesterday
    with pytest.raises(UpdateRefused, match="failed verification"):
        client(tmp, channel, installed).check()


def test_an_update_for_another_platform_is_refused(world) -> None:
    tmp, channel, installed = world
    windows = make_release(tmp, "win", "2.0.0", code="win")
    channel.publish(windows, plat="win32-AMD64", program="tutorclient")
    assert client(tmp, channel, installed).check() is None  # nothing for this platform

    # Signed, but a Windows manifest where the Linux one belongs.
    release = channel.current("win32-AMD64")
    channel._sign_targets(PLATFORM, release, mf.pack_manifest(release))
    (channel.targets / PLATFORM / mf.MANIFEST).write_bytes(mf.pack_manifest(release))
    with pytest.raises(UpdateRefused, match="for win32-AMD64, not linux-x86_64"):
        client(tmp, channel, installed).check()
    assert launcher.switch_at_start(installed).result == "none"


def test_a_usb_copy_of_the_channel_updates_an_offline_device(world) -> None:
    tmp, channel, installed = world
    channel.publish(make_release(tmp, "v2", "1.1.0", code="v2"), plat=PLATFORM)
    stick = channel.export(tmp / "stick" / "tutorclient-updates", days=90)
    assert not (stick / "keys").exists()
    ts = json.loads((stick / "metadata" / "timestamp.json").read_bytes())["signed"]
    assert ts["expires"] > "2026"  # long-lived: a stick may take weeks to arrive
    up = client(tmp, channel, installed, source=stick)
    up.stage(up.check())
    assert launcher.switch_at_start(installed).result == "updated"
    assert mf.bundle_version(installed) == "1.1.0"


def test_a_client_far_behind_gets_whole_files_for_what_has_no_patch(world) -> None:
    tmp, channel, installed = world
    for n in range(2, 6):  # four releases later; patch bases are the last three
        channel.publish(make_release(tmp, f"v{n}", f"1.{n}.0", code=f"v{n}",
                                     library=bytes(1_000) * n), plat=PLATFORM)
    up = client(tmp, channel, installed)
    offer = up.check()
    assert offer.version == "1.5.0"
    up.stage(offer)
    launcher.switch_at_start(installed)
    assert snapshot(installed) == snapshot(tmp / "releases" / "v5" / "TutorClient")


def test_a_folder_that_cannot_be_switched_starts_as_before(world, monkeypatch) -> None:
    tmp, channel, installed = world
    channel.publish(make_release(tmp, "v2", "1.1.0", code="v2"), plat=PLATFORM)
    up = client(tmp, channel, installed)
    staged = up.stage(up.check())
    before = snapshot(installed)
    real_replace = launcher.os.replace

    def replace(src, dst):  # the staged folder cannot move in (a locked file, a full disk)
        if Path(src) == staged:
            raise PermissionError("locked")
        real_replace(src, dst)

    monkeypatch.setattr(launcher.os, "replace", replace)
    switch = launcher.switch_at_start(installed)
    assert switch.result == "none" and "cannot switch" in switch.detail
    assert snapshot(installed) == before and staged.is_dir()
