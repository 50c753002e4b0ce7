"""Two devices edit the same draft: the conflict dialog shows both versions and nothing is lost.

One trainee, two laptops (two profiles), a live server.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit
from test_cases_ui import SHOTS, assert_named, cases_page, fill, saved, start_case, sync

from tutorclient import cases, conflicts
from tutorclient.ui.screenshots_cases import SIZE  # noqa: F401 (same screen size as the others)
from tutorclient.ui.views.conflict_dialog import ConflictDialog


def cell(dialog: ConflictDialog, who: str, name: str) -> QPlainTextEdit:
    widget = dialog.findChild(QPlainTextEdit, f"conflict-{who}-{name}")
    assert widget is not None, f"no {who} cell for {name}"
    return widget


def conflicting_draft(qtbot, open_ctx):
    """The same draft's history edited on laptop A (synced first) and laptop B."""
    laptop_a, laptop_b = open_ctx("amina"), open_ctx("amina", device="laptop-b")
    page_a = cases_page(qtbot, laptop_a)
    case_id = start_case(qtbot, page_a)
    fill(page_a.form, title="Baby not feeding on day 2", history="Born at home, term.")
    saved(qtbot, page_a.form)
    sync(qtbot, laptop_a)

    sync(qtbot, laptop_b)
    page_b = cases_page(qtbot, laptop_b)
    qtbot.waitUntil(lambda: page_b.cases_model.row_of(case_id) >= 0)
    page_b.open_case(case_id)  # a draft opens in the form
    qtbot.waitUntil(lambda: page_b.form.editors["title"].text() == "Baby not feeding on day 2")
    fill(page_b.form, history="Born at home, term. Mother has fever since yesterday.")
    saved(qtbot, page_b.form)

    fill(page_a.form, history="Born at home, term, after a 30-hour labour.")
    saved(qtbot, page_a.form)
    sync(qtbot, laptop_a)
    sync(qtbot, laptop_b)  # B's edit was based on the old version: a conflict
    return laptop_a, laptop_b, page_a, page_b, case_id


def test_conflict_shown_side_by_side_and_merged_by_hand(qtbot, open_ctx):
    laptop_a, laptop_b, _page_a, page_b, case_id = conflicting_draft(qtbot, open_ctx)
    assert len(conflicts.open_conflicts(laptop_b.store)) == 1
    qtbot.waitUntil(lambda: page_b.banner.isVisible() and page_b.banner.action_button.isVisible())
    assert "Nothing is lost" in page_b.banner.text()
    assert page_b.counts.get("conflicts") == 1

    # "Decide later" keeps everything: the conflict stays open.
    page_b.banner.action_button.click()
    dialog = page_b.conflict_dialog
    qtbot.waitUntil(lambda: dialog.current is not None)
    assert not dialog.isModal() or dialog.isVisible()  # opened with open(): the window stays usable
    assert_named(dialog)
    assert cell(dialog, "mine", "history").toPlainText().endswith("Mother has fever since yesterday.")
    assert cell(dialog, "server", "history").toPlainText().endswith("after a 30-hour labour.")
    assert dialog.findChild(QPlainTextEdit, "conflict-mine-updated_at") is None  # no noise
    dialog.later.click()
    qtbot.waitUntil(lambda: page_b.conflict_dialog is None)
    assert len(conflicts.open_conflicts(laptop_b.store)) == 1

    # Merge by hand: both facts kept.
    dialog = page_b.show_conflicts()
    qtbot.waitUntil(lambda: dialog.current is not None)
    dialog.merge.click()
    merged = cell(dialog, "merged", "history")
    assert merged.isVisible()
    merged.setPlainText("Born at home, term, after a 30-hour labour. Mother has fever since yesterday.")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "conflict-merge.png"))
    with qtbot.waitSignal(dialog.all_resolved):
        dialog.save_merge.click()
    assert conflicts.open_conflicts(laptop_b.store) == []
    # The form on laptop B now shows the merged text.
    qtbot.waitUntil(lambda: page_b.form.editors["history"].toPlainText()
                    == "Born at home, term, after a 30-hour labour. Mother has fever since yesterday.")

    sync(qtbot, laptop_b)
    sync(qtbot, laptop_a)
    history = cases.case_detail(laptop_a.store, case_id)["history"]
    assert history == "Born at home, term, after a 30-hour labour. Mother has fever since yesterday."


def test_keep_the_servers_version(qtbot, open_ctx):
    _laptop_a, laptop_b, _page_a, page_b, case_id = conflicting_draft(qtbot, open_ctx)
    dialog = page_b.show_conflicts()
    qtbot.waitUntil(lambda: dialog.current is not None)
    with qtbot.waitSignal(dialog.conflict_resolved) as resolved:
        dialog.keep_server.click()
    assert resolved.args[1] == conflicts.SERVER
    assert cases.case_detail(laptop_b.store, case_id)["history"].endswith("after a 30-hour labour.")
    assert conflicts.open_conflicts(laptop_b.store) == []
