"""The figures page (issue 16): the server's figures synced to each viewer, shown offline.

A real server holds the demo plus a seeded month of Somaliland activity; the
server computes the figures (``insight refresh``), real profiles sync them, the
server stops, and the page shows them from the local store. Charts and tables
are saved as PNG and CSV through the page's buttons.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from sqlalchemy import text

from sync.errors import TutorClientError
from sync.protocol import derived_record_id
from sync.server.admin import Admin
from sync.server.insight_jobs import refresh
from sync.server.insight_seed import demo_with_figures
from sync.server.records import load
from sync.server.settings import Settings
from sync.server.testing import run_server
from tutorclient import insight
from tutorclient.ui.charts import BARS, COLOURS, LINE, Chart
from tutorclient.ui.context import AppContext
from tutorclient.ui.operations import ChangeHub, set_change_hub, shutdown
from tutorclient.ui.views.insight import InsightPage

NOW = int(time.time() * 1000)


@pytest.fixture
def figures_server(tmp_path: Path) -> Settings:
    """The demo server with 12 weeks of activity of 30 more Somaliland trainees, figures computed."""
    settings = Settings(data_dir=tmp_path / "server", argon2_profile="test")
    demo_with_figures(settings, trainees=30, attempts=600, cases=60, now_ms=NOW)
    return settings


@pytest.fixture
def offline_ctx(qapp, figures_server: Settings, make_client):
    """``offline_ctx(username)``: sync once, stop the server, open the app context offline."""
    hub = ChangeHub()
    set_change_hub(hub)
    made: list[AppContext] = []

    def make(username: str) -> AppContext:
        with run_server(settings=figures_server) as url:
            profile = make_client(username, url)
            profile.sync()
        ctx = AppContext(profile, hub)  # the server is gone: only the local store remains
        made.append(ctx)
        return ctx

    yield make
    assert shutdown(timeout_ms=20_000)
    set_change_hub(None)


def _open(qtbot, ctx: AppContext) -> InsightPage:
    page = InsightPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitUntil(lambda: page.current() is not None, timeout=10_000)
    return page


def _cells(view: QTableView) -> list[list[str]]:
    m = view.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_coordinator_sees_the_partnership_offline_from_the_last_sync(qtbot, offline_ctx) -> None:
    page = _open(qtbot, offline_ctx("coord.hodan"))
    item = page.current()
    assert item.audience == "coordinator" and item.figures["trainees"] == 32  # 2 demo + 30
    assert page.heading.text() == "Partnership figures"
    tiles = {page.tile_captions[i].text(): page.tile_values[i].text() for i in range(6)}
    assert tiles["Active trainees"] == f"{item.figures['active']} of 32"
    assert tiles["Cases waiting"] == str(item.figures["cases"]["waiting"])
    # 30 trainees answered: the questions most missed are listed, the most missed first
    # (the seeded fifth question of each quiz is missed most often).
    questions = _cells(page.views["questions"])
    assert questions and questions[0][1].endswith("question 5")
    assert not page.hidden_note.isVisible()
    tutors = _cells(page.views["tutors"])
    assert len(tutors) >= 3 and all(row[1].isdigit() for row in tutors)
    devices = _cells(page.views["devices"])
    assert any(row[5] == "50.0 MB" for row in devices)  # the seeded monthly limit
    topics = {(row[0], row[1]) for row in _cells(page.views["topics"])}
    assert ("obstetrics", "postpartum haemorrhage") in topics
    weeks = [w["active"] for w in item.figures["weeks"]]
    assert page.trend_chart.table()[1][-1][1] == weeks[-1] and len(weeks) == 12
    # One course chosen: its figures alone.
    page.course_box.setCurrentIndex(1)
    assert page.tile_values[2].text().endswith("%")


def test_a_trainee_sees_only_their_own_figures(qtbot, offline_ctx) -> None:
    ctx = offline_ctx("amina")
    page = _open(qtbot, ctx)
    item = page.current()
    assert item.audience == "trainee" and item.figures["trainees"] == 1
    assert page.heading.text() == "My progress"
    tab_keys = list(page.models)
    assert not page.tabs.isTabVisible(tab_keys.index("tutors"))
    assert not page.tabs.isTabVisible(tab_keys.index("topics"))
    # Nothing of anyone else reached this device.
    rows = ctx.store.db.execute("SELECT viewer_id, audience FROM insights").fetchall()
    assert rows == [(ctx.user_id, "trainee")]


def test_a_small_group_shows_no_question_breakdown(qtbot, tmp_path, make_client) -> None:
    """The demo alone: a tutor's Somaliland group is 2 trainees, so no questions are listed."""
    settings = Settings(data_dir=tmp_path / "small", argon2_profile="test")
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    with admin.db.read() as conn:  # the demo's first quiz, answered all wrong by amina
        row = conn.execute(text("SELECT id FROM records WHERE kind = 'quizzes'")).first()
        quiz = load(conn, "quizzes", row.id)
    amina = admin.user_id("amina")
    questions = quiz.data["questions"]
    admin.put_record("quiz_attempts", derived_record_id(amina, "t"), {
        "quiz_id": quiz.id, "user_id": amina, "score": 0, "max_score": len(questions),
        "answers": {q["id"]: [len(q["options"]) - 1] for q in questions}})
    refresh(admin.db)
    admin.close()
    hub = ChangeHub()
    set_change_hub(hub)
    try:
        with run_server(settings=settings) as url:
            profile = make_client("dr.sarah", url)
            profile.sync()
        page = _open(qtbot, AppContext(profile, hub))
        som = next(i for i, item in enumerate(page.insights) if "Somaliland" in item.partnership)
        page.partnership_box.setCurrentIndex(som)
        course_figs = [c for c in page.current().figures["courses"] if c["attempts"]]
        assert course_figs and all(c["questions"] is None for c in course_figs)
        assert page.models["questions"].rowCount() == 0
        assert page.hidden_note.isVisible() and "fewer than 5 trainees" in page.hidden_note.text()
    finally:
        assert shutdown(timeout_ms=20_000)
        set_change_hub(None)


def test_charts_and_tables_save_as_png_and_csv(qtbot, offline_ctx, tmp_path) -> None:
    page = _open(qtbot, offline_ctx("coord.hodan"))
    page.export_dir = tmp_path
    saved: list[Path] = []
    page.exported.connect(saved.append)
    for name in ("trendSavePng", "trendSaveCsv", "waitSavePng", "waitSaveCsv",
                 "questionsSaveTable"):
        button = page.findChild(QPushButton, name)
        with qtbot.waitSignal(page.exported, timeout=10_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [p.suffix for p in saved] == [".png", ".csv", ".png", ".csv", ".csv"]
    image = QImage(str(saved[0]))
    assert image.width() >= 2 * page.trend_chart.width() - 1 and not image.isNull()
    with saved[1].open(encoding="utf-8-sig", newline="") as f:
        trend = list(csv.reader(f))
    assert trend[0] == ["Week starting", "Active trainees"] and len(trend) == 13
    weeks = page.current().figures["weeks"]
    assert [int(r[1]) for r in trend[1:]] == [w["active"] for w in weeks]
    with saved[3].open(encoding="utf-8-sig", newline="") as f:
        wait = list(csv.reader(f))
    cases = page.current().figures["cases"]
    assert [int(r[2]) for r in wait[1:]] == cases["waiting_hist"]
    # "< 1 day" once issue 14's English plurals are installed; "day(s)" before.
    assert wait[1][0].startswith("< 1 day")
    with saved[4].open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][:3] == ["Course", "Question", "Missed"] and len(table) > 1
    note = page.findChild(QLabel, "insightExportResult")
    assert note is None or saved[-1].name in page.note.text()


def test_the_chart_draws_its_series() -> None:
    chart = Chart("c", "chart")
    chart.resize(400, 240)
    chart.set_data("Weekly", "Week", ["01", "02", "03"], [("A", [1, None, 3])], LINE)
    image = QImage()
    assert image.loadFromData(chart.png_bytes(scale=1))
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 2) for y in range(0, 240, 2)}
    assert QColor(COLOURS[0]).name() in colours
    assert chart.table() == (["Week", "A"], [["01", 1], ["02", None], ["03", 3]])
    chart.set_data("Waiting", "Time", ["a", "b"], [("x", [0, 0])], BARS)
    assert not chart.has_data()  # drawn as "No figures for this period yet"


def test_device_health_reaches_the_server_with_the_next_good_sync(figures_server,
                                                                 make_client) -> None:
    from sync.authoring import stable_id

    with run_server(settings=figures_server) as url:
        profile = make_client("amina", url)
        profile.sync()
        uid = profile.user["id"]
        rid = stable_id("device-health", f"{uid}:{profile.profile_id}")
        admin = Admin(figures_server)
        with admin.db.read() as conn:  # a new, quiet device has nothing to report
            assert load(conn, "device_health", rid) is None
        profile.set_setting("server", "http://127.0.0.1:9")  # no server there: the pass fails
        with pytest.raises(TutorClientError):
            profile.sync()
        assert insight.health_report_due(profile.store)["failures"] == 1
        profile.set_setting("server", url)
        summary = profile.sync()  # the failure, reported after this good pass
        assert summary.pushed == 0  # a request of its own: never the user's "sent" work
        with admin.db.read() as conn:
            stored = load(conn, "device_health", rid)
        assert stored.data["failures"] == 1 and stored.scopes == [f"u:{uid}"]
        assert insight.health_report_due(profile.store) is None  # said once
        assert profile.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        refresh(admin.db)
        coord_view = insight_of(admin, "coord.hodan")
        mine = [d for d in coord_view["devices"] if d["user"].startswith("Amina")
                and d["failures"] == 1]
        assert mine and mine[0]["last_sync"] is not None
        admin.close()


def test_the_server_refuses_a_report_that_is_not_one(figures_server, make_client) -> None:
    import requests

    with run_server(settings=figures_server) as url:
        profile = make_client("amina", url)
        token = profile.credentials().token
        for body in ({"failures": "3", "month_bytes": 0}, {"failures": 1},
                     {"failures": 1, "month_bytes": 0, "user_id": "someone else"}, [1]):
            r = requests.post(url + insight.HEALTH_PATH, json=body,
                              headers={"Authorization": f"Bearer {token}"}, timeout=10)
            assert r.status_code == 400, (body, r.text)
        assert requests.post(url + insight.HEALTH_PATH, json={"failures": 0, "month_bytes": 0},
                             timeout=10).status_code == 401


def insight_of(admin: Admin, username: str) -> dict:
    from sync.server.insight_jobs import record_id
    from sync.server.scopes import partnership_id

    with admin.db.read() as conn:
        return load(conn, "insights", record_id(admin.user_id(username),
                                                 partnership_id("somaliland"))).data["figures"]
