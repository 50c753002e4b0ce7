"""Locking a profile when nobody is using it, and unlocking it offline.

At each successful sign-in the profile keeps an argon2id **verifier** of the
password (never the password): a salted, memory-hard hash that can confirm a
password typed later without asking the server. Unlocking checks against it,
so a trainee can unlock on the bus with no connection.

Five wrong tries in a row are free; after that each try waits longer (30 s,
60 s, ... up to 5 minutes). The count lives in the profile, so quitting and
restarting the app does not reset it. No Qt here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

VERIFIER_SETTING = "local_password_verifier"
LOCK_AFTER_SETTING = "lock_after_s"
FAILURES_SETTING = "unlock_failures"
LOCKED_SETTING = "locked"  # the app was left locked: it opens locked
DEFAULT_LOCK_AFTER_S = 10 * 60
FREE_TRIES = 5
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 300.0


@cache
def _hasher() -> Any:
    # argon2-cffi's defaults (RFC 9106 low-memory: 3 passes over 64 MiB): about a
    # tenth of a second on an old laptop, each guess costing an attacker the same.
    # Loaded on first use: opening the app needs no password check.
    from argon2 import PasswordHasher, Type

    return PasswordHasher(type=Type.ID)


class SettingsHolder(Protocol):
    def setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


def hash_password(password: str) -> str:
    """An argon2id verifier for ``password`` (PHC string: parameters, salt, hash)."""
    return _hasher().hash(password)


def verify_password(verifier: str | None, password: str) -> bool:
    """Whether ``password`` matches the verifier; False when there is none."""
    if not verifier or not password:
        return False
    from argon2.exceptions import (
        InvalidHashError,
        VerificationError,
        VerifyMismatchError,
    )

    try:
        return _hasher().verify(verifier, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(verifier: str) -> bool:
    return _hasher().check_needs_rehash(verifier)


def lock_after_seconds(profile: SettingsHolder) -> int:
    """Idle seconds before the app locks; 0 means never."""
    try:
        return max(0, int(profile.setting(LOCK_AFTER_SETTING, DEFAULT_LOCK_AFTER_S)))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_AFTER_S


def delay_after(failures: int, first_delay_s: float = FIRST_DELAY_S) -> float:
    """Seconds to wait before the next try, after ``failures`` wrong ones in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_S, first_delay_s * 2 ** (failures - FREE_TRIES))


@dataclass(frozen=True)
class UnlockResult:
    ok: bool
    failures: int = 0  # wrong tries in a row, after this one
    wait_s: float = 0.0  # seconds before the next try is accepted
    checked: bool = True  # False: refused unchecked, still waiting out a delay

    @property
    def tries_before_delay(self) -> int:
        return max(0, FREE_TRIES - self.failures)


class Unlocker:
    """Checks passwords for one profile and keeps the count of wrong tries.

    ``profile`` needs ``setting``/``set_setting`` and ``verify_local_password``
    (a :class:`tutorclient.session.Profile`). Writes a setting: run it on the
    store's write lane.
    """

    def __init__(self, profile: Any, *, clock: Callable[[], float] = time.time,
                 first_delay_s: float = FIRST_DELAY_S) -> None:
        self.profile = profile
        self.clock = clock
        self.first_delay_s = first_delay_s

    def _failures(self) -> tuple[int, float]:
        raw = self.profile.setting(FAILURES_SETTING) or {}
        try:
            return int(raw.get("count", 0)), float(raw.get("last", 0.0))
        except (AttributeError, TypeError, ValueError):
            return 0, 0.0

    def wait_remaining(self) -> float:
        count, last = self._failures()
        delay = delay_after(count, self.first_delay_s)
        # The try's stamp is this computer's clock: if the clock has since been
        # set back, waiting "until then" could take days. Never wait longer than
        # the delay itself.
        return min(delay, max(0.0, last + delay - self.clock()))

    def attempt(self, password: str) -> UnlockResult:
        count, _last = self._failures()
        waiting = self.wait_remaining()
        if waiting > 0:
            return UnlockResult(False, count, waiting, checked=False)
        if self.profile.verify_local_password(password):
            if count:
                self.profile.set_setting(FAILURES_SETTING, None)
            return UnlockResult(True)
        count += 1
        self.profile.set_setting(FAILURES_SETTING, {"count": count, "last": self.clock()})
        return UnlockResult(False, count, delay_after(count, self.first_delay_s))


__all__ = [
    "DEFAULT_LOCK_AFTER_S",
    "FREE_TRIES",
    "LOCKED_SETTING",
    "LOCK_AFTER_SETTING",
    "VERIFIER_SETTING",
    "UnlockResult",
    "Unlocker",
    "delay_after",
    "hash_password",
    "lock_after_seconds",
    "needs_rehash",
    "verify_password",
]
