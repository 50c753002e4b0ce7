"""The data rules of a profile: automatic sync, caps, files on metered links; and,
for a shared computer, how long it may sit unused before the screen locks.

A coordinator sets them once per laptop, from the sync panel.
:meth:`tutorclient.ui.autosync.AutoSync.save_settings` keeps them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tutorclient.connectivity import DataSettings

from ..widgets import named


class DataSettingsDialog(QDialog):
    """The profile's data rules; a coordinator sets them once per laptop."""

    saved = Signal(object)  # DataSettings
    lock_saved = Signal(int)  # idle seconds before the screen locks; 0: never

    def __init__(self, settings: DataSettings, parent: QWidget | None = None,
                 lock_after_s: int | None = None) -> None:
        super().__init__(parent)
        named(self, "dataSettingsDialog", self.tr("Data settings"))
        self.setWindowTitle(self.tr("Data settings"))
        self._settings = settings
        self.auto = named(QCheckBox(self.tr("Sync automatically when the server can be reached")),
                           "autoSyncCheck", self.tr("Sync automatically"))
        self.auto.setChecked(settings.auto_sync)
        self.every = named(QSpinBox(minimum=5, maximum=24 * 60, suffix=self.tr(" min")),
                            "periodicMinutes", self.tr("Sync every"))
        self.every.setValue(settings.periodic_minutes)
        self.daily = self._mb_box("dailyCapMb", self.tr("Daily data limit"), settings.daily_cap_mb)
        self.monthly = self._mb_box("monthlyCapMb", self.tr("Monthly data limit"), settings.monthly_cap_mb)
        self.ask_over = self._mb_box("askOverMb", self.tr("Ask before files over"), settings.ask_over_mb)
        self.files_metered = named(QCheckBox(self.tr("Download images and files on metered connections")),
                                    "filesOnMeteredCheck", self.tr("Files on metered connections"))
        self.files_metered.setChecked(settings.files_on_metered)
        self.always_metered = named(
            QCheckBox(self.tr("Treat every connection as metered (satellite, paid modem)")),
            "alwaysMeteredCheck", self.tr("Always metered"))
        self.always_metered.setChecked(settings.always_metered)
        form = QFormLayout()
        form.addRow(self.auto)
        form.addRow(self.tr("Sync every"), self.every)
        form.addRow(self.tr("Daily limit (0 = none)"), self.daily)
        form.addRow(self.tr("Monthly limit (0 = none)"), self.monthly)
        form.addRow(self.tr("Ask before files over (0 = never)"), self.ask_over)
        form.addRow(self.files_metered)
        form.addRow(self.always_metered)
        self._lock_after_s = lock_after_s
        self.lock_minutes = named(QSpinBox(minimum=0, maximum=8 * 60, suffix=self.tr(" min")),
                                  "lockAfterMinutes", self.tr("Lock the screen after minutes unused"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setToolTip(self.tr("On a shared computer, the screen locks after this long "
                                     "without use; the password opens it again."))
        if lock_after_s is not None:
            self.lock_minutes.setValue(round(lock_after_s / 60))
            heading = named(QLabel(self.tr("<b>Shared computer</b>")), "sharedComputerHeading",
                            self.tr("Shared computer"))
            form.addRow(heading)
            form.addRow(self.tr("Lock the screen after (0 = never)"), self.lock_minutes)
        else:
            self.lock_minutes.hide()
        buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel),
                         "dataSettingsButtons", self.tr("Save or cancel"))
        named(buttons.button(QDialogButtonBox.StandardButton.Save), "dataSettingsSave", self.tr("Save"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "dataSettingsCancel",
               self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _mb_box(name: str, accessible: str, value: float | None) -> QDoubleSpinBox:
        box = named(QDoubleSpinBox(minimum=0, maximum=100_000, decimals=1,
                                   suffix=QCoreApplication.translate("DataSettingsDialog", " MB")),
                     name, accessible)
        box.setValue(value or 0)
        return box

    def settings(self) -> DataSettings:
        return replace(self._settings, auto_sync=self.auto.isChecked(),
                       periodic_minutes=self.every.value(),
                       daily_cap_mb=self.daily.value() or None,
                       monthly_cap_mb=self.monthly.value() or None,
                       ask_over_mb=self.ask_over.value() or None,
                       files_on_metered=self.files_metered.isChecked(),
                       always_metered=self.always_metered.isChecked())

    def lock_after(self) -> int:
        """The idle seconds chosen (0: never lock)."""
        return self.lock_minutes.value() * 60

    def accept(self) -> None:
        self.saved.emit(self.settings())
        if self._lock_after_s is not None and self.lock_after() != self._lock_after_s:
            self.lock_saved.emit(self.lock_after())
        super().accept()


__all__ = ["DataSettingsDialog"]
