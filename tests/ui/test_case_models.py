"""The case, queue and post models without widgets, and with pytest-qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from tutorclient.cases import AttachmentInfo
from tutorclient.review import QueueItem
from tutorclient.ui.models.cases import (
    COL_STATUS,
    COL_TITLE,
    AttachmentsModel,
    CaseIdRole,
    CasesModel,
    StatusRole,
    status_label,
)
from tutorclient.ui.models.posts import (
    ErrorRole,
    NewRole,
    PostsModel,
    QuoteRole,
    StateRole,
    ThreadIdRole,
    ThreadsModel,
)
from tutorclient.ui.models.review_queue import (
    COL_CLAIMED,
    COL_WAITING,
    MineRole,
    ReviewQueueModel,
    waiting_text,
)
from tutorclient.ui.models.review_queue import COL_TITLE as QUEUE_TITLE
from tutorclient.ui.notice_banner import NoticeBanner, update_nav_counts
from tutorclient.ui.views.case_form import upload_text

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def iso(delta: timedelta) -> str:
    return (NOW - delta).isoformat().replace("+00:00", "Z")


def my_case(cid: str, title: str, status: str, updated: str, shown: str | None = None) -> dict:
    return {"id": cid, "title": title, "status": status, "display_status": shown or status,
            "updated_at": updated, "specialism": "emergency"}


def queue_item(cid: str, since: str, *, mine: bool = False, holder: str | None = None,
               status: str = "submitted") -> QueueItem:
    return QueueItem(cid, f"Case {cid}", "p1", "Somaliland teaching partnership", "obstetrics", status,
                     "Khadra Ali", since, holder, "Dr Omar" if holder else "", mine)


def test_cases_model_newest_first_with_status_words(qtmodeltester):
    model = CasesModel()
    model.set_rows([
        my_case("a", "Old reviewed case", "reviewed", "2026-03-01T09:00:00Z"),
        my_case("b", "", "draft", "2026-03-05T09:00:00Z"),
        my_case("c", "Just submitted", "submitted", "2026-03-04T09:00:00Z", shown="waiting_to_send"),
    ])
    qtmodeltester.check(model)
    ids = [model.index(r, 0).data(CaseIdRole) for r in range(model.rowCount())]
    assert ids == ["b", "c", "a"]
    assert model.index(0, COL_TITLE).data() == "(no title yet)"
    # The badge shows what the trainee needs to know: not sent yet, whatever the record says.
    assert model.index(1, COL_STATUS).data(StatusRole) == "waiting_to_send"
    assert model.index(1, COL_STATUS).data() == status_label("waiting_to_send") == "Waiting to send"
    assert model.index(2, COL_STATUS).data() == "Reviewed"
    reply = {**my_case("a", "Old reviewed case", "reviewed", "2026-03-01T09:00:00Z"), "new_replies": 2}
    model.set_rows([reply])
    assert model.index(0, COL_TITLE).data() == "Old reviewed case   · 2 new replies"


def test_cases_model_keeps_rows_when_only_values_change():
    model = CasesModel()
    model.set_rows([my_case("a", "A", "draft", "1")])
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([my_case("a", "A renamed", "draft", "1")])
    assert resets == [] and model.index(0, COL_TITLE).data() == "A renamed"


def test_queue_oldest_first_and_claims(qtmodeltester):
    model = ReviewQueueModel()
    model.set_rows([
        queue_item("new", iso(timedelta(minutes=20))),
        queue_item("old", iso(timedelta(days=3)), holder="u2", status="in_review"),
        queue_item("mid", iso(timedelta(hours=5)), mine=True, holder="me", status="in_review"),
    ])
    qtmodeltester.check(model)
    assert [r.case_id for r in model.rows()] == ["old", "mid", "new"]
    assert model.index(0, COL_CLAIMED).data() == "Dr Omar"
    assert model.index(1, COL_CLAIMED).data() == "You" and model.index(1, 0).data(MineRole)
    assert model.index(2, COL_CLAIMED).data() == "—"
    assert model.index(0, COL_WAITING).data().endswith("days")
    title = model.index(0, QUEUE_TITLE).data()
    assert title.splitlines() == ["Case old", "Obstetrics · Somaliland teaching partnership · from Khadra Ali"]


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(seconds=10), "1 min"), (timedelta(minutes=45), "45 min"), (timedelta(hours=1), "1 hour"),
    (timedelta(hours=30), "30 hours"), (timedelta(days=4, hours=2), "4 days")])
def test_waiting_text(delta, text):
    assert waiting_text(iso(delta), now=NOW) == text


def test_posts_model_states_quotes_and_new_marks(qtmodeltester):
    posts = [
        {"id": "p1", "author_id": "tutor", "author_name": "Dr Sarah", "body_md": "What did you find?",
         "created_at": "2026-03-01T10:00:00Z", "local_state": "synced"},
        {"id": "p2", "author_id": "me", "author_name": "Amina", "body_md": "Dull at the base.",
         "created_at": "2026-03-01T11:00:00Z", "local_state": "pending", "quote_post_id": "p1",
         "quote": {"id": "p1", "author_name": "Dr Sarah", "text": "What did you find?"}},
        {"id": "p3", "author_id": "me", "author_name": "Amina", "body_md": "![x](blob:ab)",
         "created_at": "2026-03-01T12:00:00Z", "local_state": "rejected",
         "error": "invalid: blob abababababab... is not on the server; upload it first"},
    ]
    model = PostsModel()
    model.set_rows(posts, me="me", new_ids={"p1", "p2"})
    qtmodeltester.check(model)
    idx = [model.index(r) for r in range(3)]
    assert [i.data(NewRole) for i in idx] == [True, False, False]  # my own posts are never "new"
    assert [i.data(StateRole) for i in idx] == ["synced", "pending", "rejected"]
    assert idx[1].data(QuoteRole) == ("Dr Sarah", "What did you find?")
    assert idx[2].data(ErrorRole).startswith("Blob abababababab... is not on the server")
    assert "Waiting to send" in idx[1].data() and "New" in idx[0].data()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows(posts, me="me", new_ids={"p1", "p2"})
    assert resets == []  # the same posts again: no redraw


def test_threads_and_attachments_models(qapp, qtmodeltester):
    threads = ThreadsModel()
    threads.set_rows([{"id": "t1", "title": "Referral routes", "course_title": "Obstetric emergencies",
                       "posts": 4, "new_posts": 2, "last_post_at": "2026-03-02"},
                      {"id": "t2", "title": "PPH", "course_title": "Obstetric emergencies", "posts": 1,
                       "new_posts": 0, "last_post_at": "2026-03-03"}])
    qtmodeltester.check(threads)
    assert threads.index(0).data(ThreadIdRole) == "t2"
    assert threads.index(1).data().splitlines() == ["Referral routes   · 2 new", "In “Obstetric emergencies” · 4 posts"]

    files = AttachmentsModel()
    files.set_rows([AttachmentInfo("a1", "ab" * 32, "image-1.jpg", "image/jpeg", 150_000, 3_400_000, 1024, 768),
                    {"id": "a2", "sha256": "cd" * 32, "filename": "ecg.pdf", "mime": "application/pdf",
                     "size": 90_000}])
    qtmodeltester.check(files)
    assert files.index(0).data().splitlines() == ["image-1.jpg", "1024×768 px, 147 KB (was 3.2 MB)"]
    assert files.index(1).data(Qt.ItemDataRole.DecorationRole) is not None  # a plain tile for PDFs
    assert files.total_size() == 240_000


def test_upload_text_before_sending():
    assert upload_text(0, 0) == "Nothing to upload yet."
    assert upload_text(2_000, 0).startswith("To send: the text, 2 KB in all — under a minute")
    text = upload_text(450_000, 2)
    assert text.startswith("To send: 2 files and the text, 440 KB in all") and "about 3 minutes" in text


def test_nav_counts_and_banner(qtbot):
    nav = QListWidget()
    qtbot.addWidget(nav)
    for key, title in (("library", "Library"), ("cases", "Cases and discussions"), ("review", "Review queue")):
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        nav.addItem(item)
    update_nav_counts(nav, {"cases": 3, "review": 0, "conflicts": 1})
    assert [nav.item(r).text() for r in range(3)] == ["Library", "Cases and discussions (3)", "Review queue"]
    update_nav_counts(nav, {"cases": 0})
    assert nav.item(1).text() == "Cases and discussions"

    banner = NoticeBanner()
    qtbot.addWidget(banner)
    banner.show_notices(["2 new replies to your cases", ""])
    assert banner.isVisible() and banner.text() == "2 new replies to your cases"
    with qtbot.waitSignal(banner.dismissed):
        banner.close_button.click()
    assert not banner.isVisible() and banner.text() == ""


def test_queue_waits_on_the_servers_clock_when_this_one_is_days_off():
    """Waiting times are the server's: a tutor's laptop 3 days ahead still reads
    '10 min' for a case submitted 10 minutes ago (server time), and the order
    compares instants, whether a time has milliseconds or not."""
    skew = 3 * 86400.0  # this computer minus the server
    server_now = datetime.now(UTC) - timedelta(seconds=skew)

    # Two times in the same second: as text "...:07.600Z" sorts before "...:07Z".
    second = (server_now - timedelta(minutes=10)).replace(microsecond=0)
    sooner = second.isoformat(timespec="seconds").replace("+00:00", "Z")
    later = (second + timedelta(milliseconds=600)).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")

    model = ReviewQueueModel()
    model.set_clock_skew(skew)
    model.set_rows([queue_item("later", later), queue_item("sooner", sooner)])
    assert [r.case_id for r in model.rows()] == ["sooner", "later"]
    assert model.index(0, COL_WAITING).data() == "10 min"


def test_posts_show_the_servers_time_and_a_far_off_authors_own():
    model = PostsModel()
    model.set_rows([
        {"id": "p1", "author_id": "u1", "author_name": "Farah", "body_md": "from the past",
         "created_at": "2026-03-07T12:00:00Z", "posted_at": "2026-03-10T12:00:00.250Z"},
        {"id": "p2", "author_id": "u2", "author_name": "Amina", "body_md": "on time",
         "created_at": "2026-03-10T12:01:00Z", "posted_at": "2026-03-10T12:01:02.000Z"},
    ])
    far, near = (model.index(r, 0).data() for r in range(2))
    assert "on the author's device" in far and "written 7 Mar" in far
    assert "on the author's device" not in near  # seconds apart: nothing to say


def test_threads_unsent_activity_first_then_the_servers_latest():
    model = ThreadsModel()
    model.set_rows([
        {"id": "old", "title": "Old", "last_post_at": "2026-03-10T08:59:59.900Z"},
        {"id": "mine", "title": "Mine", "last_post_at": "2026-03-07T09:00:00Z",
         "unsent_activity": True},  # written on a clock 3 days behind, not sent yet
        {"id": "new", "title": "New", "last_post_at": "2026-03-10T09:00:00Z"},
        {"id": "newer", "title": "Newer", "last_post_at": "2026-03-10T09:00:00.400Z"},
    ])
    # Compared as instants: as text, "...:00Z" would sort after "...:00.400Z".
    assert [model.thread(r).id for r in range(model.rowCount())] == ["mine", "newer", "new", "old"]


def test_cases_model_says_when_a_case_is_held_on_this_computer(qtmodeltester):
    model = CasesModel()
    model.set_rows([{**my_case("h", "Child with fever", "draft", "2026-03-05T09:00:00Z"),
                     "held": True},
                    my_case("d", "Clean draft", "draft", "2026-03-04T09:00:00Z")])
    qtmodeltester.check(model)
    assert model.index(0, COL_STATUS).data() == "Held on this computer"
    assert "identify the patient" in model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_STATUS).data(StatusRole) == "draft"  # still opens in the form
    assert model.index(1, COL_STATUS).data() == status_label("draft")
