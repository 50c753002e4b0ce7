"""Fixtures every test shares: an isolated home, an in-memory keyring, Qt wait limits,
and a live seeded server on loopback with clients and the network simulator."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from sync.netsim import NetSim
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server
from sync.server.testing_backends import MotoS3, PgCluster, pg_missing
from sync.server.testing_backends import moto_s3 as start_moto, pg_cluster as start_pg
from backends import blob_settings, db_settings
from tutorclient.session import Profile

# One limit for every pytest-qt wait, so a hung signal fails the test instead
# of the whole run; CI machines may raise it through the environment.
WAIT_TIMEOUT_MS = int(os.environ.get("TUTORCLIENT_TEST_WAIT_MS", "15000"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12 on Python 3.11 miscounts references to None/True; the app's
# guard must be in place before pytest-qt's first Qt call, not just the app's.
import tutorclient.ui.qtfix  # noqa: F401

# Every demo user's password is "demo-" + the username (resources/demo/users.toml).
DEMO_PASSWORDS = {name: f"demo-{name}" for name in
                  ("amina", "yusuf", "khadra", "dr.sarah", "dr.omar", "coord.hodan", "admin")}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends (headless Linux has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point TUTORCLIENT_HOME and every XDG directory at a fresh temporary folder."""
    home = tmp_path / "home"
    for var, sub in [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ]:
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    os.chmod(home / "runtime", 0o700)
    monkeypatch.setenv("TUTORCLIENT_HOME", str(home / "tutorclient"))
    return home / "tutorclient"


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Install an in-memory keyring for the test, then restore the previous one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def profile_dir(tmp_home: Path) -> Path:
    """A fresh profile directory under the temporary home."""
    path = tmp_home / "profiles" / "test"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def demo_passwords() -> dict[str, str]:
    """Every demo user's password, by username, for tests that sign in by hand."""
    return dict(DEMO_PASSWORDS)


# -- a live seeded server --------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throwaway PostgreSQL cluster for the session (skips where it cannot run)."""
    why = pg_missing()
    if why:
        pytest.skip(why)
    with start_pg() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def moto_s3() -> Iterator[MotoS3]:
    """moto's S3 server on loopback for the session; each server gets its own bucket."""
    pytest.importorskip("moto", reason="moto[server] is part of the test extra")
    with start_moto() as s3:
        yield s3


@pytest.fixture
def server_settings(tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    settings = Settings(data_dir=tmp_path / "server", argon2_profile="test",
                        **db_settings(request), **blob_settings(request))
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


def pytest_configure(config: pytest.Config) -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pragma: no cover - pytest-qt is part of the test extra
        return
    for name in ("waitSignal", "waitSignals", "waitUntil", "waitCallback", "waitExposed", "waitActive"):
        original = getattr(QtBot, name)
        if getattr(original, "_tutorclient_wrapped", False):
            continue

        @functools.wraps(original)
        def wrapper(self, *args, __original=original, **kwargs):  # type: ignore[no-untyped-def]
            kwargs.setdefault("timeout", WAIT_TIMEOUT_MS)
            return __original(self, *args, **kwargs)

        wrapper._tutorclient_wrapped = True  # type: ignore[attr-defined]
        setattr(QtBot, name, wrapper)
