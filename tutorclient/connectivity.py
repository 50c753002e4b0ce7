"""Is the server really reachable, when to look again, and how much data syncing may use.

Core module: no Qt. The UI's ``AutoSync`` (``tutorclient.ui.autosync``) runs
:func:`probe` on the network lane and asks :func:`plan_sync` what a pass may do.

* :func:`probe` asks ``/healthz`` (an empty ``204``, about 200 bytes both ways)
  and counts the server as reachable only if that exact answer comes back. A
  captive portal (a hotel or clinic Wi-Fi login page answering ``200`` HTML or
  a redirect), a dead DNS or a silent link all count as offline.
* :class:`Backoff` spaces the probes while offline: ``base``, ``2·base``,
  ``4·base`` … capped, each with jitter, so a laptop on a dead satellite link
  never fires a probe storm, and ten laptops in one clinic never probe in step.
* :class:`DataSettings` are the per-profile data rules a coordinator sets;
  :func:`usage` adds up what ``sync_history`` says was spent today and this
  month; :func:`plan_sync` turns both into the engine ``Options`` of one pass,
  or into a plain-language reason why an automatic pass must not run.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .texts import N_

if TYPE_CHECKING:
    from sync.engine import Options
    from tutorclient.store import BlobCache, Store

HEALTH_PATH = "/healthz"
PROBE_TIMEOUT_S = 8.0  # a 2G link can take seconds to bring up a connection
PROBE_MAX_BODY = 512  # read no more of a wrong answer than this: it may be a large portal page

BACKOFF_BASE_S = 15.0
BACKOFF_CAP_S = 15 * 60.0
BACKOFF_JITTER = 0.2  # each wait is drawn from ±20 % of its nominal value

DATA_SETTINGS_KEY = "data_settings"
MB = 1_000_000

# Why a probe said what it said; AutoSync shows these in the Sync panel's tooltip.
REACHABLE = "reachable"
NO_ANSWER = "no_answer"  # DNS, refused, timed out, reset
NOT_OUR_SERVER = "not_our_server"  # captive portal, proxy page, redirect
SERVER_TROUBLE = "server_trouble"  # our address answered 5xx

__all__ = [
    "HEALTH_PATH",
    "Backoff",
    "DataSettings",
    "Plan",
    "ProbeResult",
    "Usage",
    "large_wanted_blobs",
    "load_data_settings",
    "make_options",
    "plan_now",
    "plan_sync",
    "probe",
    "save_data_settings",
    "stage_text",
    "usage",
]


# -- the probe -------------------------------------------------------------------------


@dataclass(frozen=True)
class ProbeResult:
    reachable: bool
    reason: str  # REACHABLE | NO_ANSWER | NOT_OUR_SERVER | SERVER_TROUBLE
    detail: str = ""


def probe(server: str, ca_bundle: str | None = None,
          timeout_s: float = PROBE_TIMEOUT_S) -> ProbeResult:
    """Ask ``server``'s ``/healthz``; reachable only on an empty ``204``.

    Redirects are not followed: a captive portal redirects every address to
    its login page. Blocks for up to ``timeout_s``; run it on the network lane.
    """
    import requests  # loaded on first use, never at start-up

    from sync import protocol

    url = server.rstrip("/") + HEALTH_PATH
    try:
        with requests.get(url, timeout=timeout_s, allow_redirects=False, stream=True,
                          verify=ca_bundle or True,
                          headers={"User-Agent": protocol.USER_AGENT}) as answer:
            body = answer.raw.read(PROBE_MAX_BODY + 1, decode_content=False)
            status = answer.status_code
    except (requests.RequestException, OSError) as exc:
        return ProbeResult(False, NO_ANSWER, type(exc).__name__)
    if status == 204 and not body:
        return ProbeResult(True, REACHABLE)
    if status >= 500:
        return ProbeResult(False, SERVER_TROUBLE, f"HTTP {status}")
    return ProbeResult(False, NOT_OUR_SERVER, f"HTTP {status}, {len(body)} bytes")


# -- when to probe again ----------------------------------------------------------------


@dataclass
class Backoff:
    """Exponential waits with jitter: ``base · 2**n``, capped; :meth:`reset` starts over."""

    base_s: float = BACKOFF_BASE_S
    cap_s: float = BACKOFF_CAP_S
    jitter: float = BACKOFF_JITTER
    rng: random.Random = field(default_factory=random.Random, repr=False)
    attempt: int = 0

    def nominal(self, attempt: int) -> float:
        """The wait before probe ``attempt + 1``, without jitter."""
        return min(self.cap_s, self.base_s * (2 ** min(attempt, 32)))

    def bounds(self, attempt: int) -> tuple[float, float]:
        """The shortest and longest wait :meth:`next_delay` can return for ``attempt``."""
        n = self.nominal(attempt)
        return n * (1 - self.jitter), n * (1 + self.jitter)

    def next_delay(self) -> float:
        low, high = self.bounds(self.attempt)
        self.attempt += 1
        return self.rng.uniform(low, high)

    def reset(self) -> None:
        self.attempt = 0


# -- data settings and what was spent -----------------------------------------------------


@dataclass(frozen=True)
class DataSettings:
    """Per-profile data rules. ``None`` or ``0`` for a cap means no cap."""

    auto_sync: bool = True
    periodic_minutes: int = 15
    files_on_metered: bool = False  # on a metered connection: text only unless allowed
    always_metered: bool = False  # satellite or a paid modem the system does not know about
    daily_cap_mb: float | None = None
    monthly_cap_mb: float | None = None
    ask_over_mb: float | None = 2.0  # files bigger than this wait for the user's go-ahead

    @property
    def daily_cap(self) -> int | None:
        return int(self.daily_cap_mb * MB) if self.daily_cap_mb else None

    @property
    def monthly_cap(self) -> int | None:
        return int(self.monthly_cap_mb * MB) if self.monthly_cap_mb else None

    @property
    def ask_over(self) -> int | None:
        return int(self.ask_over_mb * MB) if self.ask_over_mb else None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DataSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_data_settings(store: Store) -> DataSettings:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?",
                           [DATA_SETTINGS_KEY]).fetchone()
    return DataSettings.from_dict(json.loads(row[0]) if row else None)


def save_data_settings(store: Store, settings: DataSettings) -> None:
    with store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   [DATA_SETTINGS_KEY, json.dumps(settings.as_dict())])


@dataclass(frozen=True)
class Usage:
    """Bytes that crossed the network for syncing (USB bundles excluded)."""

    today_up: int = 0
    today_down: int = 0
    month_up: int = 0
    month_down: int = 0

    @property
    def today(self) -> int:
        return self.today_up + self.today_down

    @property
    def month(self) -> int:
        return self.month_up + self.month_down


def _utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def usage(store: Store, now: datetime | None = None) -> Usage:
    """What syncing spent since local midnight and since the 1st of this month."""
    local = (now or datetime.now()).astimezone()
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    month = day.replace(day=1)
    row = store.db.execute(
        "SELECT coalesce(sum(CASE WHEN started_at >= :day THEN bytes_up END), 0), "
        "coalesce(sum(CASE WHEN started_at >= :day THEN bytes_down END), 0), "
        "coalesce(sum(bytes_up), 0), coalesce(sum(bytes_down), 0) "
        "FROM sync_history WHERE via = 'network' AND started_at >= :month",
        {"day": _utc_iso(day), "month": _utc_iso(month)}).fetchone()
    return Usage(*row)


#: What the sync page shows of each past pass (columns of ``sync_history``).
HISTORY_KEYS = ("started_at", "finished_at", "result", "pushed", "pulled", "bytes_up", "bytes_down",
                "conflicts", "blobs", "error", "via")


def recent_passes(store: Store, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` sync passes (network and USB), newest first, as dicts of HISTORY_KEYS."""
    cur = store.db.execute(
        f"SELECT {', '.join(HISTORY_KEYS)} FROM sync_history ORDER BY id DESC LIMIT ?", [limit])
    return [dict(zip(HISTORY_KEYS, row)) for row in cur.fetchall()]


#: When the last pass that finished (fully or partly) began. Its start, not its end:
#: the Recent syncs list dates each pass by its start, and a long 2G pass's end time
#: read there as the start of the failed pass that followed it.
LAST_GOOD_SYNC_SQL = ("SELECT started_at FROM sync_history WHERE result IN ('ok', 'partial') "
                      "ORDER BY id DESC LIMIT 1")


def last_good_sync(store: Store) -> str | None:
    """When the last pass that finished (fully or partly) began; None if none has."""
    row = store.db.execute(LAST_GOOD_SYNC_SQL).fetchone()
    return row[0] if row else None


def large_wanted_blobs(store: Store, blobs: BlobCache, over: int) -> list[tuple[str, int]]:
    """Files a sync would download that still need more than ``over`` bytes: (sha256, bytes left)."""
    from .syncstore import ProfileSyncStore

    wanted = ProfileSyncStore(store, blobs).wanted_blobs(100_000)
    left = [(w.sha256, (w.size or 0) - blobs.partial_offset(w.sha256)) for w in wanted]
    return [(sha, n) for sha, n in left if n > over]


# -- one pass's plan ------------------------------------------------------------------------


def make_options(*, text_only: bool = False, max_bytes: int | None = None,
                 max_blob_bytes: int | None = None) -> Options:
    from sync.engine import Options

    return Options(text_only=text_only, max_bytes=max_bytes, max_blob_bytes=max_blob_bytes)


def mb_text(n: float) -> str:
    """An amount as a user reads it: "123 KB" under a megabyte, "20.3 MB" from one up."""
    if n <= 0:
        return "0 KB"
    kb = max(1, round(n / 1000))
    return f"{n / MB:.1f} MB" if kb >= 1000 else f"{kb} KB"


#: What each stage of a sync pass (sync.engine.STAGES) is called wherever users see it:
#: the Sync page's rows and the status bar. The engine's names ("blobs") are jargon.
STAGE_TEXT = {
    "upload": N_("Sending your files"),
    "exchange": N_("Sending your work and receiving updates"),
    "pages": N_("Receiving updates"),
    "update": N_("Updating changed files"),  # deltas against the files this device holds
    "blobs": N_("Downloading images and files"),
    "done": N_("Finishing"),
}


#: The same stages, short, for the status bar's "Syncing: …".
STAGE_SHORT = {"upload": N_("sending files"), "exchange": N_("sending and receiving"),
               "pages": N_("receiving updates"),
               "update": N_("updating changed files"), "blobs": N_("images and files")}


def stage_text(stage: str) -> str:
    """A sync stage in plain words; an unknown one as "Working"."""
    return STAGE_TEXT.get(stage, N_("Working"))


@dataclass(frozen=True)
class Plan:
    """What one pass may do. ``options is None``: do not sync; ``reason`` says why."""

    options: Options | None
    reason: str = ""
    notes: tuple[str, ...] = ()  # what this pass leaves out, in plain language
    over_cap: bool = False  # a manual pass past a cap: ask the user first


def _cap_reached(settings: DataSettings, spent: Usage) -> tuple[str, str]:
    """Which cap is used up, and when automatic sync resumes; ``("", "")`` if none."""
    if settings.daily_cap and spent.today >= settings.daily_cap:
        return (f"today's data limit of {mb_text(settings.daily_cap)} is used up "
                f"({mb_text(spent.today)} so far)", "tomorrow")
    if settings.monthly_cap and spent.month >= settings.monthly_cap:
        return (f"this month's data limit of {mb_text(settings.monthly_cap)} is used up "
                f"({mb_text(spent.month)} so far)", "next month")
    return "", ""


def plan_sync(settings: DataSettings, spent: Usage, *, metered: bool, manual: bool = False,
              large_files: int = 0, allow_large: bool = False) -> Plan:
    """The Options of one pass under ``settings``, or why an automatic pass must not run.

    ``metered`` is what the system (or the user's "always metered") says of the
    current link; ``large_files`` how many wanted files exceed ``ask_over``;
    ``allow_large`` is the user's go-ahead for them.
    """
    metered = metered or settings.always_metered
    cap, resumes = _cap_reached(settings, spent)
    if not manual and not settings.auto_sync:
        return Plan(None, "Automatic sync is off in the data settings. Press Sync now to sync.")
    if cap and not manual:
        return Plan(None, f"Automatic sync is paused: {cap}. Automatic sync starts again "
                          f"{resumes}. You can still press Sync now.")
    notes: list[str] = []
    text_only = metered and not settings.files_on_metered
    if text_only:
        notes.append("Text only: this connection is metered, so images and files wait.")
    max_bytes = None
    if not manual:
        left = [c - used for c, used in ((settings.daily_cap, spent.today),
                                         (settings.monthly_cap, spent.month)) if c]
        max_bytes = min(left) if left else None
    max_blob = None if allow_large else settings.ask_over
    if not text_only and large_files and max_blob is not None:
        notes.append(f"{large_files} large file{'s' * (large_files != 1)} over "
                     f"{mb_text(max_blob)} wait for your go-ahead.")
    return Plan(make_options(text_only=text_only, max_bytes=max_bytes, max_blob_bytes=max_blob),
                reason=f"{cap[:1].upper()}{cap[1:]}." if cap else "",
                notes=tuple(notes), over_cap=bool(cap) and manual)


def plan_now(store: Store, blobs: BlobCache, *, metered: bool, manual: bool,
             allow_large: bool = False) -> tuple[DataSettings, Usage, Plan]:
    """The profile's data rules, what it spent, and the plan of a pass starting now."""
    settings = load_data_settings(store)
    spent = usage(store)
    large = 0
    if settings.ask_over and not allow_large:
        large = len(large_wanted_blobs(store, blobs, settings.ask_over))
    return settings, spent, plan_sync(settings, spent, metered=metered, manual=manual,
                                      large_files=large, allow_large=allow_large)
