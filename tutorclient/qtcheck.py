"""Before the first window on Linux: are the system libraries Qt's X11 plugin needs there?

When one is missing, Qt prints "Could not load the Qt platform plugin "xcb"" and
often names a library that is installed (issue 15: it asked for libxcb-cursor0
while libxcb-icccm4 and libxcb-keysyms1 were missing). :func:`window_problem`
says instead which libraries are missing and the Debian/Ubuntu line that
installs them.

Nothing here imports Qt (``tutorclient`` core stays Qt-free): PySide6 is found
with ``importlib.util.find_spec``. The fast path loads the plugin with
``dlopen`` (what Qt would do a moment later); only when that fails does
``ldd`` list everything that is missing.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

#: Debian/Ubuntu package of each library Qt's xcb plugin and its Qt libraries load.
SONAME_PACKAGES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-util.so.0": "libxcb-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-ewmh.so.2": "libxcb-ewmh2",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libbrotlidec.so.1": "libbrotli1",
    "libpcre2-16.so.0": "libpcre2-16-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
}
_NOT_FOUND_RE = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_XCB_RE = re.compile(r"^libxcb-([\w-]+?)\.so\.(\d+)$")


def parse_ldd(output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", in order, once each."""
    return list(dict.fromkeys(_NOT_FOUND_RE.findall(output)))


def package_for(soname: str) -> str | None:
    """The Debian/Ubuntu package that ships ``soname``, or None if we do not know it."""
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    m = _XCB_RE.match(soname)  # the xcb family is regular: libxcb-foo.so.N -> libxcb-fooN
    return f"libxcb-{m.group(1)}{m.group(2)}" if m else None


def _qt_own(soname: str) -> bool:
    return soname.startswith(("libQt6", "libicu", "libpyside6", "libshiboken6"))


def message(missing: Iterable[str]) -> str:
    """What to tell the user: the missing libraries and how to install them."""
    missing = list(missing)
    system = [s for s in missing if not _qt_own(s)]
    own = [s for s in missing if _qt_own(s)]
    packages = list(dict.fromkeys(p for p in map(package_for, system) if p))
    unknown = [s for s in system if package_for(s) is None]
    parts = ["TutorClient cannot open a window:"]
    if system:
        parts.append("these system libraries are missing: " + ", ".join(system) + ".")
    if packages:
        parts.append("On Debian or Ubuntu install them with: sudo apt-get install "
                     + " ".join(packages))
        if unknown:
            parts[-1] += f" (and find {', '.join(unknown)} with your package manager)"
    if own:
        parts.append(("Qt's own libraries are missing too: " if system else
                      "Qt's own libraries are missing: ") + ", ".join(own)
                     + ". Reinstall PySide6: pip install --force-reinstall PySide6")
    return " ".join(parts)


def qt_paths() -> tuple[Path, Path] | None:
    """PySide6's xcb platform plugin and Qt library folder, without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    return (plugin, qt / "lib") if plugin.is_file() else None


def missing_libraries(plugin: Path, lib_dir: Path) -> list[str]:
    """What ``ldd`` cannot find for the plugin and Qt's xcb library ([] without ldd)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: list[str] = []
    for binary in [plugin, *sorted(lib_dir.glob("libQt6XcbQpa.so.*"))]:
        try:
            out = subprocess.run([ldd, str(binary)], capture_output=True, text=True,
                                 timeout=20, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing += parse_ldd(out)
    return list(dict.fromkeys(missing))


def _loads(plugin: Path) -> bool:
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError:
        return False
    return True


def window_problem(env: Mapping[str, str] | None = None, platform: str | None = None,
                   paths: tuple[Path, Path] | None = None) -> str | None:
    """The message to print instead of opening a window, or None when Qt's X11
    plugin can load (or when it is not the one Qt will use: another platform,
    Wayland, no display)."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "")
    if wanted and not wanted.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the xcb plugin is not used
    if not wanted and env.get("WAYLAND_DISPLAY"):
        return None  # Qt prefers its Wayland plugin there
    if not env.get("DISPLAY"):
        return None  # Qt's own message ("could not connect to display") is right
    paths = paths or qt_paths()
    if paths is None or _loads(paths[0]):
        return None
    missing = missing_libraries(*paths)
    return message(missing) if missing else None
