"""The demo's accounts, for the demo's own lock screen (never a real profile's).

``tutorclient demo`` marks its profile with :data:`DEMO_SETTING`; only such a
profile lists the demo users from ``resources/demo/users.toml``, with their
roles and (public, demo-only) passwords. Kept apart from :mod:`tutorclient.demo`,
which loads the HTTP stack to start the demo server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DEMO_SETTING", "DemoAccount", "accounts_for_profile", "demo_accounts"]

# A profile setting that only ``tutorclient demo`` writes.
DEMO_SETTING = "demo_profile"


@dataclass(frozen=True)
class DemoAccount:
    """A demo user as the demo's lock screen lists it."""

    username: str
    display_name: str
    role: str
    password: str


def demo_accounts() -> list[DemoAccount]:
    """The demo's users with their roles and passwords, from resources/demo/users.toml."""
    from sync.demo_data import load_demo_users

    return [DemoAccount(u.username, u.display_name, u.role, u.password) for u in load_demo_users()]


def accounts_for_profile(profile: Any) -> list[DemoAccount]:
    """The demo accounts for the demo's profile; none for any other profile."""
    return demo_accounts() if profile.setting(DEMO_SETTING, False) else []
