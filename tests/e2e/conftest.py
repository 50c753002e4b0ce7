"""A live, seeded server on loopback, clients on real profiles, and the network simulator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sync.netsim import NetSim
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server
from tutorclient.session import Profile

# Every demo user's password is "demo-" + the username (resources/demo/users.toml).
DEMO_PASSWORDS = {name: f"demo-{name}" for name in
                  ("amina", "yusuf", "khadra", "dr.sarah", "dr.omar", "coord.hodan", "admin")}


@pytest.fixture
def server_settings(tmp_path: Path) -> Settings:
    settings = Settings(data_dir=tmp_path / "server", argon2_profile="test")
    settings.ensure_dirs()
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    admin.close()
    return settings


@pytest.fixture
def server(server_settings: Settings) -> Iterator[str]:
    with run_server(server_settings.data_dir, settings=server_settings) as url:
        yield url


@pytest.fixture
def netsim(server: str) -> Iterator[NetSim]:
    host, port = server.removeprefix("http://").split(":")
    with NetSim((host, int(port)), profile="none", seed=1) as sim:
        yield sim


@pytest.fixture
def make_client(tmp_home: Path) -> Iterator[Callable[..., Profile]]:
    opened: list[Profile] = []

    def make(username: str, url: str, device: str | None = None) -> Profile:
        profile = Profile(tmp_home / "profiles" / (device or username))
        profile.login(url, username, DEMO_PASSWORDS[username])
        opened.append(profile)
        return profile

    yield make
    for p in opened:
        p.close()
