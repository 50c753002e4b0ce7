"""Installer size: the slim bundle against a naive one, built in the same run.

    python benchmarks/installer_size.py [--naive-venv /tmp/tc-naive-venv] [--out /tmp/tc-bench]

* naive: ``pyinstaller --onedir`` with default options on the same entry point and
  demo content, in a separate virtual environment holding the full ``pyside6``
  meta-package and the app's runtime and server dependencies (the environment is
  made on first use and reused after);
* slim: ``build_installer.build`` (the spec, the exclusions, the trimmed ICU data).

Both folders are packed the same way (tar, gzip level 9). Prints one JSON object:
the unpacked and compressed sizes, the build times (freeze and pack, without the
self-test), and the compressed ratio slim/naive against the 25% target. With
``--xz`` it also gives ``xz -9`` sizes of both.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import build_installer as bi  # noqa: E402

TARGET_RATIO = 0.25
#: The naive environment: the app's runtime and server dependencies, with the
#: full pyside6 meta-package instead of PySide6-Essentials and PySide6-Pdf.
NAIVE_PACKAGES = ["pyside6", bi.PYINSTALLER, "fastapi>=0.110", "uvicorn>=0.29", "httptools>=0.6",
                  "sqlalchemy>=2.0", "argon2-cffi>=23", "psycopg[binary]>=3.1", "sqlite-utils>=4",
                  "requests>=2.31", "keyring>=24", "platformdirs>=4", "zstandard>=0.22",
                  "Pillow>=10"]


def naive_venv(path: Path) -> Path:
    python = path / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *NAIVE_PACKAGES], check=True)
    return python


def build_naive(python: Path, out: Path) -> dict:
    dist, work = out / "naive-dist", out / "naive-work"
    shutil.rmtree(dist, ignore_errors=True)
    started = time.monotonic()
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir",
                    "--log-level", "WARN", "--name", "tutorclient", "--paths", str(ROOT),
                    "--add-data", f"{ROOT / 'resources' / 'demo'}:resources/demo",
                    "--distpath", str(dist), "--workpath", str(work), "--specpath", str(out),
                    str(ROOT / "installer" / "tutorclient_entry.py")], check=True, cwd=out)
    folder = dist / "tutorclient"
    archive = bi.pack_tar(folder, out / "naive.tar.gz", "tutorclient")
    return {"bundle_bytes": bi.folder_size(folder), "archive_bytes": archive.stat().st_size,
            "build_s": round(time.monotonic() - started, 1), "folder": str(folder)}


def build_slim(out: Path) -> dict:
    info = bi.build(out / "slim-dist", out / "slim-work", run_self_test=False, with_xz=False)
    return {"bundle_bytes": info["bundle_bytes"], "archive_bytes": info["archive_bytes"],
            "build_s": info["build_s"], "folder": info["bundle"]}


def xz_size(folder: Path) -> int:
    tar = subprocess.Popen(["tar", "-C", str(folder.parent), "-cf", "-", folder.name],
                           stdout=subprocess.PIPE)
    xz = subprocess.run(["xz", "-9", "-T0", "-c"], stdin=tar.stdout, capture_output=True, check=True)
    tar.wait()
    return len(xz.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naive-venv", type=Path, default=Path("/tmp/tc-naive-venv"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/tc-bench"))
    parser.add_argument("--xz", action="store_true", help="also measure xz -9 archives")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    naive = build_naive(naive_venv(args.naive_venv), args.out)
    slim = build_slim(args.out)  # one build at a time: the machine has two cores
    if args.xz:
        for result in (naive, slim):
            result["xz_bytes"] = xz_size(Path(result["folder"]))
    ratio = slim["archive_bytes"] / naive["archive_bytes"]
    report = {"naive": naive, "slim": slim, "ratio_compressed": round(ratio, 3),
              "ratio_unpacked": round(slim["bundle_bytes"] / naive["bundle_bytes"], 3),
              "target_ratio": TARGET_RATIO, "target_met": ratio <= TARGET_RATIO}
    if args.xz:
        report["ratio_xz"] = round(slim["xz_bytes"] / naive["xz_bytes"], 3)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
