"""The update dialog: what a new version changes and costs, asked before installing."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from sync.release.client import Offer
from tutorclient.ui.update_dialog import UpdateDialog, size_text, switch_text


def offer(download: int = 6_300, changed: int = 3) -> Offer:
    return Offer("1.0.1", "Fixes the dose check.", download, changed, manifest={}, steps=[])


def test_the_dialog_says_version_notes_and_size_and_installs_only_when_asked(qtbot) -> None:
    dialog = UpdateDialog(offer(), "1.0.0")
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Version 1.0.1 is ready (you have 1.0.0)."
    assert dialog.notes.text() == "Fixes the dose check."
    # English plurals come from the "%n file(s)" source (tutorclient.ui.i18n, when installed).
    assert re.fullmatch(r"Download: 6 KB, 3 file(s|\(s\)) changed\.", dialog.cost.text())
    assert "next time you start" in dialog.when.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)


def test_not_now_declines(qtbot) -> None:
    dialog = UpdateDialog(offer(2_400_000, 1), "1.0.0")
    qtbot.addWidget(dialog)
    assert re.fullmatch(r"Download: 2\.4 MB, 1 file(\(s\))? changed\.", dialog.cost.text())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)


def test_sizes_and_what_the_last_start_did(qtbot) -> None:
    assert size_text(300) == "1 KB" and size_text(999_000) == "999 KB"
    assert switch_text(None, "1.0.1") == ""
    assert switch_text({"result": "updated", "version": "1.0.1", "previous": "1.0.0"},
                       "1.0.1") == "TutorClient was updated to version 1.0.1."
    back = switch_text({"result": "rolled back", "version": "1.0.2", "previous": "1.0.1"}, "1.0.1")
    assert "1.0.2 did not pass its check" in back and "back to version 1.0.1" in back
