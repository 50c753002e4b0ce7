"""One discussion: posts with author and time, new-since-last-visit marks, and a reply box.

The reply box works offline: a reply appears at once marked "Waiting to send"
and becomes a normal post when a sync delivers it. A post the server refused
shows the reason, with Edit and Resend. Pictures come from the local blob
cache only; one not downloaded yet says so instead of reaching the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sync.errors import StorageError
from tutorclient import discussions
from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext
from ..models.cases import short_time
from ..models.posts import PENDING, REJECTED, PostRow, PostsModel
from .direction import set_margins
from .case_labels import kind_word

_button = partial(widgets.button, tip=None, height=30)

__all__ = ["ThreadData", "ThreadView", "load_thread"]

IMAGE_WIDTH = 460
NOT_DOWNLOADED = QT_TRANSLATE_NOOP("PostCard", "Picture not downloaded yet: it arrives with the next sync.")


@dataclass
class ThreadData:
    thread_id: str
    title: str
    posts: list[dict[str, Any]]
    images: dict[str, QImage] = field(default_factory=dict)
    new_ids: set[str] = field(default_factory=set)
    me: str = ""


def load_thread(ctx: AppContext, thread_id: str, with_new: bool) -> ThreadData:
    """On a lane: the thread's posts (names, quotes, attachments), cached pictures, new marks."""
    store, blobs = ctx.store, ctx.blobs
    posts = discussions.thread_posts(store, thread_id, ctx.user_id)
    images: dict[str, QImage] = {}
    for post in posts:
        for att in post.get("attachments") or []:
            sha = att.get("sha256", "")
            if not str(att.get("mime") or "").startswith("image/") or sha in images or not blobs.has(sha):
                continue
            try:
                image = QImage()
                if image.loadFromData(blobs.read(sha)):
                    images[sha] = image if image.width() <= IMAGE_WIDTH else image.scaledToWidth(
                        IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            except StorageError:
                continue  # damaged on disk: shown as not downloaded; the next sync fetches it again
    new = {str(p["id"]) for p in posts if p.get("new")} if with_new else set()
    return ThreadData(thread_id, discussions.thread_title(store, thread_id) or "", posts, images, new, ctx.user_id)


class PostCard(QFrame):
    """One post as a card. Emits the post id for Quote, Edit and Resend."""

    quote_clicked = Signal(str)
    resend_clicked = Signal(str, str)  # post id, edited body
    confirm_held_clicked = Signal(str)  # post id: "none of this identifies anyone"

    def __init__(self, post: PostRow, images: dict[str, QImage], parent: QWidget | None = None):
        super().__init__(parent)
        self.post = post
        self.setObjectName(f"post-{post.id}")
        self.setAccessibleName(self.tr("Post by {author}").format(author=post.author_name))
        self.setProperty("postState", post.local_state)
        border = {"pending": "#e3bf6a", "rejected": "#d9534f"}.get(post.local_state, "#d5dae1")
        background = "#fffaf0" if post.is_new else "#ffffff"
        self.setStyleSheet(f"PostCard {{ border: 1px solid {border}; border-radius: 5px;"
                           f" background: {background}; }}")
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 10)
        box.setSpacing(6)
        box.addLayout(self._header())
        if post.quote_post_id:
            wrote = self.tr("{author} wrote:").format(
                author=_esc(post.quote_author or self.tr("Earlier post")))
            quote = QLabel(f"<b>{wrote}</b> {_esc(post.quote_excerpt)}",
                           objectName="postQuote", wordWrap=True)
            quote.setAccessibleName(self.tr("Quoted post"))
            side = "right" if quote.isRightToLeft() else "left"  # the bar on the leading side
            quote.setStyleSheet(f"QLabel {{ color: #4a5563; border-{side}: 3px solid #b8c2cf;"
                                f" padding: 2px 0 2px 0; padding-{side}: 8px; background: #f4f6f9; }}")
            box.addWidget(quote)
        self.body = QLabel(objectName="postBody", wordWrap=True)
        self.body.setTextFormat(Qt.TextFormat.MarkdownText)
        self.body.setText(post.body)
        self.body.setAccessibleName(self.tr("Post text"))
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        box.addWidget(self.body)
        for att in post.attachments:
            box.addWidget(self._attachment(att, images.get(att.sha256)))
        self.editor: QPlainTextEdit | None = None
        if post.local_state == REJECTED:
            self._rejected(box)
        elif post.held:
            self._held(box)
        else:
            row = QHBoxLayout()
            row.addStretch(1)
            quote_btn = QToolButton(objectName="quotePostButton", text=self.tr("Quote in reply"))
            quote_btn.setAccessibleName(self.tr("Quote the post by {author} in your reply")
                                         .format(author=post.author_name))
            quote_btn.clicked.connect(lambda: self.quote_clicked.emit(post.id))
            row.addWidget(quote_btn)
            box.addLayout(row)

    def _header(self) -> QHBoxLayout:
        post = self.post
        row = QHBoxLayout()
        row.setSpacing(8)
        author = QLabel(f"<b>{_esc(post.author_name)}</b>", objectName="postAuthor")
        author.setAccessibleName(self.tr("Author"))
        when_text = short_time(post.shown_time)
        if post.device_note():  # the author's clock was far off: show theirs too
            when_text += f" · {post.device_note()}"
        when = QLabel(when_text, objectName="postTime")
        when.setAccessibleName(self.tr("Posted"))
        when.setStyleSheet("color: #5b6675;")
        row.addWidget(author)
        row.addWidget(when)
        if post.is_new:
            row.addWidget(_badge(self.tr("New"), "postNewMarker", "#1d5fa8", "#ffffff"))
        if post.held:
            badge = _badge(self.tr("Held on this computer"), "postHeldMarker", "#fdebc8", "#6b4a00")
            badge.setToolTip(self.tr("Not sent: it may identify the patient."))
            row.addWidget(badge)
        elif post.local_state == PENDING:
            badge = _badge(self.tr("Waiting to send"), "postPendingMarker", "#fdebc8", "#6b4a00")
            badge.setToolTip(self.tr("Saved on this computer. It is sent at the next sync."))
            row.addWidget(badge)
        elif post.local_state == REJECTED:
            row.addWidget(_badge(self.tr("Not sent"), "postRejectedMarker", "#f8d7d5", "#7a1c16"))
        row.addStretch(1)
        return row

    def _attachment(self, att: Any, image: QImage | None) -> QWidget:
        if image is not None:
            label = QLabel(objectName="postImage")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Picture: {name}").format(name=att.filename))
            label.setToolTip(att.filename)
            return label
        text = (self.tr(NOT_DOWNLOADED) if att.mime.startswith("image/")
                else self.tr("Attached file: {name}").format(name=att.filename))
        label = QLabel(f"🖼  {att.filename} — {text}" if att.mime.startswith("image/") else text,
                       objectName="postFileNote", wordWrap=True)
        label.setAccessibleName(text)
        label.setStyleSheet("color: #4a5563; background: #eef2f6; padding: 6px;")
        return label

    def _rejected(self, box: QVBoxLayout) -> None:
        post = self.post
        reason = QLabel(self.tr("The server did not accept this post: {reason}\n"
                                "Edit it and press Resend, or copy the text somewhere safe.")
                        .format(reason=_esc(post.reason)),
                        objectName="postRejectedReason", wordWrap=True)
        reason.setAccessibleName(self.tr("Why this post was not sent"))
        reason.setStyleSheet("color: #7a1c16;")
        box.addWidget(reason)
        self.editor = QPlainTextEdit(post.body, objectName="postEditBox")
        self.editor.setAccessibleName(self.tr("Edit the post that was not sent"))
        self.editor.setMaximumHeight(110)
        self.editor.hide()
        box.addWidget(self.editor)
        row = QHBoxLayout()
        row.addStretch(1)
        self.edit_button = _button(self.tr("Edit"), "editRejectedPostButton",
                                   self.tr("Edit the post that was not sent"))
        self.resend_button = _button(self.tr("Resend"), "resendPostButton", self.tr("Send the post again"))
        self.edit_button.clicked.connect(self._edit)
        self.resend_button.clicked.connect(self._resend)
        row.addWidget(self.edit_button)
        row.addWidget(self.resend_button)
        box.addLayout(row)

    def _held(self, box: QVBoxLayout) -> None:
        kinds = self.tr(", ").join(sorted({kind_word(k) for k in self.post.held}))
        reason = QLabel(self.tr("Not sent: this reply may identify the patient ({kinds}). Tutors in "
                                "another country will read it. If none of it identifies anyone, "
                                "send it anyway; otherwise write a new reply without it.")
                        .format(kinds=kinds),
                        objectName="postHeldReason", wordWrap=True)
        reason.setAccessibleName(self.tr("Why this reply is held on this computer"))
        reason.setStyleSheet("color: #6b4a00;")
        box.addWidget(reason)
        row = QHBoxLayout()
        row.addStretch(1)
        self.confirm_button = _button(self.tr("Send anyway: none of this identifies anyone"),
                                      "confirmHeldPostButton",
                                      self.tr("Send the reply anyway: none of it identifies anyone"))
        self.confirm_button.clicked.connect(self._confirm_held)
        row.addWidget(self.confirm_button)
        box.addLayout(row)

    @Slot()
    def _confirm_held(self) -> None:
        self.confirm_button.setEnabled(False)
        self.confirm_held_clicked.emit(self.post.id)

    @Slot()
    def _edit(self) -> None:
        self.start_editing()

    def start_editing(self, text: str | None = None) -> None:
        assert self.editor is not None
        if text is not None:
            self.editor.setPlainText(text)
        self.editor.show()
        self.body.hide()
        self.edit_button.setEnabled(False)
        self.editor.setFocus()

    @Slot()
    def _resend(self) -> None:
        body = self.editor.toPlainText().strip() if self.editor is not None else self.post.body
        if body:
            self.resend_button.setEnabled(False)
            self.resend_clicked.emit(self.post.id, body)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _badge(text: str, name: str, bg: str, fg: str) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setAccessibleName(text)
    label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 8px;"
                        " padding: 1px 8px; font-weight: bold; }")
    return label


class ThreadView(QWidget):
    """A thread's posts and the reply box. Call :meth:`show_thread`."""

    thread_loaded = Signal(str)  # thread id, after each redraw
    reply_added = Signal(str)  # post id
    post_resent = Signal(str)  # the resent post's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, object_name: str = "threadView"):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Discussion"))
        self.thread_id: str | None = None
        self.model = PostsModel(self)
        self._new_ids: set[str] = set()
        self._seen: set[str] = set()
        self._images: dict[str, QImage] = {}
        self._quote_id: str | None = None
        self._loaded_once = False
        self.cards: dict[str, PostCard] = {}
        self._build()
        self.model.modelReset.connect(self._render)
        ctx.hub.changed.connect(self._on_changes)

    def _build(self) -> None:
        self.title = QLabel(objectName="threadTitle", wordWrap=True)
        self.title.setAccessibleName(self.tr("Discussion title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel(self.tr("No posts yet. Write the first one below."), objectName="threadEmpty")
        self.empty.setAccessibleName(self.tr("No posts yet"))
        self.empty.setStyleSheet("color: #5b6675;")
        self.posts_box = QWidget(objectName="threadPosts")
        self.posts_layout = QVBoxLayout(self.posts_box)
        set_margins(self.posts_layout, 2, 2, 8, 2)
        self.posts_layout.setSpacing(8)
        self.posts_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="threadScroll", widgetResizable=True)
        self.scroll.setAccessibleName(self.tr("Posts"))
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.posts_box)

        self.quote_bar = QWidget(objectName="replyQuoteBar")
        quote_row = QHBoxLayout(self.quote_bar)
        quote_row.setContentsMargins(0, 0, 0, 0)
        self.quote_label = QLabel(objectName="replyQuoteText", wordWrap=True)
        self.quote_label.setAccessibleName(self.tr("The post you are quoting"))
        side = "right" if self.quote_label.isRightToLeft() else "left"  # the bar on the leading side
        self.quote_label.setStyleSheet(f"color: #4a5563; border-{side}: 3px solid #b8c2cf; "
                                       f"padding-{side}: 8px;")
        cancel = QToolButton(objectName="cancelQuoteButton", text="✕")
        cancel.setAccessibleName(self.tr("Do not quote"))
        cancel.setToolTip(self.tr("Do not quote"))
        cancel.clicked.connect(self.clear_quote)
        quote_row.addWidget(self.quote_label, 1)
        quote_row.addWidget(cancel)
        self.quote_bar.hide()

        self.reply_box = QPlainTextEdit(objectName="replyBox")
        self.reply_box.setAccessibleName(self.tr("Your reply"))
        self.reply_box.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_box.setFixedHeight(84)
        self.reply_box.textChanged.connect(self._reply_text_changed)
        self.send_button = _button(self.tr("Send reply"), "sendReplyButton", self.tr("Send reply"))
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send_reply)
        widgets.on_ctrl_enter(self.reply_box, self.send_button)
        hint = QLabel(self.tr("Works without a connection: your reply is saved now and sent at the next sync."),
                      objectName="replyHint", wordWrap=True)
        hint.setAccessibleName(self.tr("About sending replies"))
        hint.setStyleSheet("color: #5b6675;")
        send_row = QHBoxLayout()
        send_row.addWidget(hint, 1)
        send_row.addWidget(self.send_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.title)
        box.addWidget(self.empty)
        box.addWidget(self.scroll, 1)
        box.addWidget(self.quote_bar)
        box.addWidget(self.reply_box)
        box.addLayout(send_row)

    # -- loading -------------------------------------------------------------------------

    def show_thread(self, thread_id: str | None, title: str = "") -> None:
        """Show ``thread_id`` (None: nothing); marks it visited."""
        if thread_id != self.thread_id:
            self.thread_id = thread_id
            self._new_ids, self._seen = set(), set()
            self.clear_quote()
            self.reply_box.clear()
            self._loaded_once = False
        self.title.setText(title)
        self.setEnabled(thread_id is not None)
        if thread_id is None:
            self.model.set_rows([])
            return
        self.refresh()

    def refresh(self) -> None:
        thread_id = self.thread_id
        if thread_id is None:
            return
        first = not self._loaded_once
        self.ctx.query(self, lambda: load_thread(self.ctx, thread_id, first),
                       lambda data: self._loaded(data, first), context="discussion",
                       latest="thread")

    def _loaded(self, data: ThreadData, first: bool) -> None:
        if data.thread_id != self.thread_id:
            return
        ids = {str(p.get("id")) for p in data.posts}
        if first:
            self._loaded_once = True
            self._new_ids = set(data.new_ids)
            self._mark_visited(data.thread_id)
        else:
            # Posts that arrived while the thread was open are new too.
            self._new_ids |= ids - self._seen
        self._seen = ids
        if data.title and not self.title.text():
            self.title.setText(data.title)
        self._images = data.images
        self.model.set_rows(data.posts, data.me, self._new_ids)
        self.thread_loaded.emit(data.thread_id)

    def _mark_visited(self, thread_id: str) -> None:
        ctx = self.ctx

        def work() -> Changes:
            discussions.mark_visited(ctx.store, thread_id)
            return Changes.of("thread_visits")

        ctx.write(self, work, context="discussion")

    @Slot()
    def _render(self) -> None:
        # A refused post being edited keeps its text across redraws (a sync may redraw any time).
        editing = {pid: card.editor.toPlainText() for pid, card in self.cards.items()
                   if card.editor is not None and card.editor.isVisibleTo(card)}
        for card in self.cards.values():
            # Left with its parent and deleted by Qt on this thread: a parentless card would be
            # Python's to free, and the garbage collector may run on any thread.
            self.posts_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        first_new: PostCard | None = None
        for row in self.model.rows():
            card = PostCard(row, self._images, self.posts_box)
            card.quote_clicked.connect(self.quote_post)
            card.resend_clicked.connect(self.resend)
            card.confirm_held_clicked.connect(self.confirm_held)
            self.posts_layout.insertWidget(self.posts_layout.count() - 1, card)
            self.cards[row.id] = card
            if row.id in editing and card.editor is not None:
                card.start_editing(editing[row.id])
            if row.is_new and first_new is None:
                first_new = card
        self.empty.setVisible(not self.cards and self.thread_id is not None)
        target = first_new
        if target is None and self.cards:
            target = list(self.cards.values())[-1]
        if target is not None:
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(target, 0, 40)
                              if target.parent() else None)

    # -- replying --------------------------------------------------------------------------

    @Slot()
    def _reply_text_changed(self) -> None:
        self.send_button.setEnabled(bool(self.reply_box.toPlainText().strip()) and self.thread_id is not None)

    @Slot(str)
    def quote_post(self, post_id: str) -> None:
        row = self.model.post(self.model.row_of(post_id))
        if row is None:
            return
        self._quote_id = post_id
        excerpt = " ".join(row.body.split())
        self.quote_label.setText(self.tr("Quoting {author}: {excerpt}").format(
            author=row.author_name, excerpt=f"{excerpt[:160]}{'…' * (len(excerpt) > 160)}"))
        self.quote_bar.show()
        self.reply_box.setFocus()

    @Slot()
    def clear_quote(self) -> None:
        self._quote_id = None
        self.quote_bar.hide()
        self.quote_label.clear()

    @Slot()
    def send_reply(self) -> None:
        body = self.reply_box.toPlainText().strip()
        thread_id, quote = self.thread_id, self._quote_id
        if not body or thread_id is None:
            return
        ctx = self.ctx
        made: dict[str, str] = {}

        def work() -> Changes:
            made["id"] = discussions.reply(ctx.store, ctx.user_id, thread_id, body, quote_post_id=quote)
            return Changes.of("posts", outbox=True)

        # Cleared at once: the reply shows in the thread (waiting to send) as soon as it is saved.
        self.reply_box.clear()
        self.clear_quote()
        ctx.write(self, work, lambda _c: self.reply_added.emit(made.get("id", "")), context="reply") \
            .failure(lambda exc: self._reply_failed(exc, body))

    def _reply_failed(self, exc: BaseException, body: str) -> None:
        from ..errors import show_error

        if not self.reply_box.toPlainText().strip():
            self.reply_box.setPlainText(body)  # never lose what was typed
        show_error(self, exc, "reply")

    @Slot(str, str)
    def resend(self, post_id: str, body: str) -> None:
        ctx = self.ctx
        made: dict[str, Any] = {}

        def work() -> Changes:
            made["id"] = discussions.resend(ctx.store, post_id, body)
            return Changes.of("posts", outbox=True)

        ctx.write(self, work, lambda _c: self.post_resent.emit(str(made.get("id") or post_id)),
                  context="reply")

    @Slot(str)
    def confirm_held(self, post_id: str) -> None:
        """The author says the held reply identifies nobody: it is sent at the next sync."""
        from tutorclient import cases

        ctx = self.ctx

        def work() -> Changes:
            cases.confirm_post_not_identifying(ctx.store, post_id)
            return Changes.of("posts", outbox=True)

        ctx.write(self, work, lambda _c: self.refresh(), context="reply")

    # -- change notices ----------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self.thread_id is None:
            return
        waiting = any(r.local_state in (PENDING, REJECTED) for r in self.model.rows())
        if changes.touches("posts", "users", "attachments", "blobs") or (waiting and changes.sync_status):
            self.refresh()

    def card(self, post_id: str) -> PostCard | None:
        return self.cards.get(post_id)

    def index_of(self, post_id: str) -> QModelIndex:
        return self.model.index(self.model.row_of(post_id))
