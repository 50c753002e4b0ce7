"""App update cost: patch size, time on 2G through the network simulator, time to apply.

    python benchmarks/app_update.py --old DIST_N/TutorClient --new DIST_N1/TutorClient
    python benchmarks/app_update.py --old DIST/TutorClient   # N+1 = one module changed
    python benchmarks/app_update.py            # fake bundles (no PyInstaller), quick

Both bundles are published to a fresh channel on a real server
(``Channel.publish``, as ``tutorclient-server release publish``); a copy of the
old bundle is updated through ``sync.netsim`` on ``2g`` (check + download +
stage), then the launcher switches to it (the self-test is timed separately by
the installer test). Also prints what the same release would cost as the
``.tar.xz`` of the whole new bundle (``--xz``; slow), and what a Qt upgrade
would cost at most: the whole-file sizes of the Qt parts in the manifest.
``benchmarks/updates.py`` imports :func:`run` for its app part.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from sync.netsim import NetSim  # noqa: E402
from sync.release import launcher, manifest as mf  # noqa: E402
from sync.release.channel import Channel  # noqa: E402
from sync.release.client import UpdateClient  # noqa: E402
from sync.server.routes_updates import updates_dir  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import run_server  # noqa: E402

QT_PARTS = ("PySide6/", "libpyside6", "libshiboken6", "shiboken6/")


def _qt_cost(bundle: Path, release: dict[str, Any]) -> dict[str, int]:
    """Whole-file download (zstd 19) of every Qt/PySide6 file: the most a Qt upgrade costs."""
    qt = {p: e for p, e in release["files"].items() if any(q in p for q in QT_PARTS)}
    return {"qt_files": len(qt), "qt_raw_bytes": sum(e["size"] for e in qt.values()),
            "qt_whole_bytes": sum(len(mf.compress((bundle / p).read_bytes())) for p in qt)}


def _xz_bytes(bundle: Path, work: Path) -> int:
    archive = work / "whole.tar.xz"
    subprocess.run(["tar", "-C", str(bundle.parent), "-cJf", str(archive), bundle.name],
                   check=True, env={"XZ_OPT": "-9e", "PATH": "/usr/bin:/bin"})
    return archive.stat().st_size


def run(old: Path, new: Path, *, profile: str = "2g", with_xz: bool = False,
        plat: str | None = None, whole_level: int = mf.LEVEL) -> dict[str, Any]:
    """Publish ``old`` then ``new``, update a copy of ``old`` on ``profile``; the figures."""
    plat = plat or mf.this_platform()
    with tempfile.TemporaryDirectory(prefix="tc-app-update-") as tmp_name:
        tmp = Path(tmp_name)
        settings = Settings(data_dir=tmp / "server", argon2_profile="test")
        channel = Channel(updates_dir(settings), whole_level=whole_level)
        started = time.monotonic()
        channel.publish(old, plat=plat, version="1.0.0")
        first_s = time.monotonic() - started
        started = time.monotonic()
        release = channel.publish(new, plat=plat, version="1.0.1")
        publish_s = time.monotonic() - started
        installed = tmp / "install" / "TutorClient"
        shutil.copytree(old, installed, symlinks=True)
        with run_server(settings.data_dir, settings=settings) as url:
            host, port = url.removeprefix("http://").split(":")
            with NetSim((host, int(port)), profile=profile, seed=1) as sim:
                client = UpdateClient(f"{sim.url}/v1/updates", installed, tmp / "state",
                                      channel.root_json(), session=requests.Session(),
                                      plat=plat, installed_version="1.0.0")
                started = time.monotonic()
                offer = client.check()
                check_s = time.monotonic() - started
                client.stage(offer)
                link_s = time.monotonic() - started
                wire = sim.counters.bytes_down + sim.counters.bytes_up
            stage_s = _time_apply(url, channel, installed, tmp, plat)
        started = time.monotonic()
        switch = launcher.switch_at_start(installed, lambda _program: (True, "not run"))
        switch_s = time.monotonic() - started
        result = {
            "profile": profile, "files": len(release["files"]),
            "files_changed": offer.files_changed,
            "bundle_bytes": sum(e["size"] for e in release["files"].values()),
            "patch_and_whole_bytes": offer.download_bytes,
            "wire_bytes": wire, "check_s": round(check_s, 1),
            "check_and_download_s": round(link_s, 1),
            "apply_s": round(stage_s + switch_s, 2), "switch": switch.result,
            "publish_first_s": round(first_s, 1), "publish_s": round(publish_s, 1),
            "target_wire_bytes": 1_000_000, "ok": wire <= 1_000_000,
            "whole_level": whole_level, **_qt_cost(new, release),
        }
        if with_xz:
            result["whole_tar_xz_bytes"] = _xz_bytes(new, tmp)
        return result


def _time_apply(url: str, channel: Channel, installed: Path, tmp: Path, plat: str) -> float:
    """Staging again over loopback (no link limits): the time to apply the patches."""
    shutil.rmtree(installed.with_name(installed.name + mf.STAGED))
    client = UpdateClient(f"{url}/v1/updates", installed, tmp / "state2", channel.root_json(),
                          plat=plat, installed_version="1.0.0")
    offer = client.check()
    started = time.monotonic()
    client.stage(offer)
    return time.monotonic() - started


def fake_pair(tmp: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT / "tests" / "sync"))
    from release_kit import make_bundle

    return (make_bundle(tmp / "n" / "TutorClient", "1.0.0", code="v1"),
            make_bundle(tmp / "n1" / "TutorClient", "1.0.1", code="v2: a code change"))


def code_change(old: Path, tmp: Path) -> Path:
    """N+1 of a real bundle: one module of the app changed (its code gains a constant)."""
    sys.path.insert(0, str(ROOT / "tests" / "sync"))
    from release_kit import change_module

    new = tmp / "n1" / "TutorClient"
    shutil.copytree(old, new, symlinks=True)
    change_module(new / "_internal" / "tutorclient" / "appupdate.pyc")
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="bundle folder of version N")
    parser.add_argument("--new", type=Path, help="bundle folder of version N+1")
    parser.add_argument("--profile", default="2g")
    parser.add_argument("--xz", action="store_true", help="also the whole new bundle as .tar.xz")
    parser.add_argument("--whole-level", type=int, default=mf.LEVEL,
                        help="zstd level of whole files (19; lower publishes a real bundle faster "
                             "and changes only what a client without a base pays)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.old and args.new:
            old, new = args.old, args.new
        elif args.old:
            old, new = args.old, code_change(args.old, Path(tmp))
        else:
            old, new = fake_pair(Path(tmp))
        result = run(old.resolve(), new.resolve(), profile=args.profile, with_xz=args.xz,
                     whole_level=args.whole_level)
    result["bundles"] = ("given" if args.new else "given, N+1 = one module changed"
                         if args.old else "fake")
    print(json.dumps({"app_update": result}, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
