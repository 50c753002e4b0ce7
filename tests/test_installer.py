"""The installer: what the bundle leaves out, and (opt-in) a real build and its self-test.

The build takes about a minute here, so it runs only with
``TUTORCLIENT_BUILD_INSTALLER=1``; the rules it relies on are checked always.
"""

from __future__ import annotations

import json
import os
import sys
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
