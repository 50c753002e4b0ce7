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
