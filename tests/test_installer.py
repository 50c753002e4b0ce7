"""The installer: what the bundle leaves out, and (opt-in) a real build and its self-test.

The build takes about a minute here, so it runs only with
``TUTORCLIENT_BUILD_INSTALLER=1``; the rules it relies on are checked always.
The app-update test on a real bundle also runs on a bundle already built
(``TUTORCLIENT_BUNDLE``, as .ci/run does after its build).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import icu  # noqa: E402
import slim  # noqa: E402
import tutorclient_entry  # noqa: E402

QT = "PySide6/Qt"


@pytest.mark.parametrize("dest", [
    f"{QT}/plugins/platforms/libqxcb.so", f"{QT}/plugins/platforms/libqoffscreen.so",
    f"{QT}/plugins/imageformats/libqjpeg.so", f"{QT}/plugins/imageformats/libqwebp.so",
    f"{QT}/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    f"{QT}/lib/libQt6Pdf.so.6", f"{QT}/lib/libQt6PdfWidgets.so.6", f"{QT}/lib/libQt6Widgets.so.6",
    "libQt6Network.so.6", "libicudata.so.73", "libxkbcommon.so.0", "libstdc++.so.6",
    "resources/demo/users.toml", "PySide6/plugins/platforms/qwindows.dll",
    "libxcb-cursor.so.0", "libgssapi_krb5.so.2", "libffi.so.8", "libXau-154567c4.so.6.0.0",
])
def test_what_the_app_needs_stays(dest: str) -> None:
    assert slim.keep(dest)


@pytest.mark.parametrize("dest", [
    f"{QT}/plugins/platforms/libqwayland.so", f"{QT}/plugins/platforms/libqeglfs.so",
    f"{QT}/plugins/platformthemes/libqgtk3.so",
    f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    f"{QT}/plugins/imageformats/libqsvg.so", f"{QT}/plugins/imageformats/libqpdf.so",
    f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so",
    f"{QT}/translations/qtbase_de.qm", f"{QT}/translations/qtwebengine_ar.qm",
    f"{QT}/lib/libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6VirtualKeyboard.so.6",
    "libQt6WaylandClient.so.6", "libgtk-3.so.0", "libfontconfig.so.1",
    "libX11.so.6", "libglib-2.0.so.0", "libgio-2.0.so.0", "libsystemd.so.0", "libdbus-1.so.3",
])
def test_what_the_app_never_uses_goes(dest: str) -> None:
    assert not slim.keep(dest)


def test_test_tools_and_postgres_are_excluded_but_the_demo_server_is_not() -> None:
    for name in ("pytest", "hypothesis", "schemathesis", "psycopg", "psycopg_binary"):
        assert name in slim.EXCLUDES
    for name in ("fastapi", "uvicorn", "sqlalchemy", "argon2", "zstandard", "pluggy",
                 "tuf", "securesystemslib", "rapidfuzz", "rapidfuzz.fuzz_cpp"):
        assert name not in slim.EXCLUDES
    for name in ("boto3", "botocore", "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.distance.metrics_cpp_avx2"):
        assert name in slim.EXCLUDES


@pytest.mark.parametrize(("item", "gone"), [
    ("root.res", False), ("en_GB.res", False), ("ar_EG.res", False), ("so.res", False),
    ("coll/ar.res", False), ("coll/ucadata.icu", False), ("brkitr/line.brk", False),
    ("pool.res", False), ("curr/res_index.res", False), ("supplementalData.res", False),
    ("uprops.icu", False), ("cnvalias.icu", False), ("zoneinfo64.res", False),
    ("fr.res", True), ("coll/zh.res", True), ("coll/de_.res", True), ("zone/ja.res", True),
    ("brkitr/cjdict.dict", True), ("ibm-1390_P110-2003.cnv", True), ("translit/root.res", True),
])
def test_icu_keeps_the_shipped_languages_and_the_infrastructure(item: str, gone: bool) -> None:
    assert icu.dropped(item) is gone


def test_the_frozen_program_answers_the_demo_servers_command_line(capsys) -> None:
    # tutorclient/demo.py starts the server as `sys.executable -m sync.server.cli ...`;
    # in the bundle sys.executable is the program itself.
    with pytest.raises(SystemExit) as exit_:
        tutorclient_entry.main(["-m", "sync.server.cli", "--help"])
    assert exit_.value.code == 0
    assert "tutorclient-server" in capsys.readouterr().out


@pytest.mark.installer
@pytest.mark.timeout(1200)
@pytest.mark.skipif(os.environ.get("TUTORCLIENT_BUILD_INSTALLER") != "1",
                    reason="builds the bundle (~1 min): set TUTORCLIENT_BUILD_INSTALLER=1")
def test_build_unpack_and_self_test_the_bundle(tmp_path: Path) -> None:
    import build_installer

    info = build_installer.build(tmp_path / "dist", tmp_path / "work", with_xz=False)
    assert info["self_test_s"] > 0  # the unpacked archive passed --self-test
    archive = Path(info["archive"])
    assert archive.name == f"TutorClient-{info['version']}-linux-x86_64.tar.gz"
    assert info["archive_bytes"] < 70_000_000, "the bundle grew: see docs/installer.md"
    bundle = Path(info["bundle"])
    assert (bundle / "tutorclient.desktop").is_file() and (bundle / "install.sh").is_file()
    assert not list(bundle.rglob("*pytest*")) and not list(bundle.rglob("psycopg*"))
    assert json.loads((tmp_path / "dist" / "build-info.json").read_text())["version"]


def test_the_arabic_qt_translation_and_ours_stay() -> None:
    # Issue 14: Qt's own Arabic (dialog buttons, file dialogs); our .qm files are app data.
    assert slim.keep(f"{QT}/translations/qtbase_ar.qm")
    assert slim.keep("tutorclient/translations/app_so.qm")
    assert slim.keep("tutorclient/translations/qtbase_so.qm")


def _built_bundle(tmp_path: Path) -> Path:
    """The bundle CI just built (TUTORCLIENT_BUNDLE), else build one now."""
    given = os.environ.get("TUTORCLIENT_BUNDLE")
    if given:
        return Path(given)
    import build_installer

    return Path(build_installer.build(tmp_path / "dist", tmp_path / "work", with_xz=False,
                                      run_self_test=False)["bundle"])


def _release(source: Path, folder: Path, version: str) -> Path:
    bundle = folder / "TutorClient"
    shutil.copytree(source, bundle, symlinks=True)
    (bundle / "VERSION").write_text(version + "\n", encoding="utf-8")
    return bundle


def _start(bundle: Path) -> subprocess.CompletedProcess:
    """Start the installed program as a user would (the launcher step runs first)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(bundle.parent), "LANG": "C.UTF-8"}
    return subprocess.run([str(bundle / "tutorclient"), "--version"], env=env, timeout=600,
                          capture_output=True, text=True)


@pytest.mark.installer
@pytest.mark.timeout(1800)
@pytest.mark.skipif(os.environ.get("TUTORCLIENT_BUILD_INSTALLER") != "1"
                    and not os.environ.get("TUTORCLIENT_BUNDLE"),
                    reason="needs a built bundle: set TUTORCLIENT_BUNDLE=dist/TutorClient or "
                           "TUTORCLIENT_BUILD_INSTALLER=1")
def test_update_a_real_bundle_on_2g_then_roll_back_a_broken_one(tmp_path: Path) -> None:
    from sync.release import launcher, manifest as mf
    from sync.release.channel import Channel
    from sync.server.routes_updates import updates_dir
    from sync.server.settings import Settings
    from sync.server.testing import run_server
    from tests.sync.release_kit import change_module, update_on_link
    from tutorclient import appupdate

    built = _built_bundle(tmp_path)
    settings = Settings(data_dir=tmp_path / "server", argon2_profile="test")
    channel = Channel(updates_dir(settings), whole_level=3)  # fast: the first publish packs all
    n = _release(built, tmp_path / "n", "1.0.0")
    (n / appupdate.ROOT_IN_BUNDLE).write_bytes(channel.root_json())
    channel.publish(n)
    # N+1: a code change, one module of the app changed (the bundle holds loose .pyc files).
    n1 = _release(n, tmp_path / "n1", "1.0.1")
    change_module(n1 / "_internal" / "tutorclient" / "appupdate.pyc")
    channel.publish(n1, notes="Fixes the dose check.")
    installed = _release(n, tmp_path / "install", "1.0.0")

    with run_server(settings.data_dir, settings=settings) as url:
        offer, wire, seconds = update_on_link(url, installed, "2g", seed=5)
        print(f"code-only update on 2g: {wire} B down, {seconds:.1f} s")
        assert offer.version == "1.0.1" and wire < 1_000_000
        started = time.monotonic()
        done = _start(installed)  # the launcher switches, self-tests, then runs the new one
        print(f"switch + self-test + start: {time.monotonic() - started:.1f} s")
        assert done.returncode == 0, done.stdout + done.stderr
        assert launcher.history(installed)[-1]["result"] == "updated"
        assert mf.bundle_version(installed) == "1.0.1"
        assert mf.scan(installed) == mf.scan(n1)

        # N+2 is broken: its Qt widgets module does not load, so its self-test fails.
        n2 = _release(n1, tmp_path / "n2", "1.0.2")
        (n2 / "_internal" / "PySide6" / "QtWidgets.abi3.so").write_bytes(b"not a library")
        channel.publish(n2)
        client = appupdate.update_client(url, installed, appupdate.trusted_root(installed))
        appupdate.stage(None, client, appupdate.check(client).offer)
        done = _start(installed)
        assert done.returncode == 0, done.stdout + done.stderr
        last = launcher.history(installed)[-1]
        assert (last["result"], last["version"]) == ("rolled back", "1.0.2")
        assert mf.scan(installed) == mf.scan(n1)  # back on N+1, byte for byte
        assert appupdate.check(appupdate.update_client(
            url, installed, appupdate.trusted_root(installed))).offer is None
