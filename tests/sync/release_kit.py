"""A fake app bundle for the update tests: the layout of a real one, without PyInstaller.

The program is a shell script whose ``--self-test`` exits with the number in
``selftest-status``, so a release can be made to fail its self-test.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

PLATFORM = "linux-x86_64"
PROGRAM = """#!/bin/sh
# {code}
if [ "$1" = "--self-test" ]; then exit "$(cat "$(dirname "$0")/selftest-status")"; fi
echo "tutorclient {version}"
"""


def _noise(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def make_bundle(folder: Path, version: str, *, code: str = "v1", self_test_exit: int = 0,
                library: bytes | None = None) -> Path:
    """A bundle folder: program, VERSION, a big library, a 'code' archive and a symlink."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "_internal" / "lib").mkdir(parents=True)
    program = folder / "tutorclient"
    program.write_text(PROGRAM.format(code=code, version=version), encoding="utf-8")
    program.chmod(0o755)
    (folder / "VERSION").write_text(version + "\n", encoding="utf-8")
    (folder / "selftest-status").write_text(str(self_test_exit), encoding="utf-8")
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(
        library if library is not None else _noise(1, 300_000))
    # The "code": an archive of modules, where a code change alters a few hundred bytes.
    code_bytes = bytearray(_noise(2, 200_000))
    code_bytes[100_000:100_000 + len(code)] = code.encode()
    (folder / "_internal" / "base_library.zip").write_bytes(bytes(code_bytes))
    os.symlink("lib/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so")
    return folder


def make_release(tmp: Path, name: str, version: str, **kw) -> Path:
    return make_bundle(tmp / "releases" / name / "TutorClient", version, **kw)


def update_on_link(url: str, installed: Path, profile: str = "2g", seed: int = 1):
    """Check and stage an update for ``installed`` from the server at ``url`` through the
    network simulator; returns the offer, the bytes that came down and the seconds taken."""
    import time

    import requests

    from sync.netsim import NetSim
    from tutorclient import appupdate

    host, port = url.removeprefix("http://").split(":")
    with NetSim((host, int(port)), profile=profile, seed=seed) as sim:
        client = appupdate.update_client(sim.url, installed, appupdate.trusted_root(installed),
                                         requests.Session())
        started = time.monotonic()
        found = appupdate.check(client)
        assert found.offer is not None, found.reason
        appupdate.stage(None, client, found.offer)
        return found.offer, sim.counters.bytes_down, time.monotonic() - started


def change_module(pyc: Path, note: str = "dose check fixed") -> None:
    """A code change in a built bundle: the module's code gains a constant. Its behaviour is
    unchanged whatever source the bundle was built from (a recompiled source might not fit
    the other modules of an older build)."""
    import marshal

    data = pyc.read_bytes()
    code = marshal.loads(data[16:])  # after the 16-byte .pyc header
    pyc.write_bytes(data[:16] + marshal.dumps(code.replace(co_consts=(*code.co_consts, note))))
