"""Search as you type in the app, on a profile synced from the live server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel
from test_app import DEAD_SERVER, set_server

from tutorclient.ui.main_window import PAGE_LIBRARY, PAGE_SYNC
from tutorclient.ui.views import search as search_view
from tutorclient.ui.views.search import DEBOUNCE_MS, HIT_MARK, SearchResultsModel


def started_app(open_app, profile: Path, *, offline: bool = True):
    if offline:
        set_server(profile, DEAD_SERVER)  # search never needs the network
    app = open_app(profile)
    app.start()
    return app


def test_typing_shows_ranked_highlighted_results_and_opens_the_lesson(
        qtbot, open_app, synced_profile: Path) -> None:
    app = started_app(open_app, synced_profile)
    search = app.search
    started: list[str] = []
    search.search_started.connect(started.append)
    with qtbot.waitSignal(search.results_shown, check_params_cb=lambda t, n: t == "uterotonic") as shown:
        qtbot.keyClicks(search.search_box, "uterotonic")
    assert started == ["uterotonic"]  # debounced: one query for the whole word, not one a letter
    assert shown.args[1] > 0
    assert app.window.stack.currentWidget() is search  # results replace the page
    first = search.model.index(0)
    assert first.data(SearchResultsModel.KindRole) == "lesson"
    assert "<b>" in first.data(SearchResultsModel.SnippetHtmlRole).lower()
    assert "uterotonic" in search.summary.text()
    title = first.data(SearchResultsModel.TitleRole)

    qtbot.keyClick(search.search_box, Qt.Key.Key_Return)  # Enter opens the best hit
    assert app.window.current_page() == PAGE_LIBRARY
    assert app.window.stack.currentWidget() is app.window.pages[PAGE_LIBRARY]
    reader_title = app.window.findChild(QLabel, "lessonTitle")
    qtbot.waitUntil(lambda: reader_title.text() == title)


def test_a_discussion_hit_shows_its_thread_at_the_post(qtbot, open_app, synced_profile: Path) -> None:
    app = started_app(open_app, synced_profile)
    search = app.search
    with qtbot.waitSignal(search.results_shown):
        qtbot.keyClicks(search.search_box, "hospital")
    rows = [r for r in range(search.model.rowCount()) if search.model.hit(r).kind == "post"]
    assert rows, "the demo discussions mention a hospital"
    hit = search.model.hit(rows[0])
    search.results.clicked.emit(search.model.index(rows[0]))
    qtbot.waitUntil(lambda: search.inner.currentWidget() is search.thread_view)
    text = search.thread_view.browser.toPlainText()
    assert text.startswith(hit.title)
    assert HIT_MARK in text
    assert search.thread_view.browser.extraSelections()  # the word is highlighted
    search.thread_view.back_button.click()
    assert search.inner.currentIndex() == 0


def test_stale_results_are_dropped(qtbot, open_app, synced_profile: Path) -> None:
    app = started_app(open_app, synced_profile)
    search = app.search
    search.search_box.setText("oxytocin")
    search._debounce.stop()
    shown: list[str] = []
    search.results_shown.connect(lambda text, _n: shown.append(text))
    search.run_query()  # a query for "oxytocin" is on the lane...
    search.search_box.setText("shock")  # ...and the user types on
    qtbot.waitUntil(lambda: shown == ["shock"])
    qtbot.wait(300)
    assert shown == ["shock"]
    assert search.model.text == "shock"


def test_nothing_found_and_escape_goes_back(qtbot, open_app, synced_profile: Path) -> None:
    app = started_app(open_app, synced_profile)
    app.window.show_page(PAGE_SYNC)
    search = app.search
    with qtbot.waitSignal(search.results_shown):
        qtbot.keyClicks(search.search_box, "zebracorn")
    assert search.model.rowCount() == 0
    assert search.summary.text().startswith("Nothing on this computer matches")
    qtbot.keyClick(search.search_box, Qt.Key.Key_Escape)
    assert search.search_box.text() == ""
    assert app.window.current_page() == PAGE_SYNC  # back where the search began
    assert app.window.stack.currentWidget() is app.window.pages[PAGE_SYNC]


def test_ctrl_f_is_the_search_shortcut(qtbot, open_app, synced_profile: Path) -> None:
    app = started_app(open_app, synced_profile)
    action = app.window.findChild(QAction, "searchAction")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    app.search.search_box.setText("sepsis")
    action.trigger()
    assert app.search.search_box.selectedText() == "sepsis"  # typing replaces the last search


def test_new_content_from_a_sync_refreshes_open_results(qtbot, open_app, synced_profile: Path) -> None:
    from tutorclient.changes import Changes

    app = started_app(open_app, synced_profile)
    search = app.search
    with qtbot.waitSignal(search.results_shown):
        qtbot.keyClicks(search.search_box, "bleeding")
    with qtbot.waitSignal(search.results_shown):
        app.ctx.hub.notify(Changes.of("posts"))  # as a sync pass announces


def test_letters_typed_before_the_results_page_loads_are_searched(
        qtbot, open_app, synced_profile: Path) -> None:
    """The box is there at the first paint; its page loads a moment later. A trainee
    typing at once loses no letter."""
    app = started_app(open_app, synced_profile)
    assert app.navigation.search_page is None  # not built yet: start-up did not wait for it
    qtbot.keyClicks(app.search_box, "oxytocin")
    search = app.navigation.search_page
    assert search is not None and search.search_box is app.search_box
    qtbot.waitUntil(lambda: search.model.rowCount() > 0 and "oxytocin" in search.summary.text())
    assert app.window.stack.currentWidget() is search


def test_a_misspelt_word_offers_did_you_mean_and_finds_the_lesson(
        qtbot, open_app, synced_profile: Path) -> None:
    app = started_app(open_app, synced_profile)
    search = app.search
    with qtbot.waitSignal(search.results_shown, check_params_cb=lambda t, n: t == "uterotnic"):
        qtbot.keyClicks(search.search_box, "uterotnic")
    assert search.model.rowCount() > 0
    assert search.summary.text().startswith("Did you mean “uterotonic”?")
    first = search.model.index(0)
    assert first.data(SearchResultsModel.CourseRole)  # each hit names its course


def test_after_quick_queries_a_keystroke_searches_at_once(qtbot, open_app, synced_profile: Path) -> None:
    """No fixed 150 ms wait: while the last queries were quick, the next letter's query
    starts in the event loop's next turn."""
    from PySide6.QtWidgets import QApplication

    app = started_app(open_app, synced_profile)
    search = app.search
    with qtbot.waitSignal(search.results_shown):
        qtbot.keyClicks(search.search_box, "uterotonic")
    search.recent_query_seconds.extend([0.004, 0.006, 0.005])  # as measured on a quick laptop
    started: list[str] = []
    search.search_started.connect(started.append)
    qtbot.keyClicks(search.search_box, "s")
    QApplication.processEvents()  # one turn: only what is due now
    assert started == ["uterotonics"]
    with qtbot.waitSignal(search.results_shown, check_params_cb=lambda t, n: t == "uterotonics"):
        pass


def test_after_slow_queries_typing_waits_for_a_pause(qtbot, open_app, synced_profile: Path,
                                                    monkeypatch) -> None:
    """On a slow disk each query takes a while: then a keystroke waits a moment (at most
    DEBOUNCE_MS) so fast typing does not queue a query per letter; a word too short to
    look up still answers at once."""
    from PySide6.QtWidgets import QApplication

    real_find = search_view.find

    def slow_find(*args, **kwargs):  # an old laptop's disk: 200 ms a query
        import time

        time.sleep(0.2)
        return real_find(*args, **kwargs)

    monkeypatch.setattr(search_view, "find", slow_find)
    app = started_app(open_app, synced_profile)
    search = app.search
    with qtbot.waitSignal(search.results_shown):
        qtbot.keyClicks(search.search_box, "uterotonic")
    assert search.debounce_ms("uterotonics") == DEBOUNCE_MS
    started: list[str] = []
    search.search_started.connect(started.append)
    qtbot.keyClicks(search.search_box, "s")
    QApplication.processEvents()
    assert started == []  # waiting for the next letter
    with qtbot.waitSignal(search.results_shown, check_params_cb=lambda t, n: t == "uterotonics"):
        pass
    assert started == ["uterotonics"]
    assert search.debounce_ms("uterotonics ut") == 0  # "Keep typing…" needs no lookup
