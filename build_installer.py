"""Build the self-contained TutorClient bundle: ``python build_installer.py``.

Run it with the project's virtual environment (after the README's install). It

1. installs PyInstaller into that environment if it is missing;
2. freezes the app with ``installer/tutorclient.spec`` into ``dist/TutorClient/``
   (``installer/slim.py`` says what is left out, and why), after compiling the
   translations (``resources/translations/*.ts``) for it;
3. on Linux, trims Qt's ICU data to the languages shipped (``installer/icu.py``)
   and adds the ``.desktop`` file, the icon and ``install.sh``;
4. packs the folder for the platform: ``TutorClient-<version>-linux-x86_64.tar.gz``
   on Linux, an Inno Setup script (and the setup, where ``iscc`` is installed) on
   Windows, ``TutorClient-<version>-macos.zip`` of ``TutorClient.app`` on macOS;
5. unpacks that archive into a temporary folder outside the source tree and runs
   ``tutorclient --self-test`` there with a bare environment (no Python, no
   virtual environment on PATH, an empty HOME), and fails if it fails.

It prints the sizes and times, and writes them to ``dist/build-info.json``.
docs/installer.md has the measured figures and the choices behind them.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import lzma
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INSTALLER = ROOT / "installer"
PYINSTALLER = "pyinstaller>=6.10,<7"
APP = "TutorClient"
SELF_TEST_TIMEOUT_S = 300
LINUX, WINDOWS, MACOS = sys.platform.startswith("linux"), sys.platform == "win32", sys.platform == "darwin"


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def app_version() -> str:
    text = (ROOT / "tutorclient" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise BuildError("no __version__ in tutorclient/__init__.py")
    return match.group(1)


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"build: installing {PYINSTALLER} into {sys.prefix}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER], check=True)


#: Where the ``.qm`` files are compiled for the spec (installer/tutorclient.spec).
QM_DIR = ROOT / "build" / "translations"


def compile_translations(out: Path = QM_DIR) -> list[Path]:
    """``lrelease`` every ``resources/translations/*.ts`` (the ``.qm`` are never committed)."""
    from tutorclient.languages import compile_ts

    if out.exists():
        shutil.rmtree(out)
    built = compile_ts(sorted((ROOT / "resources" / "translations").glob("*.ts")), out)
    if not built:
        raise BuildError("no translations compiled")
    return built


def freeze(dist: Path, work: Path, version: str) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder (or .app on macOS)."""
    env = dict(os.environ, TUTORCLIENT_VERSION=version)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(INSTALLER / "tutorclient.spec")]
    if subprocess.run(cmd, cwd=ROOT, env=env).returncode:
        raise BuildError("PyInstaller failed (its messages are above)")
    return dist / (f"{APP}.app" if MACOS else APP)


def linux_extras(bundle: Path, version: str) -> None:
    """The trimmed ICU data, the .desktop file, the icon and install.sh."""
    sys.path.insert(0, str(INSTALLER))
    import icu

    icu.trim_bundle(bundle)
    desktop = (INSTALLER / "tutorclient.desktop.in").read_text(encoding="utf-8")
    desktop = (desktop.replace("@EXEC@", "tutorclient").replace("@ICON@", "tutorclient")
               .replace("@VERSION@", version))
    (bundle / "tutorclient.desktop").write_text(desktop, encoding="utf-8")
    shutil.copy2(INSTALLER / "install.sh", bundle / "install.sh")
    icons = bundle / "resources" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for name in ("tutorclient.png", "tutorclient.svg"):
        shutil.copy2(INSTALLER / "icons" / name, icons / name)
    (bundle / "VERSION").write_text(version + "\n", encoding="utf-8")


def pack_linux(bundle: Path, dist: Path, version: str) -> Path:
    """A .tar.gz with ``TutorClient/`` at its top."""
    return pack_tar(bundle, dist / f"{APP}-{version}-linux-{platform.machine()}.tar.gz", APP)


def pack_tar(folder: Path, archive: Path, top: str) -> Path:
    """``folder`` as ``top/`` in a gzip (level 9) tar; symlinks stay links, owners are root."""
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=top, filter=_tar_entry)
    return archive


#: xz settings of the .tar.xz: the x86 branch filter (calls and jumps in machine code made
#: relative, so repeated targets compress; most of the bundle is shared libraries) before
#: LZMA2 at -9e with a 192 MiB dictionary (-9's 64 MiB misses repeats further apart in a
#: 170 MB tar). Unpacking needs 192 MiB of memory; packing about 2 GB. Measured on the
#: same tar: docs/installer.md "The first install".
XZ_ARGS = ["--x86", "--lzma2=preset=9e,dict=192MiB"]
XZ_FILTERS = [{"id": lzma.FILTER_X86},
              {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": 192 << 20}]


def pack_xz(gz_archive: Path) -> Path:
    """The same tar, recompressed with xz (:data:`XZ_ARGS`): a third smaller than gzip."""
    archive = gz_archive.with_name(gz_archive.name.removesuffix(".gz") + ".xz")
    with gzip.open(gz_archive) as src, open(archive, "wb") as out:
        if shutil.which("xz"):  # multi-threaded; Python's lzma is single-threaded
            subprocess.run(["xz", *XZ_ARGS, "-T0", "-c"], input=src.read(), stdout=out,
                           check=True)
        else:
            out.write(lzma.compress(src.read(), format=lzma.FORMAT_XZ, filters=XZ_FILTERS))
    return archive


def _tar_entry(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def pack_windows(bundle: Path, dist: Path, version: str) -> Path:
    """The Inno Setup script; also the setup .exe where ``iscc`` is on PATH."""
    script = (INSTALLER / "tutorclient.iss.in").read_text(encoding="utf-8")
    for key, value in {"@VERSION@": version, "@BUNDLE@": str(bundle), "@OUTDIR@": str(dist),
                       "@ICON@": str(INSTALLER / "icons" / "tutorclient.ico")}.items():
        script = script.replace(key, value)
    iss = dist / "tutorclient.iss"
    iss.write_text(script, encoding="utf-8")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print(f"build: Inno Setup not found; compile {iss} with iscc to make the setup")
        return iss
    subprocess.run([iscc, "/Q", str(iss)], check=True)
    return dist / f"{APP}-{version}-windows-setup.exe"


def pack_macos(bundle: Path, dist: Path, version: str) -> Path:
    archive = dist / f"{APP}-{version}-macos.zip"
    if shutil.which("ditto"):  # keeps the .app's symlinks and extended attributes
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(bundle), str(archive)], check=True)
    else:
        shutil.make_archive(str(archive.with_suffix("")), "zip", bundle.parent, bundle.name)
    return archive


def unpack(archive: Path, into: Path) -> Path:
    """Unpack like a user would; returns the program to run."""
    if archive.suffix == ".zip":
        if shutil.which("ditto"):  # zipfile would drop the .app's symlinks and exec bits
            subprocess.run(["ditto", "-x", "-k", str(archive), str(into)], check=True)
        else:
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(into)
        return into / f"{APP}.app" / "Contents" / "MacOS" / "tutorclient"
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    return into / APP / "tutorclient"


def self_test(program: Path) -> float:
    """Run ``--self-test`` with a bare environment, as on a computer with no Python."""
    home = Path(tempfile.mkdtemp(prefix="tc-selftest-home-"))
    env = {"PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
           "HOME": str(home), "LANG": "C.UTF-8"}
    if WINDOWS:
        env = {k: os.environ[k] for k in ("SYSTEMROOT", "PATH", "TEMP", "TMP") if k in os.environ}
    started = time.monotonic()
    try:
        done = subprocess.run([str(program), "--self-test"], cwd=home, env=env,
                              timeout=SELF_TEST_TIMEOUT_S)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if done.returncode:
        raise BuildError(f"the bundle's self-test failed (exit {done.returncode}); see above")
    return time.monotonic() - started


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def add_update_root(bundle: Path, root: Path) -> None:
    """Ship the update channel's trust anchor (``tutorclient-server release root``)."""
    resources = bundle / "Contents" / "Resources" if MACOS else bundle
    target = resources / "resources" / "update-root.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root, target)


def build(dist: Path, work: Path, *, run_self_test: bool = True, with_xz: bool = True,
          update_root: Path | None = None) -> dict:
    version = app_version()
    ensure_pyinstaller()
    started = time.monotonic()
    compile_translations()
    bundle = freeze(dist, work, version)
    if LINUX:
        linux_extras(bundle, version)
    if update_root is not None:
        add_update_root(bundle, update_root)
    frozen_s = time.monotonic() - started
    pack = pack_linux if LINUX else pack_windows if WINDOWS else pack_macos
    archive = pack(bundle, dist, version)
    xz = pack_xz(archive) if LINUX and with_xz else None
    info = {"version": version, "platform": f"{sys.platform}-{platform.machine()}",
            "bundle": str(bundle), "bundle_bytes": folder_size(bundle),
            "archive": str(archive), "archive_bytes": archive.stat().st_size,
            "build_s": round(time.monotonic() - started, 1), "freeze_s": round(frozen_s, 1)}
    if xz is not None:
        info["archive_xz"], info["archive_xz_bytes"] = str(xz), xz.stat().st_size
    if run_self_test and archive.suffix in (".gz", ".zip"):
        with tempfile.TemporaryDirectory(prefix="tc-unpacked-") as tmp:
            info["self_test_s"] = round(self_test(unpack(archive, Path(tmp))), 1)
    elif run_self_test:  # Windows: the setup is tested by installing it; test the folder
        info["self_test_s"] = round(self_test(bundle / "tutorclient.exe"), 1)
    (dist / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the self-contained TutorClient bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-self-test", action="store_true",
                        help="skip running the bundle's self-test")
    parser.add_argument("--no-xz", action="store_true",
                        help="Linux: skip the .tar.xz (about a minute; the .tar.gz is always made)")
    parser.add_argument("--update-root", type=Path, default=None, metavar="ROOT_JSON",
                        help="the update channel's root.json (tutorclient-server release root), "
                             "shipped so the app can verify updates (docs/installer.md)")
    args = parser.parse_args(argv)
    try:
        info = build(args.dist.resolve(), args.work.resolve(), run_self_test=not args.no_self_test,
                     with_xz=not args.no_xz, update_root=args.update_root)
    except (BuildError, subprocess.CalledProcessError, OSError) as exc:
        print(f"build_installer.py: {exc}", file=sys.stderr)
        return 1
    print(f"build: {info['bundle']}: {info['bundle_bytes'] / 1e6:.1f} MB unpacked")
    if "archive_xz" in info:
        print(f"build: {info['archive_xz']}: {info['archive_xz_bytes'] / 1e6:.1f} MB")
    print(f"build: {info['archive']}: {info['archive_bytes'] / 1e6:.1f} MB "
          f"(built in {info['build_s']:.0f} s"
          + (f", self-test passed in {info['self_test_s']:.0f} s)" if "self_test_s" in info else ")"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
