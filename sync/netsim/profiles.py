"""Link profiles: what a simulated network link looks like."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

DropDirection = Literal["down", "up", "both"]
DROP_DIRECTIONS: tuple[str, ...] = ("down", "up", "both")


@dataclass(frozen=True)
class LinkProfile:
    """Shape of a simulated link.

    Rates are in bytes per second (``None`` means unlimited) and apply to
    each direction separately: ``up`` is client→server, ``down`` is
    server→client. ``rtt_s`` is the round-trip time; each direction adds
    half of it to every byte.

    ``drop_after_bytes`` cuts every connection once it has forwarded that
    many bytes in ``drop_direction`` ("down", "up", or "both" = the sum).
    ``drop_rate_per_kb`` is the probability that any given KiB forwarded
    (either direction) is the one where the connection drops.

    ``model_handshake`` makes a new connection's first upstream byte wait
    one extra RTT, as the TCP handshake does on a real link; so the first
    request on a fresh connection costs 2 × RTT and later ones 1 × RTT.
    """

    name: str = "custom"
    down_bps: float | None = None
    up_bps: float | None = None
    rtt_s: float = 0.0
    drop_rate_per_kb: float = 0.0
    drop_after_bytes: int | None = None
    drop_direction: DropDirection = "down"
    model_handshake: bool = True

    def __post_init__(self) -> None:
        for field in ("down_bps", "up_bps"):
            value = getattr(self, field)
            if value is not None and value <= 0:
                raise ValueError(f"{field} must be > 0 or None, got {value!r}")
        if self.rtt_s < 0:
            raise ValueError(f"rtt_s must be >= 0, got {self.rtt_s!r}")
        if not 0.0 <= self.drop_rate_per_kb < 1.0:
            raise ValueError(f"drop_rate_per_kb must be in [0, 1), got {self.drop_rate_per_kb!r}")
        if self.drop_after_bytes is not None and self.drop_after_bytes < 0:
            raise ValueError(f"drop_after_bytes must be >= 0, got {self.drop_after_bytes!r}")
        if self.drop_direction not in DROP_DIRECTIONS:
            raise ValueError(f"drop_direction must be one of {DROP_DIRECTIONS}, got {self.drop_direction!r}")

    @property
    def one_way_s(self) -> float:
        """Delay added to each direction (half the RTT)."""
        return self.rtt_s / 2

    def replace(self, **changes: object) -> LinkProfile:
        """Return a copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def kbit(n: float) -> float:
    """Convert kbit/s (1000 bit) to bytes/s."""
    return n * 1000 / 8


PROFILES: dict[str, LinkProfile] = {
    "none": LinkProfile("none", model_handshake=False),
    "lan": LinkProfile("lan", model_handshake=False),
    "3g": LinkProfile("3g", down_bps=kbit(1000), up_bps=kbit(1000), rtt_s=0.200),
    "2g": LinkProfile("2g", down_bps=kbit(64), up_bps=kbit(64), rtt_s=0.600),
    # About one drop per 50 KiB: a 200 KB sync usually breaks a few times.
    "flaky": LinkProfile("flaky", down_bps=kbit(64), up_bps=kbit(64), rtt_s=0.600, drop_rate_per_kb=0.02),
}


def get_profile(profile: str | LinkProfile) -> LinkProfile:
    """Look a profile up by name, or pass a `LinkProfile` through."""
    if isinstance(profile, LinkProfile):
        return profile
    try:
        return PROFILES[profile]
    except KeyError:
        raise ValueError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}") from None
