"""Missing X11 libraries are named, with the Debian/Ubuntu line that installs them,
instead of Qt's misleading "could not load the Qt platform plugin" (issue 15)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tutorclient import qtcheck

ROOT = Path(__file__).resolve().parents[1]

# ldd of a copy of PySide6's libqxcb.so alone in a folder (captured on the development
# machine, shortened): its RUNPATH ($ORIGIN/../../lib) leads nowhere, so Qt's own
# libraries are missing, while the system's are found.
LDD_LONE_PLUGIN = """\
\tlinux-vdso.so.1 (0x00007ffd6b5f2000)
\tlibQt6XcbQpa.so.6 => not found
\tlibQt6Gui.so.6 => not found
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f0b0e4b1000)
\tlibQt6Core.so.6 => not found
\tlibxkbcommon.so.0 => /lib/x86_64-linux-gnu/libxkbcommon.so.0 (0x00007f0b0e467000)
\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f0b0e200000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0b0de1e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0b0e5a4000)
"""

# The same plugin's ldd output on the development machine, with the two libraries the
# issue's fresh Debian lacked (libxcb-icccm4, libxcb-keysyms1) shown as ldd shows an
# absent library.
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007fff0a9e5000)
\tlibQt6XcbQpa.so.6 => /opt/app/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f7d1c9a0000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f7d1c944000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f7d1c93d000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f7d1c92e000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x00007f7d1c768000)
"""


def test_ldd_output_is_parsed_for_missing_libraries() -> None:
    assert qtcheck.parse_ldd(LDD_LONE_PLUGIN) == [
        "libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"]
    assert qtcheck.parse_ldd(LDD_FRESH_DEBIAN) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert qtcheck.parse_ldd("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize("soname, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-image.so.0", "libxcb-image0"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"), ("libxcb-xinerama.so.0", "libxcb-xinerama0"),
    ("libxcb-randr.so.0", "libxcb-randr0"), ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"), ("libEGL.so.1", "libegl1"), ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"), ("libdbus-1.so.3", "libdbus-1-3"),
    ("libxcb-xv.so.0", "libxcb-xv0"),  # not listed: the xcb family's naming rule
    ("libsomething.so.3", None),
])
def test_libraries_map_to_debian_packages(soname: str, package: str | None) -> None:
    assert qtcheck.package_for(soname) == package


def test_the_message_names_libraries_and_the_install_line() -> None:
    assert qtcheck.message(qtcheck.parse_ldd(LDD_FRESH_DEBIAN)) == (
        "TutorClient cannot open a window: these system libraries are missing: "
        "libxcb-icccm.so.4, libxcb-keysyms.so.1. On Debian or Ubuntu install them with: "
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    own = qtcheck.message(qtcheck.parse_ldd(LDD_LONE_PLUGIN))
    assert "Qt's own libraries are missing: libQt6XcbQpa.so.6" in own
    assert "pip install --force-reinstall PySide6" in own and "apt-get" not in own


def test_this_machine_has_everything_qt_needs() -> None:
    paths = qtcheck.qt_paths()
    assert paths is not None and paths[0].name == "libqxcb.so"
    if shutil.which("ldd") is None:
        pytest.skip("no ldd here")
    assert qtcheck.missing_libraries(*paths) == []
    assert qtcheck.window_problem({"DISPLAY": ":0"}, "linux") is None


@pytest.fixture(scope="module")
def broken_plugin(tmp_path_factory) -> tuple[Path, Path]:
    """A real ELF plugin that needs two xcb libraries this machine does not have."""
    needed = ["libxcb-xinput.so.0", "libxcb-ewmh.so.2"]
    if shutil.which("cc") is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd")
    have = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    if any(n in have for n in needed):
        pytest.skip("this machine has the libraries the fake plugin lacks")
    tmp = tmp_path_factory.mktemp("qtcheck")
    stubs, platforms, lib = tmp / "stubs", tmp / "plugins" / "platforms", tmp / "lib"
    for d in (stubs, platforms, lib):
        d.mkdir(parents=True)
    (tmp / "stub.c").write_text("int tc_stub(void) { return 1; }\n")
    (tmp / "plugin.c").write_text("int tc_stub(void);\nint tc_plugin(void) { return tc_stub(); }\n")
    for n in needed:  # link against stubs with those sonames, then take the stubs away
        subprocess.run(["cc", "-shared", "-fPIC", "-o", str(stubs / n), f"-Wl,-soname,{n}",
                        str(tmp / "stub.c")], check=True)
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(platforms / "libqxcb.so"),
                    str(tmp / "plugin.c"), "-Wl,--no-as-needed",
                    *[str(stubs / n) for n in needed]], check=True)
    shutil.rmtree(stubs)
    return platforms / "libqxcb.so", lib


def test_a_plugin_with_missing_libraries_is_explained(broken_plugin) -> None:
    plugin, lib = broken_plugin
    assert qtcheck.missing_libraries(plugin, lib) == ["libxcb-xinput.so.0", "libxcb-ewmh.so.2"]
    problem = qtcheck.window_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux",
                                     broken_plugin)
    assert problem is not None
    assert problem.endswith("sudo apt-get install libxcb-xinput0 libxcb-ewmh2")
    # Only where Qt would use the xcb plugin.
    for env, platform in (({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),
                          ({}, "linux"), ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, "linux"),
                          ({"DISPLAY": ":0"}, "win32")):
        assert qtcheck.window_problem(env, platform, broken_plugin) is None


def test_tutorclient_prints_the_problem_instead_of_opening_a_window(broken_plugin,
                                                                    tmp_path) -> None:
    plugin, lib = broken_plugin
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from tutorclient import cli, qtcheck
        qtcheck.qt_paths = lambda: (Path({str(plugin)!r}), Path({str(lib)!r}))
        code = cli.main(["--profile", {str(tmp_path / "p")!r}])
        assert not any(m.startswith("PySide6") for m in sys.modules), "Qt was loaded"
        sys.exit(code)
    """)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "DISPLAY": ":0",
           "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb"}
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                       timeout=60)
    assert r.returncode == 1, r.stderr
    assert "these system libraries are missing: libxcb-xinput.so.0, libxcb-ewmh.so.2" in r.stderr
    assert "sudo apt-get install libxcb-xinput0 libxcb-ewmh2" in r.stderr
