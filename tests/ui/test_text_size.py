"""Larger and smaller text apply at once to every open page and dialog, not only
to pages opened later; the start screen keeps one size whatever the last profile chose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton, QTextBrowser, QWidget

from tutorclient.ui.app import STYLE_SHEET
from tutorclient.ui.main_window import PAGE_CASES, PAGE_LIBRARY, PAGE_SYNC
from tutorclient.ui.start_screen import StartScreen
from tutorclient.ui.text_size import DEFAULT_FONT, apply_font_size


@pytest.fixture(autouse=True)
def styled_app(qapp) -> Iterator[None]:
    """The app's style sheet on (as make_application sets it), and the text size put back."""
    before_sheet, before_font = qapp.styleSheet(), QFont(qapp.font())
    qapp.setStyleSheet(STYLE_SHEET)
    apply_font_size(DEFAULT_FONT)
    yield
    qapp.setStyleSheet(before_sheet)
    QApplication.setFont(before_font)


def _size(widget: QWidget) -> float:
    return widget.font().pointSizeF()


def _sizes(window: QWidget) -> dict[str, float]:
    """Point sizes of the text a user sees first on each kind of widget."""
    def find(kind: type, name: str) -> QWidget:
        found = window.findChild(kind, name)
        assert found is not None, name
        return found

    cases = find(QWidget, "casesPage")
    return {
        "navigation": _size(find(QListWidget, "navigation")),
        "status bar": _size(find(QLabel, "pendingCount")),
        "heading": _size(find(QLabel, "myCasesHeading")),
        "bold button": _size(find(QPushButton, "newCaseButton")),
        "hint": _size(find(QLabel, "casesHint")),
        "case text": cases.detail.text.document().defaultFont().pointSizeF(),
        "library page": _size(find(QWidget, "libraryPage")),
    }


def test_larger_text_applies_to_open_pages_and_dialogs(qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    window = app.window
    window.show_page(PAGE_CASES)
    window.show_page(PAGE_LIBRARY)
    window.show_page(PAGE_SYNC)
    sync = window.pages[PAGE_SYNC]
    sync.edit_settings()
    dialog = sync.findChild(QWidget, "dataSettingsDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog_label = dialog.findChild(QLabel)
    before, dialog_before = _sizes(window), _size(dialog_label)

    window.findChild(QAction, "largerTextAction").trigger()
    window.findChild(QAction, "largerTextAction").trigger()

    after = _sizes(window)
    grown = {name: after[name] - before[name] for name in before}
    assert grown == {name: 2.0 for name in before}, grown
    assert _size(dialog_label) == dialog_before + 2
    # An open page and one opened now look the same.
    from tutorclient.ui.views.cases import CasesPage

    fresh = CasesPage(app.ctx)
    qtbot.addWidget(fresh)
    assert _size(fresh.new_button) == after["bold button"]
    assert _size(fresh.findChild(QLabel, "myCasesHeading")) == after["heading"]
    dialog.reject()


def test_the_start_screen_keeps_its_size_between_visits(qtbot, tmp_home: Path) -> None:
    first = StartScreen(root=tmp_home / "profiles")
    qtbot.addWidget(first)
    first.show()
    heading = first.findChild(QLabel, "startHeading")
    sizes = (_size(heading), _size(first.list), _size(first.add_button))
    apply_font_size(DEFAULT_FONT + 4)  # the profile opened next chose larger text
    assert (_size(heading), _size(first.list), _size(first.add_button)) == sizes
    again = StartScreen(root=tmp_home / "profiles")  # the next visit
    qtbot.addWidget(again)
    again.show()
    assert (_size(again.findChild(QLabel, "startHeading")), _size(again.list),
            _size(again.add_button)) == sizes
