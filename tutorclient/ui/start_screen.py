"""The start screen of a shared computer: who is using TutorClient?

Lists the profiles of this home by display name with the time of their last
sync, and offers "Add a user" and "Remove…" (:mod:`.remove_user`). Choosing a profile asks for its password
(:mod:`.lock_screen`) before anything of it is shown. The list comes from
:func:`tutorclient.profiles.list_profiles` on the parallel lane: only each
profile's card is read, never its cases or notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutorclient.languages import LANGUAGES, save_home_language
from tutorclient.paths import profiles_dir
from tutorclient.profiles import ProfileCard, list_profiles
from tutorclient.shared_laptop import finish_removals

from .i18n import apply_language, arg, current_language
from .main_window import when
from .models.base import RowsListModel
from .operations import QueryOp
from .text_size import DEFAULT_FONT

_Index = QModelIndex | QPersistentModelIndex

ProfileDirRole = Qt.ItemDataRole.UserRole + 1
UsernameRole = Qt.ItemDataRole.UserRole + 2
LastSyncRole = Qt.ItemDataRole.UserRole + 3


class ProfilesModel(RowsListModel):
    """One row per profile: the display name, then who and when it last synced."""

    def set_rows(self, rows: list[ProfileCard]) -> None:
        self._replace_rows(list(rows))

    def card(self, row: int) -> ProfileCard:
        return self._rows[row]

    def row_data(self, card: ProfileCard, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{card.display_name}\n{self.detail(card)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.display_name}, {self.detail(card)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.server or ""
        if role == ProfileDirRole:
            return str(card.dir)
        if role == UsernameRole:
            return card.username
        if role == LastSyncRole:
            return card.last_sync
        return None

    @staticmethod
    def detail(card: ProfileCard) -> str:
        who = card.username or QCoreApplication.translate("StartScreen", "not signed in yet")
        return arg(QCoreApplication.translate("StartScreen", "%1 · last sync %2"), who,
                   when(card.last_sync))


class StartScreen(QWidget):
    """Choose a profile, or add a user."""

    profile_chosen = Signal(object)  # Path of the profile folder
    add_user_requested = Signal()
    profiles_loaded = Signal(int)
    remove_dialog_opened = Signal(object)  # the RemoveUserDialog
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, root: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setMinimumSize(640, 520)
        self.root = root
        # No profile is open here: one text size on every visit, whatever the last
        # profile chose (a style sheet's sizes do not follow the application font).
        self.setStyleSheet(
            f"QWidget {{ font-size: {DEFAULT_FONT:g}pt; }}"
            f"QLabel#startHeading {{ font-size: {DEFAULT_FONT * 1.5:g}pt; font-weight: bold; }}"
            f"QListView#profileList {{ font-size: {DEFAULT_FONT * 1.1:g}pt; }}"
            "QWidget#startScreen { background: #eef1f5; }"
            "QFrame#startPanel { background: palette(base); border: 1px solid #c9ced6;"
            " border-radius: 8px; }"
            "QListView#profileList { border: 1px solid #c9ced6; border-radius: 4px; outline: 0; }"
            "QListView#profileList::item { padding: 10px 12px; border-bottom: 1px solid #e4e7ec;"
            " color: #1d2633; }"
            "QListView#profileList::item:hover { background: #f2f6fc; }"
            "QListView#profileList::item:selected { background: #dbe8fb; color: #102a4c; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.panel = panel = QFrame(objectName="startPanel")
        panel.setFixedWidth(560)
        self.heading = heading = QLabel(objectName="startHeading", wordWrap=True)
        self.intro = intro = QLabel(objectName="startIntro", wordWrap=True)
        intro.setStyleSheet("color: #4a5260;")
        self.language_label = QLabel(objectName="startLanguageLabel")
        self.language = QComboBox(objectName="startLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.view().setObjectName("startLanguageList")
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(self._language_chosen)
        self.model = ProfilesModel(self)
        self.list = QListView(objectName="profileList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setIconSize(QSize(0, 0))
        self.list.setMinimumHeight(260)
        self.status = QLabel(objectName="startStatus")
        self.open_button = QPushButton(objectName="openProfileButton")
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)
        self.add_button = QPushButton(objectName="addUserButton")
        self.remove_button = QPushButton(objectName="removeUserButton")
        self.remove_button.setEnabled(False)
        self._status_text = QT_TRANSLATE_NOOP("StartScreen", "Looking for profiles…")
        self.retranslate()

        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        box = QVBoxLayout(panel)
        box.setContentsMargins(28, 24, 28, 22)
        box.setSpacing(12)
        box.addLayout(language_row)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addWidget(self.list)
        box.addWidget(self.status)
        box.addSpacing(6)
        box.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 32)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_user_requested)

    def retranslate(self) -> None:
        """Every text of the screen in the current language (again after a switch)."""
        self.setAccessibleName(QCoreApplication.translate("StartScreen", "Who is using TutorClient?"))
        self.setWindowTitle("TutorClient")
        self.panel.setAccessibleName(QCoreApplication.translate("StartScreen", "Profiles"))
        self.heading.setText(QCoreApplication.translate("StartScreen", "Who is using TutorClient?"))
        self.heading.setAccessibleName(QCoreApplication.translate("StartScreen", "Who is using TutorClient?"))
        self.intro.setText(QCoreApplication.translate("StartScreen", "Choose your name. You will be asked for your "
                             "password; the others on this computer cannot see your cases or notes."))
        self.intro.setAccessibleName(QCoreApplication.translate("StartScreen", "About profiles"))
        self.language_label.setText(QCoreApplication.translate("StartScreen", "Language:"))
        self.language.setAccessibleName(QCoreApplication.translate("StartScreen", "Language"))
        self.language.view().setAccessibleName(QCoreApplication.translate("StartScreen", "Languages"))
        self.language.setToolTip(QCoreApplication.translate("StartScreen", "The language of TutorClient on this screen; "
                                   "each user can choose their own in View > Language."))
        self.list.setAccessibleName(QCoreApplication.translate("StartScreen", "Profiles on this computer"))
        self.status.setText(QCoreApplication.translate("StartScreen", self._status_text) if self._status_text else "")
        self.status.setAccessibleName(QCoreApplication.translate("StartScreen", "Profiles status"))
        self.open_button.setText(QCoreApplication.translate("StartScreen", "Open"))
        self.open_button.setAccessibleName(QCoreApplication.translate("StartScreen", "Open the chosen profile"))
        self.add_button.setText(QCoreApplication.translate("StartScreen", "Add a user"))
        self.add_button.setAccessibleName(QCoreApplication.translate("StartScreen", "Add a user"))
        self.add_button.setToolTip(QCoreApplication.translate("StartScreen", "Sign in with another account; it gets "
                                     "its own profile."))
        self.remove_button.setText(QCoreApplication.translate("StartScreen", "Remove…"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("StartScreen", "Remove the chosen user from "
                                               "this computer"))
        self.remove_button.setToolTip(QCoreApplication.translate("StartScreen", "Delete this user's profile from this "
                                        "computer and sign them out; what they sent stays on "
                                        "the server."))
        self.model.layoutChanged.emit()  # its rows' "last sync" words

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        """Switch at once (the translators send LanguageChange); kept for this home."""
        code = self.language.itemData(index)
        apply_language(code)
        root = self.root or profiles_dir()
        QueryOp(self, lambda: save_home_language(root, code), lambda _r: None,
                context="settings", label="keep the language").run()
        self.language_changed.emit(code)

    def load(self) -> None:
        """Read the profiles' cards on the parallel lane, then list them; then end the
        server sessions of users removed while offline (network, so after the list)."""
        root = self.root
        QueryOp(self, lambda: list_profiles(root), self._listed, context="profiles",
                label="list profiles").run()

    def _listed(self, cards: list[ProfileCard]) -> None:
        self.set_profiles(cards)
        root = self.root
        QueryOp(self, lambda: finish_removals(root), lambda _n: None,
                context="profiles").failure(lambda _exc: None).run()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.open_button.setEnabled(current.isValid())
        self.remove_button.setEnabled(current.isValid())

    @Slot()
    def remove_selected(self) -> Any:
        """Ask before removing the chosen user; the list reloads once they are removed."""
        from .remove_user import RemoveUserDialog

        index = self.list.currentIndex()
        if not index.isValid():
            return None
        for old in self.findChildren(RemoveUserDialog):
            old.deleteLater()  # one at a time; not on close, which raced the screen's teardown
        dialog = RemoveUserDialog(self.model.card(index.row()), self)
        dialog.removed.connect(lambda outcome: self.load()
                               if not isinstance(outcome, BaseException) else None)
        dialog.open()
        self.remove_dialog_opened.emit(dialog)
        return dialog

    @Slot(object)
    def set_profiles(self, cards: list[ProfileCard]) -> None:
        self.model.set_rows(cards)
        self._status_text = "" if cards else QT_TRANSLATE_NOOP(
            "StartScreen", "No profiles yet: add a user to begin.")
        self.status.setText(QCoreApplication.translate("StartScreen", self._status_text)
                            if self._status_text else "")
        self.status.setVisible(not cards)
        if cards:
            self.list.setCurrentIndex(self.model.index(0))
            self.list.setFocus()
        self.profiles_loaded.emit(len(cards))

    def row_of(self, name: str) -> int:
        """The row of a profile by display name or username (-1 if absent)."""
        for row in range(self.model.rowCount()):
            card = self.model.card(row)
            if name in (card.display_name, card.username, card.name):
                return row
        return -1

    def choose(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))
        self.open_selected()

    @Slot()
    def open_selected(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.profile_chosen.emit(self.model.card(index.row()).dir)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.profile_chosen.emit(self.model.card(index.row()).dir)


__all__ = ["LastSyncRole", "ProfileDirRole", "ProfilesModel", "StartScreen", "UsernameRole"]
