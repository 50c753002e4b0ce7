"""The discussion view: offline replies, quotes, new-since-last-visit marks, refused posts.

Two app instances (a trainee and a tutor) on their own profiles, a live server.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QToolButton
from test_cases_ui import assert_named, sync

from tutorclient import discussions
from tutorclient.ui.models.posts import PENDING, REJECTED
from tutorclient.ui.views.thread import ThreadView

CASE_TITLE = "Young man breathless after a motorbike crash"


def case_thread(ctx) -> str:
    return ctx.store.db.execute(
        "SELECT t.id FROM threads t JOIN cases c ON c.id = t.case_id WHERE c.title = ?",
        [CASE_TITLE]).fetchone()[0]


def thread_view(qtbot, ctx, thread_id: str) -> ThreadView:
    view = ThreadView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show()
    with qtbot.waitSignal(view.thread_loaded):
        view.show_thread(thread_id, CASE_TITLE)
    return view


def badge(view: ThreadView, post_id: str, name: str) -> QLabel | None:
    card = view.card(post_id)
    return card.findChild(QLabel, name) if card is not None else None


def test_reply_offline_appears_at_once_then_turns_normal_after_sync(qtbot, open_ctx):
    ctx = open_ctx("amina")
    thread_id = case_thread(ctx)
    view = thread_view(qtbot, ctx, thread_id)
    assert_named(view)
    before = view.model.rowCount()
    first = view.model.post(0)

    # Quote the first post and reply, with no sync: it shows at once, waiting to send.
    view.card(first.id).findChild(QToolButton, "quotePostButton").click()
    assert view.quote_bar.isVisible() and first.author_name in view.quote_label.text()
    view.reply_box.setPlainText("I percussed the chest: dull at the right base.")
    with qtbot.waitSignal(view.reply_added) as added:
        view.send_button.click()
    post_id = added.args[0]
    assert view.reply_box.toPlainText() == "" and not view.quote_bar.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1 and view.card(post_id) is not None)
    row = view.model.post(view.model.row_of(post_id))
    assert row.local_state == PENDING
    assert badge(view, post_id, "postPendingMarker").text() == "Waiting to send"
    quote = view.card(post_id).findChild(QLabel, "postQuote")
    assert quote is not None and first.author_name in quote.text()

    sync(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.post(view.model.row_of(post_id)).local_state not in (PENDING,))
    assert badge(view, post_id, "postPendingMarker") is None


def test_posts_from_others_since_the_last_visit_are_marked_new(qtbot, open_ctx):
    trainee, tutor = open_ctx("amina"), open_ctx("dr.sarah")
    thread_id = case_thread(trainee)
    view = thread_view(qtbot, trainee, thread_id)  # this visit marks everything so far as seen
    seen = {r.id for r in view.model.rows()}
    view.show_thread(None)

    # The tutor replies from her own computer.
    tutor_post = discussions.reply(tutor.store, tutor.user_id, thread_id, "Well done for percussing.")
    sync(qtbot, tutor)
    sync(qtbot, trainee)

    with qtbot.waitSignal(view.thread_loaded):
        view.show_thread(thread_id, CASE_TITLE)
    new = [r.id for r in view.model.rows() if r.is_new]
    assert new == [tutor_post]
    assert badge(view, tutor_post, "postNewMarker") is not None
    assert all(badge(view, pid, "postNewMarker") is None for pid in seen)
    # Opening it counted as a visit: next time nothing is new.
    view.show_thread(None)
    with qtbot.waitSignal(view.thread_loaded):
        view.show_thread(thread_id, CASE_TITLE)
    assert not any(r.is_new for r in view.model.rows())


def test_a_refused_post_shows_the_reason_with_edit_and_resend(qtbot, open_ctx):
    ctx = open_ctx("amina")
    view = thread_view(qtbot, ctx, case_thread(ctx))
    # A picture link to a file that never reached the server: the server refuses the post.
    view.reply_box.setPlainText("See my photo ![chest](blob:" + "ab" * 32 + ")")
    with qtbot.waitSignal(view.reply_added) as added:
        view.send_button.click()
    post_id = added.args[0]
    sync(qtbot, ctx)
    # Visible, as a user can click it: a redraw (the sync's change notice) makes new
    # cards that the layout shows on the next event-loop turn, not at once.
    qtbot.waitUntil(lambda: view.card(post_id) is not None and view.card(post_id).isVisible()
                    and view.model.post(view.model.row_of(post_id)).local_state == REJECTED)
    card = view.card(post_id)
    reason = card.findChild(QLabel, "postRejectedReason").text()
    assert "not on the server" in reason
    assert badge(view, post_id, "postRejectedMarker").text() == "Not sent"
    assert_named(card)

    card.edit_button.click()
    editor = card.findChild(QPlainTextEdit, "postEditBox")
    assert editor.isVisible() and "blob:" in editor.toPlainText()
    editor.setPlainText("I will bring the photo to the next session instead.")
    # A redraw (here: another reply arriving in the thread) keeps what is being edited.
    view.reply_box.setPlainText("One more thing: the drain was removed on day 3.")
    view.send_button.click()
    qtbot.waitUntil(lambda: view.card(post_id) is not card)
    card = view.card(post_id)
    assert card.findChild(QPlainTextEdit, "postEditBox").toPlainText().startswith("I will bring")
    with qtbot.waitSignal(view.post_resent):
        card.resend_button.click()
    qtbot.waitUntil(lambda: view.model.post(view.model.row_of(post_id)).local_state == PENDING)
    assert view.model.post(view.model.row_of(post_id)).body.startswith("I will bring")
    sync(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.post(view.model.row_of(post_id)).local_state not in (PENDING, REJECTED))
    assert badge(view, post_id, "postRejectedMarker") is None


def test_a_held_reply_says_why_and_can_be_sent_anyway(qtbot, open_ctx):
    ctx = open_ctx("amina")
    thread_id = case_thread(ctx)
    view = thread_view(qtbot, ctx, thread_id)
    view.reply_box.setPlainText("Her husband's number is 0611222333 if you need him.")
    with qtbot.waitSignal(view.reply_added) as added:
        view.send_button.click()
    post_id = added.args[0]
    qtbot.waitUntil(lambda: badge(view, post_id, "postHeldMarker") is not None)
    assert "held on this computer" in badge(view, post_id, "postHeldMarker").text().lower()
    reason = view.card(post_id).findChild(QLabel, "postHeldReason")
    assert reason is not None and "phone number" in reason.text()
    assert_named(view)
    confirm = view.card(post_id).findChild(QPushButton, "confirmHeldPostButton")
    confirm.click()
    qtbot.waitUntil(lambda: view.card(post_id) is not None
                    and badge(view, post_id, "postHeldMarker") is None)
    assert badge(view, post_id, "postPendingMarker") is not None
    assert discussions.thread_posts(ctx.store, thread_id)[-1]["held"] == []
