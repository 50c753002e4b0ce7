"""The tutor's "My contributions" page, its exports, the reflection in the review form,
and the trainee's "This helped me", on a real profile seeded with a year of work.

The PDF is opened with pypdf and its text checked against the figures the core
computes; the CSV and xAPI files are read back from disk.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from tutorclient import contrib_sample, contributions
from tutorclient.contrib_sample import EXPECTED, HODAN, TUTOR
from tutorclient.session import Profile
from tutorclient.store import records
from tutorclient.ui.context import AppContext
from tutorclient.ui.operations import shutdown
from tutorclient.ui.views.cases import CaseDetail
from tutorclient.ui.views.contributions import LAST_YEAR, ContributionsPage
from tutorclient.ui.views.review import ReviewPage

NAMES = ("Faadumo", "Jama", "Amina", "Khadra", "Hodan", "Warsame", "Yusuf")


@pytest.fixture
def open_as(qapp, hub, tmp_path: Path) -> Iterator[Callable[[str, str], AppContext]]:
    """``open_as(user_id, role)``: a context on a seeded profile signed in as that user."""
    made: list[Profile] = []

    def make(user_id: str, role: str) -> AppContext:
        profile = Profile(tmp_path / f"profile-{len(made)}", token_file=True)
        made.append(profile)
        contrib_sample.seed(profile.store)
        profile.set_setting("user", {"id": user_id, "role": role, "username": user_id[2:]})
        profile.set_setting("server", "https://tutor.example")
        return AppContext(profile, hub)

    yield make
    assert shutdown(timeout_ms=20_000), "a lane was still busy at teardown"
    for profile in made:
        profile.close()


@pytest.fixture
def page(qtbot, open_as) -> ContributionsPage:
    p = ContributionsPage(open_as(TUTOR, "tutor"), today=lambda: date(2026, 12, 7))
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitUntil(lambda: p.record is not None, timeout=10_000)
    return p


def _figures(page: ContributionsPage) -> dict[str, str]:
    return {k: label.text() for k, label in page.figure_labels.items()}


def test_the_page_shows_the_cpd_year_figures(page):
    f = _figures(page)
    assert (f["cases"], f["replies"], f["trainees"], f["thanks"]) == ("3", "1", "3", "2")
    assert f["response"] == "1 h 38 min"  # median of 2 h 30 min and 45 min
    assert f["time"] == "50 min" and f["partnerships"] == "Somaliland"
    assert f["specialisms"] == "emergency (2), obstetrics (1)"
    assert page.period() == contributions.cpd_year(date(2026, 12, 7))
    assert page.model.rowCount() == 3
    # The tutor sees the case's own title in the app; exports never do (below).
    titles = [page.model.index(r, 1).data() for r in range(3)]
    assert contrib_sample.PATIENT_TITLE in titles
    assert "Thank you, this helped me on my night shift." in page.thanks.text()


def test_another_period_redraws_the_figures(qtbot, page):
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        page.period_choice.setCurrentIndex(LAST_YEAR)
    assert page.period().start == date(2025, 4, 1)
    assert _figures(page)["cases"] == "1" and page.model.rowCount() == 1
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        page.set_period(contributions.Period(date(2026, 6, 1), date(2026, 6, 30)))
    assert (_figures(page)["cases"], _figures(page)["replies"]) == ("1", "1")
    assert _figures(page)["response"] == "45 min"


def _export(qtbot, page: ContributionsPage, suffix: str, path: Path) -> Path:
    page.choose_path = lambda suggested, _filter: str(path)
    button = page.export_buttons[suffix]
    with qtbot.waitSignal(page.exported, timeout=20_000) as got:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert got.args == [str(path)]
    return path


def test_pdf_export_holds_the_figures_and_names_nobody(qtbot, page, tmp_path):
    path = _export(qtbot, page, "pdf", tmp_path / "record.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    words = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" ligatures to "fi"
    rec = page.record
    assert "Dr Sarah Bennett" in words and "Somaliland" in words
    for figure, value in (("Cases reviewed", rec.cases_reviewed), ("Replies written", len(rec.replies)),
                          ("Trainees helped", rec.trainees_helped),
                          ("Thanks from trainees", len(rec.thanks))):
        assert f"{figure} {value}" in words, figure
    assert f"Median time to first response {_figures(page)['response']}" in words
    assert "Time given (estimate) 50 min" in words
    assert "2026-04-01 to 2027-03-31" in words
    assert "I should have asked for the ECG earlier" in words  # the reflection...
    assert "night shift" in words  # ...and what the trainee said
    assert "obstetrics case" in words  # the title that names a patient is replaced
    for name in NAMES:
        assert name not in words, name


def test_csv_and_xapi_exports(qtbot, page, tmp_path):
    rows = list(csv.DictReader(_export(qtbot, page, "csv", tmp_path / "r.csv").open(encoding="utf-8")))
    assert sum(r["kind"] == "review" for r in rows) == EXPECTED["cases_reviewed"]
    assert sum(r["kind"] == "reply" for r in rows) == EXPECTED["replies"]
    statements = json.loads(_export(qtbot, page, "json", tmp_path / "r.json").read_text("utf-8"))
    assert len(statements) == len(rows)
    assert {s["actor"]["account"]["homePage"] for s in statements} == {"https://tutor.example"}
    blob = json.dumps(statements) + (tmp_path / "r.csv").read_text("utf-8")
    assert not any(name in blob for name in NAMES)


def test_a_reflection_and_active_time_are_saved_with_the_review(qtbot, open_as):
    ctx = open_as(TUTOR, "tutor")
    with ctx.store.write() as db:  # a case Sarah claimed and has not reviewed yet
        records.put(db, "cases", {"id": "c-new", "version": 2, "author_id": HODAN,
                                  "partnership_id": contrib_sample.PARTNERSHIP,
                                  "specialism": "emergency", "title": "Burns to the hand",
                                  "status": "in_review", "claimed_by": TUTOR,
                                  "created_at": "2026-11-01T08:00:00Z",
                                  "updated_at": "2026-11-01T08:00:00Z"})
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.select_case("c-new")
    form = page.form
    qtbot.waitUntil(lambda: form.edits["strengths"].isEnabled(), timeout=10_000)
    form.edits["strengths"].setFocus()
    page.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=5_000)
    qtbot.keyClicks(form.edits["strengths"], "Good first aid")
    assert form.tick() and form.tick()  # two 15 s slices with the form in use
    form.reflection.setPlainText("Ask about tetanus cover next time.")
    form.rubric.setCurrentIndex(form.rubric.findData(4))
    form.decision_reviewed.setChecked(True)
    with qtbot.waitSignal(page.review_saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    mine = contributions.reflection_of(ctx.store, TUTOR, saved.args[0])
    assert mine["body"] == "Ask about tetanus cover next time." and mine["active_seconds"] == 30
    assert form.active_timer.seconds == 0


def test_a_trainee_says_this_helped_me(qtbot, open_as):
    ctx = open_as(HODAN, "trainee")
    detail = CaseDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_case("c-crash")
    box = detail.thanks
    qtbot.waitUntil(box.isVisible, timeout=10_000)
    assert "Dr Sarah Bennett" in box.prompt.text() and not box.withdraw_button.isVisible()
    box.note.setText("Mahadsanid, dhakhtar")
    with qtbot.waitSignal(box.thanks_saved, timeout=10_000):
        qtbot.mouseClick(box.helped_button, Qt.MouseButton.LeftButton)
    said = contributions.thanks_of(ctx.store, HODAN, "r-c-crash")
    assert said["note"] == "Mahadsanid, dhakhtar" and said["tutor_id"] == TUTOR
    queued = ctx.store.db.execute("SELECT count(*) FROM outbox WHERE kind = 'review_thanks' "
                                  "AND state = 'pending'").fetchone()[0]
    assert queued == 1
    qtbot.waitUntil(box.withdraw_button.isVisible, timeout=10_000)
    qtbot.mouseClick(box.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contributions.thanks_of(ctx.store, HODAN, "r-c-crash") is None,
                    timeout=10_000)


def test_no_thanks_box_on_someone_elses_case(qtbot, open_as):
    ctx = open_as(HODAN, "trainee")
    detail = CaseDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.show_case("c-chest")  # Amina's case
    qtbot.wait(200)
    assert not detail.thanks.isVisible()


def test_the_reviews_model_passes_qtmodeltester(qtmodeltester, page):
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Reflection"
