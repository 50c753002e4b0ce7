"""What the bundle leaves out, as plain data and one filter, shared by the spec and the tests.

PyInstaller follows the app's imports, so the bundle already holds only the
Python packages the app imports. What it still adds by default, and what these
rules remove, is:

* Qt libraries and plugins the PySide6 hooks collect "just in case" (QML and
  Quick through the virtual keyboard plugin, Wayland compositor integrations,
  EGLFS, evdev, SVG, the GTK3 platform theme with all of GTK's libraries);
* every Qt translation (7 MB) but ``qtbase_ar.qm``: English needs none, Somali uses
  our own ``qtbase_so`` (built with the app's translations into
  ``tutorclient/translations``, which these rules keep);
* Python packages reachable through optional imports but never used by the
  client bundle: test tools, PostgreSQL drivers, YAML, zstandard's CFFI twin.

Every pattern here was checked against a build: removing it leaves
``tutorclient --self-test`` passing on the bundle.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable

#: Qt translations shipped (``qtbase_<lang>.qm``); English is Qt's own language.
QT_LANGUAGES: tuple[str, ...] = ("ar",)  # Somali: Qt has none, ours is qtbase_so (app data)

#: Python modules never bundled. Test and development tools first (not pluggy:
#: sqlite-utils imports it for its plugins).
EXCLUDES: tuple[str, ...] = (
    "pytest", "_pytest", "hypothesis", "schemathesis", "pytestqt", "tusclient",
    "IPython", "tkinter", "_tkinter", "setuptools", "pkg_resources", "_distutils_hack",
    "distutils", "lib2to3", "pydoc_data", "ensurepip", "idlelib",
    # PostgreSQL is a server-side option; the demo server in the bundle uses SQLite.
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool", "psycopg2",
    "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.mssql", "sqlalchemy.testing",
    # pydantic imports rich (and so pygments) only to pretty-print schemas while
    # debugging: 470 modules, 2.5 MB compressed. (markdown-it-py stays: the reader
    # renders lessons with it, sync/content.)
    "rich", "pygments",
    # Optional imports of the server stack that the embedded server never takes.
    "yaml", "_yaml", "uvloop", "watchfiles", "websockets", "wsproto", "dotenv",
    "email_validator", "zstandard.backend_cffi", "zstandard._cffi",
    # Qt modules the app does not import (the hooks would add their bindings).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtSvg",
    "PySide6.QtSvgWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus", "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia",
    # Pillow codecs the app never asks for (tutorclient.privacy accepts JPEG, PNG,
    # WebP, GIF, BMP, TIFF and MPO, and draws no text).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "PIL._imagingft", "PIL.ImageFont", "PIL._imagingcms", "PIL.ImageCms",
    # Picture delivery (transcoding at course import) is server-side only: numpy
    # would add ~30 MB to the app for something the embedded demo server never does.
    "numpy", "sync.images",
    # FSRS's optimizer fits parameters with torch and pandas; the app only schedules.
    "fsrs.optimizer",
    # rapidfuzz ships each C++ module twice, plain and AVX2, and picks at import; the plain
    # one runs on every x86-64 (5.3 MB). Measured: a "did you mean" lookup over 20,000 words
    # takes 3.8 ms plain against 1.2 ms with AVX2, once per search: not worth 2 MB of xz.
    "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.distance.metrics_cpp_avx2",
    # securesystemslib (python-tuf's, for app updates) imports every cloud signer if its SDK
    # is installed; the app only verifies ed25519 signatures. boto3 alone is 20 MB.
    "boto3", "botocore", "s3transfer", "google.cloud", "google.auth", "azure", "hvac",
    "sigstore", "sigstore_protobuf_specs", "PyKCS11", "asn1crypto", "tillitis_tkey",
)

#: Qt plugins kept, as ``<plugin dir>/<file stem>``; every other plugin is dropped.
QT_PLUGINS: tuple[str, ...] = (
    "platforms/*qxcb",            # X11 (and Wayland sessions, through XWayland)
    "platforms/*qoffscreen",      # headless: the self-test on a server, CI
    "platforms/*qwindows",        # Windows
    "platforms/*qcocoa",          # macOS
    "platforminputcontexts/*compose*",  # dead keys and compose sequences
    "platforminputcontexts/*ibus*",     # input methods on Linux desktops
    "imageformats/*qjpeg", "imageformats/*qgif", "imageformats/*qwebp",
    "imageformats/*qtiff", "imageformats/*qico",
    "styles/*",                   # the native look on Windows and macOS
    "xcbglintegrations/*",
)

#: Qt libraries dropped when a rule above left nothing that loads them.
QT_LIBS_DROPPED: tuple[str, ...] = (
    "Qt6Qml*", "Qt6Quick*", "Qt6VirtualKeyboard*", "Qt6Wayland*", "Qt6Wl*",
    "Qt6EglFS*", "Qt6EglFs*", "Qt6Svg*", "Qt6OpenGLWidgets*", "Qt6PrintSupport*",
    "Qt6Sql*", "Qt6Test*", "Qt6Designer*", "Qt6PdfQuick*",
)

#: Host libraries that must come from the user's system, never from the build
#: machine (the same reasoning as AppImage's exclude list): the graphics stack,
#: fonts and GTK. Those bundled from the build machine break or mislead there.
SYSTEM_LIBS_DROPPED: tuple[str, ...] = (
    "libgtk-3.so*", "libgdk-3.so*", "libgdk_pixbuf-2.0.so*", "libatk*", "libcairo*",
    "libpango*", "libepoxy.so*", "libwayland-*", "libfontconfig.so*", "libfreetype.so*",
    "libharfbuzz.so*", "libgraphite2.so*", "libfribidi.so*", "libthai.so*", "libdatrie.so*",
    "libpixman-1.so*",
    # The X11 client libraries, GLib, D-Bus and systemd's libraries are on every Linux
    # desktop that can show an X11 window (Qt's xcb plugin already takes libxcb from the
    # system); the build machine's copies only cost 9 MB. Kept: the xcb-util family
    # (libxcb-cursor is missing on stock Ubuntu 22.04) and Kerberos (not everywhere).
    "libX11.so*", "libX11-xcb.so*", "libXau.so*", "libXdmcp.so*", "libXext.so*",
    "libXrender.so*", "libglib-2.0.so*", "libgobject-2.0.so*", "libgio-2.0.so*",
    "libgmodule-2.0.so*", "libgthread-2.0.so*", "libdbus-1.so*", "libsystemd.so*",
    "libgcrypt.so*", "libgpg-error.so*", "liblz4.so*", "libcap.so*", "libmount.so*",
    "libblkid.so*", "libselinux.so*", "libpcre2-8.so*", "libbsd.so*", "libmd.so*",
)

_QT_PLUGIN_PATH = re.compile(r"(?:^|/)Qt6?/plugins/([^/]+)/([^/]+)$|^PySide6/plugins/([^/]+)/([^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)Qt6?/translations/([^/]+)$|^PySide6/translations/([^/]+)$")


def _stem(name: str) -> str:
    for suffix in (".so", ".dll", ".dylib"):
        if suffix in name:
            return name[: name.index(suffix)]
    return name


def keep(dest: str) -> bool:
    """Whether a file at ``dest`` (its path inside the bundle) stays in the bundle."""
    dest = dest.replace("\\", "/")
    base = dest.rsplit("/", 1)[-1]
    plugin = _QT_PLUGIN_PATH.search(dest)
    if plugin:
        kind, name = (plugin.group(1), plugin.group(2)) if plugin.group(1) else plugin.group(3, 4)
        return any(fnmatch.fnmatch(f"{kind}/{_stem(name)}", pat) for pat in QT_PLUGINS)
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        name = translation.group(1) or translation.group(2)
        return any(name == f"qtbase_{lang}.qm" for lang in QT_LANGUAGES)
    lib = base[3:] if base.startswith("lib") else base
    if any(fnmatch.fnmatch(lib, pat) for pat in QT_LIBS_DROPPED):
        return False
    return not any(fnmatch.fnmatch(base, pat) for pat in SYSTEM_LIBS_DROPPED)


def filter_toc(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (``(dest, source, kind)`` entries) without the dropped files."""
    return [entry for entry in toc if keep(entry[0])]
