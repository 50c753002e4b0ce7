"""Encrypted twins of benchmark profiles, for ``--encrypted both`` (issue 18).

The generated profile is plain (benchmarks/generate.py writes it as an older
version would have); :func:`encrypted_copy` copies it and encrypts the copy in
place exactly as the app does at the first unlock. :func:`plain_sign_ins` makes
a sign-in leave the profile plain, as before the update, for the baseline of a
sync measured in the same run.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSWORD = "benchmark passphrase"
MODES = {"no": [False], "yes": [True], "both": [False, True]}


def encrypted_copy(profile: Path, dest: Path, password: str = PASSWORD) -> dict:
    """Copy ``profile`` to ``dest`` and encrypt the copy; returns what it took."""
    from tutorclient import locking
    from tutorclient.session import Profile

    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(profile, dest)
    opened = Profile(dest)
    opened.set_setting(locking.VERIFIER_SETTING, locking.hash_password(password))
    opened.close()
    opened = Profile(dest)
    started = time.perf_counter()
    assert opened.unlock(password)  # the first unlock after the update: encrypts in place
    seconds = time.perf_counter() - started
    opened.close()
    return {"encrypt_in_place_s": round(seconds, 2),
            "db_bytes": (dest / "profile.db").stat().st_size}


@contextmanager
def plain_sign_ins() -> Iterator[None]:
    """Sign-ins that leave the profile plain (the version before encryption)."""
    from tutorclient.profile_keys import ProfileKeys

    original = ProfileKeys.encrypt
    ProfileKeys.encrypt = lambda self, password: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        ProfileKeys.encrypt = original  # type: ignore[method-assign]


def ratio(encrypted: float, plain: float) -> float:
    return round(encrypted / plain, 3) if plain else float("nan")
