"""The main window's menu bar: the account menu and the View menu, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from tutorclient.languages import LANGUAGES

from .i18n import current_language
from .main_window import MainWindow


@dataclass(frozen=True)
class MenuActions:
    """What the menus do; the app supplies each."""

    lock_now: Callable[[], Any]
    can_lock: bool
    switch_user: Callable[[], Any] | None  # None: one profile here, no "Switch user…"
    log_out: Callable[[], Any]
    focus_search: Callable[[], Any]
    change_font_size: Callable[[int], Any]
    choose_language: Callable[[str], Any] | None = None


def _action(window: MainWindow, text: str, name: str, shortcut: str | QKeySequence | None,
            slot: Callable[[], Any]) -> QAction:
    action = QAction(text, window, objectName=name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow, does: MenuActions) -> None:
    menus = window.menuBar()
    menus.setObjectName("menuBar")
    account = menus.addMenu(QCoreApplication.translate("Menus", "&TutorClient"))
    account.setObjectName("accountMenu")
    sync_now = window.findChild(QAction, "syncNowAction")
    if sync_now is not None:
        account.addAction(sync_now)
    account.addSeparator()
    lock_action = _action(window, QCoreApplication.translate("Menus", "Lock now"), "lockAction", "Ctrl+L", does.lock_now)
    lock_action.setEnabled(does.can_lock)
    account.addAction(lock_action)
    if does.switch_user is not None:
        account.addAction(_action(window, QCoreApplication.translate("Menus", "Switch user…"), "switchUserAction", None,
                                  does.switch_user))
    account.addAction(_action(window, QCoreApplication.translate("Menus", "Log out"), "logOutAction", None, does.log_out))
    account.addAction(_action(window, QCoreApplication.translate("Menus", "Quit"), "quitAction", QKeySequence.StandardKey.Quit,
                              window.close))
    view = menus.addMenu(QCoreApplication.translate("Menus", "&View"))
    view.setObjectName("viewMenu")
    view.addAction(_action(window, QCoreApplication.translate("Menus", "Search"), "searchAction", QKeySequence.StandardKey.Find,
                           does.focus_search))
    view.addSeparator()
    font = does.change_font_size
    view.addAction(_action(window, QCoreApplication.translate("Menus", "Larger text"), "largerTextAction", "Ctrl+=", lambda: font(+1)))
    view.addAction(_action(window, QCoreApplication.translate("Menus", "Smaller text"), "smallerTextAction", "Ctrl+-", lambda: font(-1)))
    view.addAction(_action(window, QCoreApplication.translate("Menus", "Normal text size"), "normalTextAction", "Ctrl+0",
                           lambda: font(0)))
    plus = QAction(window, objectName="largerTextPlusAction")  # Ctrl++ on keypads too
    plus.setShortcut(QKeySequence("Ctrl++"))
    plus.triggered.connect(lambda: font(+1))
    window.addAction(plus)
    if does.choose_language is not None:
        _language_menu(view, does.choose_language)


def _language_menu(view: Any, choose: Callable[[str], Any]) -> None:
    """View > Language: each language named in itself, so anyone can find their own."""
    view.addSeparator()
    menu = view.addMenu(QCoreApplication.translate("Menus", "Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, objectName=f"language_{code}", checkable=True)
        action.setChecked(code == current_language())
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        menu.addAction(action)


__all__ = ["MenuActions", "build_menus"]
