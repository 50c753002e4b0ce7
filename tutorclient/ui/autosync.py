"""Automatic sync: find out when the server is really reachable, and sync then, on a
schedule, and shortly after local changes, within the profile's data rules.

* Qt's ``QNetworkInformation`` is a **hint** only (it may be missing headless, and
  "online" says nothing of a captive portal or a dead satellite hop). A hint makes
  :class:`AutoSync` probe soon; the probe (``tutorclient.connectivity.probe``, an
  empty ``204`` from ``/healthz``) decides.
* While offline the probes back off exponentially with jitter (15 s, 30 s, … 15 min):
  a trainee's paid link never carries a probe storm. A user action (Sync now,
  Check now) or a reachability hint starts the schedule over.
* When the server becomes reachable, AutoSync syncs; then every ``periodic_minutes``
  while online; and after local changes (``ChangeHub.changed`` with ``outbox``),
  after a quiet ``batch_delay_s`` (each change restarts it, never past ``batch_max_s``),
  so five quick replies go in one pass.
* Each automatic pass is planned by ``connectivity.plan_sync``: text only on a metered
  link unless allowed, no files over the "ask" size, and nothing at all once the day's
  or month's cap is spent (the Sync panel says so; Sync now still works, after a question).

Every store read runs on the parallel lane; this object only holds timers and state.
:class:`DataSettingsDialog` (``views/data_settings.py``) edits the rules; :meth:`AutoSync.save_settings` keeps them.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot, QCoreApplication

from sync.errors import AuthError, NetworkError, ProtocolVersionError
from tutorclient import connectivity
from tutorclient.changes import Changes
from tutorclient.connectivity import Backoff, DataSettings, Plan, ProbeResult, Usage

from .context import OFFLINE, ONLINE, AppContext
from .operations import QueryOp, WriteOp

if TYPE_CHECKING:
    from sync.engine import Summary

log = logging.getLogger(__name__)

REASON_REACHABLE = "reachable"  # the server came back
REASON_PERIODIC = "periodic"
REASON_CHANGES = "changes"  # local work waits in the outbox
REASON_SETTINGS = "settings"


@dataclass(frozen=True)
class Timing:
    """Intervals in seconds; tests shorten them."""

    probe_base_s: float = connectivity.BACKOFF_BASE_S
    probe_cap_s: float = connectivity.BACKOFF_CAP_S
    probe_jitter: float = connectivity.BACKOFF_JITTER
    probe_timeout_s: float = connectivity.PROBE_TIMEOUT_S
    hint_delay_s: float = 2.0  # let a link that just came up settle before probing
    batch_delay_s: float = 20.0
    batch_max_s: float = 120.0
    periodic_s: float | None = None  # None: the profile's periodic_minutes


@dataclass(frozen=True)
class AutoSyncStatus:
    """What the Sync panel shows about automatic sync."""

    running: bool = False
    reachable: bool | None = None  # None: not probed yet
    probe_reason: str = ""
    metered: bool = False
    next_probe_at: float | None = None  # time.monotonic() of the next probe, while offline
    next_sync_at: float | None = None  # of the next periodic pass, while online
    paused: str = ""  # why automatic sync will not run, in plain language
    notes: tuple[str, ...] = ()  # what the last planned pass leaves out
    usage: Usage = field(default_factory=Usage)
    settings: DataSettings = field(default_factory=DataSettings)


_instances: weakref.WeakKeyDictionary[AppContext, AutoSync] = weakref.WeakKeyDictionary()


def autosync_for(ctx: AppContext) -> AutoSync | None:
    """The AutoSync made for ``ctx``, if any (the Sync page finds it this way)."""
    return _instances.get(ctx)


def _ms(seconds: float) -> int:
    return max(0, int(seconds * 1000))


class AutoSync(QObject):
    """Probes, schedules and starts automatic syncs for one :class:`AppContext`."""

    status_changed = Signal(object)  # AutoSyncStatus
    probed = Signal(bool)  # reachable
    auto_sync_started = Signal(str)  # REASON_*
    auto_sync_skipped = Signal(str)  # the plain-language reason

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 timing: Timing | None = None, use_network_information: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("autoSync")
        self.ctx = ctx
        self.timing = timing or Timing()
        self.metered_override: bool | None = None  # tests; headless Qt cannot be metered
        self._use_netinfo = use_network_information
        self._netinfo: Any = None
        self.backoff = Backoff(self.timing.probe_base_s, self.timing.probe_cap_s,
                               self.timing.probe_jitter)
        self.status = AutoSyncStatus()
        self._running = False
        self._probing = False
        self._last_probe = 0.0
        self._blocked = ""  # sign in again / update needed: no automatic sync until then
        self._auto_pass = False  # the running sync is one we started
        self._again = False  # a pass was wanted while another ran
        self._batch_started: float | None = None
        self._probe_timer = self._timer(self.probe_now)
        self._periodic_timer = self._timer(lambda: self.request_sync(REASON_PERIODIC))
        self._batch_timer = self._timer(self._batch_due)
        _instances[ctx] = self

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # -- life cycle -----------------------------------------------------------------------

    def start(self, *, watch_network_later: bool = False) -> None:
        """Begin watching: probe now, then follow the schedule.

        ``watch_network_later``: load the system's network hints (QtNetwork and
        its backend) in a later turn of the event loop, not in this one: the
        app starts this just after its window, maybe while a sync runs."""
        if self._running:
            return
        from tutorclient.diagnostics import recent_log

        recent_log()  # the diagnostics export then has the probes' and syncs' log lines
        self._running = True
        self.ctx.sync_finished.connect(self._sync_finished)
        self.ctx.hub.changed.connect(self._changed)
        if watch_network_later:
            QTimer.singleShot(0, self._watch_network)
        else:
            self._watch_network()
        self._set_status(running=True)
        self.refresh()
        self.probe_now()

    def stop(self) -> None:
        """Stop every timer; a probe or plan in flight is ignored when it returns."""
        if not self._running:
            return
        self._running = False
        for timer in (self._probe_timer, self._periodic_timer, self._batch_timer):
            timer.stop()
        self.ctx.sync_finished.disconnect(self._sync_finished)
        self.ctx.hub.changed.disconnect(self._changed)
        if self._netinfo is not None:
            self._netinfo.reachabilityChanged.disconnect(self._hinted)
            self._netinfo.isMeteredChanged.disconnect(self._metered_changed)
            self._netinfo = None  # start() watches it again
        self._set_status(running=False, next_probe_at=None, next_sync_at=None)

    @property
    def running(self) -> bool:
        return self._running

    # -- the system's hint ----------------------------------------------------------------

    @Slot()
    def _watch_network(self) -> None:
        if not self._use_netinfo or not self._running or self._netinfo is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
                log.info("no network information backend: probing only")
                return
            self._netinfo = QNetworkInformation.instance()
        except (ImportError, RuntimeError):
            log.info("network information unavailable: probing only", exc_info=True)
            return
        if self._netinfo is None:
            return
        self._netinfo.reachabilityChanged.connect(self._hinted)
        self._netinfo.isMeteredChanged.connect(self._metered_changed)

    @property
    def metered(self) -> bool:
        """The system's (or the test's) word on whether this link costs per byte."""
        if self.metered_override is not None:
            return self.metered_override
        if self._netinfo is not None:
            try:
                return bool(self._netinfo.isMetered())
            except RuntimeError:
                return False
        return False

    @Slot(object)
    def _hinted(self, reachability: object) -> None:
        log.info("network hint: %s", reachability)
        if not self._running or self.ctx.syncing:
            return
        self.backoff.reset()
        # A flapping adapter sends many hints: at most one probe per base interval.
        gap = self.timing.probe_base_s - (time.monotonic() - self._last_probe)
        self._schedule_probe(max(self.timing.hint_delay_s, gap))

    @Slot(bool)
    def _metered_changed(self, _metered: bool) -> None:
        self._set_status(metered=self.metered)

    # -- probing --------------------------------------------------------------------------

    @Slot()
    def check_now(self) -> None:
        """The user asked: start the schedule over and probe at once."""
        self.backoff.reset()
        self.probe_now()

    @Slot()
    def probe_now(self) -> None:
        server = self.ctx.profile.server
        if not self._running or self._probing or self.ctx.syncing or not server:
            return
        self._probe_timer.stop()
        self._probing = True
        self._last_probe = time.monotonic()
        ca, timeout = self.ctx.profile.setting("ca_bundle"), self.timing.probe_timeout_s
        QueryOp(self, lambda: connectivity.probe(server, ca, timeout), self._probed,
                label="connection check", hub=self.ctx.hub) \
            .failure(lambda exc: self._probed(ProbeResult(False, connectivity.NO_ANSWER, str(exc)))) \
            .run()

    def _probed(self, result: ProbeResult) -> None:
        self._probing = False
        if not self._running:
            return
        log.info("probe: %s %s", result.reason, result.detail)
        was_reachable = self.status.reachable
        self.ctx.set_connection(ONLINE if result.reachable else OFFLINE)
        self._set_status(reachable=result.reachable, probe_reason=result.reason)
        self.probed.emit(result.reachable)
        if result.reachable:
            self._set_status(next_probe_at=None)
            if self.ctx.syncing:
                return
            if not was_reachable:
                self.request_sync(REASON_REACHABLE)
            elif not self._periodic_timer.isActive():
                self._schedule_periodic()  # a hint's re-check while online: no extra pass
        elif not self.ctx.syncing:
            self._schedule_probe(self.backoff.next_delay())

    def _schedule_probe(self, delay_s: float) -> None:
        if not self._running or self._blocked:
            return
        self._periodic_timer.stop()
        self._probe_timer.start(_ms(delay_s))
        self._set_status(next_probe_at=time.monotonic() + delay_s, next_sync_at=None)

    # -- syncing ---------------------------------------------------------------------------

    def request_sync(self, reason: str) -> None:
        """Plan an automatic pass (on the lane) and start it if the data rules allow."""
        if not self._running or self._blocked:
            return
        if self.ctx.syncing:
            self._again = True
            return
        self._plan(manual=False, done=lambda result: self._start_planned(result, reason))

    def plan_manual(self, done: Callable[[Plan], None], *, allow_large: bool = False) -> None:
        """Plan a pass the user asked for; ``done(plan)`` runs on the UI thread."""
        self._plan(manual=True, allow_large=allow_large, done=lambda result: done(result[2]))

    def _plan(self, *, manual: bool, done: Callable[[tuple[DataSettings, Usage, Plan]], None],
              allow_large: bool = False) -> None:
        store, blobs, metered = self.ctx.store, self.ctx.blobs, self.metered

        def work() -> tuple[DataSettings, Usage, Plan]:
            return connectivity.plan_now(store, blobs, metered=metered, manual=manual,
                                         allow_large=allow_large)

        QueryOp(self, work, done, context="sync", label="sync plan", hub=self.ctx.hub).run()

    def _start_planned(self, result: tuple[DataSettings, Usage, Plan], reason: str) -> None:
        settings, spent, plan = result
        self._set_status(settings=settings, usage=spent, paused=plan.reason, notes=plan.notes,
                         metered=self.metered)
        if not self._running:
            return
        if plan.options is None:
            log.info("automatic sync (%s) skipped: %s", reason, plan.reason)
            self.auto_sync_skipped.emit(plan.reason)
            self._schedule_periodic()  # look again later: midnight, a new month, new settings
            return
        if self.ctx.start_sync(plan.options):
            self._auto_pass = True
            self._periodic_timer.stop()
            self._set_status(next_sync_at=None, next_probe_at=None)
            log.info("automatic sync started (%s)", reason)
            self.auto_sync_started.emit(reason)
        else:
            self._again = True

    def _schedule_periodic(self) -> None:
        if not self._running or self._blocked or self.status.reachable is False:
            return
        seconds = self.timing.periodic_s
        if seconds is None:
            seconds = max(1, self.status.settings.periodic_minutes) * 60.0
        self._periodic_timer.start(_ms(seconds))
        self._set_status(next_sync_at=time.monotonic() + seconds)

    @Slot(object)
    def _sync_finished(self, outcome: Summary | BaseException) -> None:
        from sync.engine import Summary

        by_us, self._auto_pass = self._auto_pass, False
        if isinstance(outcome, Summary):
            self._blocked = ""
            self.backoff.reset()
            self._set_status(reachable=True, paused="")
        elif isinstance(outcome, AuthError):
            self._blocked = QCoreApplication.translate("AutoSync", "Automatic sync waits until you sign in again.")
        elif isinstance(outcome, ProtocolVersionError):
            self._blocked = QCoreApplication.translate("AutoSync", "Automatic sync is off until TutorClient is updated.")
        self.refresh()
        if self._blocked and not isinstance(outcome, Summary):
            self._probe_timer.stop()
            self._periodic_timer.stop()
            self._set_status(paused=self._blocked, next_probe_at=None, next_sync_at=None)
            return
        if isinstance(outcome, NetworkError):
            if not by_us:
                self.backoff.reset()  # the user pressed Sync now: a fresh schedule
            self._set_status(reachable=False)
            self._schedule_probe(self.backoff.next_delay())
            return
        if self._again:
            self._again = False
            self._start_batch()
        self._schedule_periodic()

    # -- local changes ------------------------------------------------------------------------

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.settings:
            self.refresh()
        # sync_status notices come from sync passes themselves (they set outbox too).
        if changes.outbox and not changes.sync_status:
            self._start_batch()

    def _start_batch(self) -> None:
        now = time.monotonic()
        if self._batch_started is None:
            self._batch_started = now
        left = self.timing.batch_max_s - (now - self._batch_started)
        self._batch_timer.start(_ms(min(self.timing.batch_delay_s, max(0.0, left))))

    @Slot()
    def _batch_due(self) -> None:
        self._batch_started = None
        if self.status.reachable is False:
            return  # the pass when the server comes back sends it
        self.request_sync(REASON_CHANGES)

    # -- settings and status ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the data settings and today's and this month's usage."""
        store = self.ctx.store

        def work() -> tuple[DataSettings, Usage]:
            return connectivity.load_data_settings(store), connectivity.usage(store)

        QueryOp(self, work, lambda r: self._set_status(settings=r[0], usage=r[1],
                                                       metered=self.metered),
                label="data usage", hub=self.ctx.hub).run()

    def save_settings(self, settings: DataSettings) -> None:
        """Keep new data settings for this profile; the schedule follows them."""
        store = self.ctx.store

        def work() -> Changes:
            connectivity.save_data_settings(store, settings)
            return Changes.of(settings=True)

        def saved(_changes: Changes) -> None:
            was_paused = bool(self.status.paused) and not self._blocked
            self._set_status(settings=settings)
            if not self._running or not self.status.reachable or self.ctx.syncing:
                return
            if was_paused:
                self.request_sync(REASON_SETTINGS)  # a raised cap lets the waiting pass run
            elif self._periodic_timer.isActive():
                self._schedule_periodic()  # the new interval counts from now

        WriteOp(self, work, saved, context="settings", label="data settings",
                hub=self.ctx.hub).run()

    def _set_status(self, **changes: Any) -> None:
        status = replace(self.status, **changes)
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)


__all__ = [
    "REASON_CHANGES",
    "REASON_PERIODIC",
    "REASON_REACHABLE",
    "AutoSync",
    "AutoSyncStatus",
    "Timing",
    "autosync_for",
]
