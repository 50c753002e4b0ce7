"""App updates for the installed bundle: when to check, what it costs, and staging.

The machinery (TUF verification, patches, the start-time switch) is in
``sync.release``; this module adds the app's rules:

* a check runs only on the network, never past the data caps
  (:func:`may_check`), and what it downloads is charged to them;
* the update is offered with its version, notes and download size, and only
  staged after the user agreed (the UI asks: tutorclient/ui/update_dialog.py);
* it installs at the next start (``sync.release.launcher`` runs from the
  frozen entry point, installer/tutorclient_entry.py).

A source checkout is not a bundle: :func:`installed_bundle` is ``None`` there and
nothing is checked.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sync.release import launcher, manifest
from sync.release.client import Offer, UpdateClient, UpdateRefused
from tutorclient.connectivity import DataSettings, Usage
from tutorclient.paths import app_home
from tutorclient.store import Store

#: Where build_installer.py puts the channel's trust anchor (``--update-root``).
ROOT_IN_BUNDLE = Path(manifest.ROOT_IN_BUNDLE)
UPDATES_PATH = "/v1/updates"


def installed_bundle() -> Path | None:
    """The folder of the running bundle (``TutorClient/``), or None for a source install."""
    if not getattr(sys, "frozen", False):
        return None
    program = Path(sys.executable).resolve()
    if sys.platform == "darwin":  # TutorClient.app/Contents/MacOS/tutorclient
        return program.parents[2]
    return program.parent


def trusted_root(bundle: Path) -> bytes | None:
    path = bundle / ROOT_IN_BUNDLE
    return path.read_bytes() if path.is_file() else None


def may_check(settings: DataSettings, spent: Usage, *, online: bool, metered: bool) -> str:
    """Why not to check now ("" when a check may run): offline, or a data cap is used up."""
    if not online:
        return "offline"
    if (settings.always_metered or metered) and not settings.files_on_metered:
        return "metered connection: files wait (data settings)"
    if settings.daily_cap and spent.today >= settings.daily_cap:
        return "today's data limit is used up"
    if settings.monthly_cap and spent.month >= settings.monthly_cap:
        return "this month's data limit is used up"
    return ""


def fits_caps(settings: DataSettings, spent: Usage, download_bytes: int) -> bool:
    """Whether downloading ``download_bytes`` stays within what the caps leave."""
    left = [cap - used for cap, used in ((settings.daily_cap, spent.today),
                                         (settings.monthly_cap, spent.month)) if cap]
    return not left or download_bytes <= min(left)


@dataclass
class UpdateCheck:
    """What a check found: an offer, or why there is none (``reason``, plain words)."""

    offer: Offer | None
    reason: str = ""
    refused: bool = False


def update_client(server_url: str, bundle: Path, root: bytes, session=None) -> UpdateClient:
    source = server_url.rstrip("/") + UPDATES_PATH
    return UpdateClient(source, bundle, app_home() / "updates", root, session=session)


def usb_client(folder: Path, bundle: Path, root: bytes) -> UpdateClient:
    """A channel copy on a USB stick (``tutorclient-server release usb``)."""
    return UpdateClient(folder, bundle, app_home() / "updates", root)


def check(client: UpdateClient) -> UpdateCheck:
    """Check the channel; a refusal (tampered, older, other platform) is reported, not raised."""
    try:
        offer = client.check(launcher.refused_versions(client.bundle))
    except UpdateRefused as exc:
        return UpdateCheck(None, str(exc), refused=True)
    return UpdateCheck(offer, "" if offer else "up to date")


def record_download(store: Store, bytes_down: int, started: datetime) -> None:
    """Charge an update's bytes to the data caps, as a network pass of stage "app update"."""
    if not bytes_down:
        return
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    with store.write() as db:
        db.execute("INSERT INTO sync_history (started_at, finished_at, result, stage, bytes_down, "
                   "via) VALUES (?, ?, 'ok', 'app update', ?, 'network')",
                   [started.astimezone(UTC).strftime(fmt), datetime.now(UTC).strftime(fmt),
                    bytes_down])


def last_switch(bundle: Path | None) -> dict | None:
    """The launcher's most recent switch (to tell the user "updated" or "rolled back")."""
    entries = launcher.history(bundle) if bundle else []
    return entries[-1] if entries else None


def check_now(store: Store, server: str, bundle: Path, *, metered: bool,
              session=None) -> tuple[UpdateCheck, UpdateClient | None]:
    """One check after a good network pass: within the caps, bytes charged to them."""
    from tutorclient.connectivity import load_data_settings, usage

    root = trusted_root(bundle)
    if root is None:
        return UpdateCheck(None, "this bundle has no update channel"), None
    settings, spent = load_data_settings(store), usage(store)
    why_not = may_check(settings, spent, online=True, metered=metered)
    if why_not:
        return UpdateCheck(None, why_not), None
    client = update_client(server, bundle, root, session)
    started = datetime.now(UTC)
    try:
        found = check(client)
    finally:
        record_download(store, client.bytes_down, started)
    if found.offer and not fits_caps(settings, usage(store), found.offer.download_bytes):
        return UpdateCheck(None, "the update is bigger than what the data limits leave"), None
    return found, client


def stage(store: Store | None, client: UpdateClient, offer: Offer) -> Path:
    """Download and stage an accepted offer (it installs at the next start)."""
    started, before = datetime.now(UTC), client.bytes_down
    try:
        return client.stage(offer)
    finally:
        if store is not None:
            record_download(store, client.bytes_down - before, started)
