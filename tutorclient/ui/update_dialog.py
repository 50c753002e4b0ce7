"""App updates in the UI: ask before installing, and say what happened at the last start.

:class:`AppUpdates` checks once per session, after a sync pass that reached the
server (so only when online), through :func:`tutorclient.appupdate.check_now`
(which keeps within the data caps) on the network lane. A newer release opens
:class:`UpdateDialog`: version, what changed, download size. "Install at next
start" downloads and stages it (again on the network lane); the launcher
installs it at the next start and rolls it back if its self-test fails.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sync.release.client import Offer
from tutorclient import appupdate

from .operations import SyncOp
from .widgets import named

log = logging.getLogger(__name__)


def size_text(n: int) -> str:
    """A download size in words a trainee paying per megabyte reads at a glance."""
    if n < 1_000_000:
        kb = max(1, round(n / 1000))
        return QCoreApplication.translate("UpdateDialog", "%n KB", "", kb)
    megabytes = QLocale().toString(n / 1e6, "f", 1)  # Arabic-Indic digits in Arabic
    return QCoreApplication.translate("UpdateDialog", "%1 MB").replace("%1", megabytes)


def switch_text(entry: dict[str, Any] | None, running: str) -> str:
    """What the launcher did at this start, for a notice ("" when nothing happened now)."""
    if not entry or entry.get("result") not in ("updated", "rolled back"):
        return ""
    if entry["result"] == "updated" and entry["version"] == running:
        return QCoreApplication.translate(
            "UpdateDialog", "TutorClient was updated to version %1.").replace("%1", running)
    if entry["result"] == "rolled back":
        return QCoreApplication.translate(
            "UpdateDialog", "The update to version %1 did not pass its check, so TutorClient "
            "went back to version %2. Nothing was lost.").replace("%1", entry["version"]) \
            .replace("%2", entry["previous"])
    return ""


class UpdateDialog(QDialog):
    """Says what a new version changes and what it costs; asks before installing."""

    def __init__(self, offer: Offer, installed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "updateDialog", self.tr("A new version of TutorClient"))
        self.setWindowTitle(self.tr("A new version of TutorClient"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = self.tr("Version %1 is ready (you have %2).").replace("%1", offer.version) \
            .replace("%2", installed)
        self.heading = self._label(heading, "updateHeading")
        self.heading.setStyleSheet("font-weight: 600;")
        notes = offer.notes or self.tr("Fixes and improvements.")
        self.notes = self._label(notes, "updateNotes")
        cost = self.tr("Download: %1, %n file(s) changed.", "", offer.files_changed) \
            .replace("%1", size_text(offer.download_bytes))
        self.cost = self._label(cost, "updateSize")
        self.when = self._label(self.tr("It installs the next time you start TutorClient. If it "
                                        "does not work, TutorClient goes back to this version "
                                        "by itself."), "updateWhen")
        for label in (self.heading, self.notes, self.cost, self.when):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.later_button = named(QPushButton(self.tr("Not now")), "updateLaterButton",
                                  self.tr("Not now"))
        self.install_button = named(QPushButton(self.tr("Install at next start")),
                                    "updateInstallButton", self.tr("Install at next start"))
        self.install_button.setDefault(True)
        self.later_button.clicked.connect(self.reject)
        self.install_button.clicked.connect(self.accept)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.install_button)
        layout.addLayout(buttons)

    def _label(self, text: str, name: str) -> QLabel:
        label = named(QLabel(text), name, text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label


class AppUpdates(QObject):
    """Once per session, after a pass that reached the server: check, ask, stage."""

    checked = Signal(object)  # appupdate.UpdateCheck
    staged = Signal(object)  # the staged folder, or the exception that stopped it

    def __init__(self, ctx: Any, bundle: Path | None, parent: QObject | None = None,
                 *, window: QWidget | None = None,
                 metered: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.ctx, self.bundle, self.window, self.metered = ctx, bundle, window, metered
        self.done = False
        if bundle is not None:
            ctx.sync_finished.connect(self._sync_finished)

    @Slot(object)
    def _sync_finished(self, outcome: object) -> None:
        if self.done or isinstance(outcome, BaseException) or not self.ctx.profile.server:
            return
        self.done = True
        self.check()

    def check(self) -> None:
        store, server, bundle = self.ctx.store, self.ctx.profile.server, self.bundle
        metered = self.metered()

        def work() -> tuple[appupdate.UpdateCheck, Any]:
            return appupdate.check_now(store, server, bundle, metered=metered)

        SyncOp(self, work, self._checked, context="update", label="check for app updates") \
            .failure(lambda exc: log.info("update check failed: %s", exc)).run()

    def _checked(self, result: tuple[appupdate.UpdateCheck, Any]) -> None:
        found, client = result
        self.checked.emit(found)
        if found.refused:
            log.warning("update refused: %s", found.reason)
        if found.offer is None or client is None:
            return
        dialog = UpdateDialog(found.offer, client.installed, self.window)
        dialog.accepted.connect(lambda: self.install(client, found.offer))
        dialog.open()

    def install(self, client: Any, offer: Offer) -> None:
        store = self.ctx.store
        SyncOp(self, lambda: appupdate.stage(store, client, offer), self.staged.emit,
               context="update", label="download the app update") \
            .failure(self.staged.emit).run()
