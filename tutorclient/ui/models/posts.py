"""A discussion's posts, and the list of course discussions.

A post's ``local_state`` says what the trainee sees: ``pending`` is "waiting
to send", ``rejected`` carries the server's reason, anything else is a normal
post. "New" marks posts that arrived since the last visit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QCoreApplication

from ..i18n import arg
from .base import RowsListModel
from .cases import field, moment_of, short_time, time_key

__all__ = [
    "AuthorRole", "BodyRole", "ErrorRole", "NewRole", "PostAttachment", "PostIdRole", "PostRow",
    "PostsModel", "QuoteRole", "StateRole", "ThreadIdRole", "ThreadRow", "ThreadsModel", "TimeRole",
    "state_label",
]

PostIdRole = Qt.ItemDataRole.UserRole + 31
AuthorRole = Qt.ItemDataRole.UserRole + 32
TimeRole = Qt.ItemDataRole.UserRole + 33
BodyRole = Qt.ItemDataRole.UserRole + 34
StateRole = Qt.ItemDataRole.UserRole + 35  # "pending" | "rejected" | "synced"
ErrorRole = Qt.ItemDataRole.UserRole + 36
NewRole = Qt.ItemDataRole.UserRole + 37
QuoteRole = Qt.ItemDataRole.UserRole + 38  # (author, excerpt) or None
PostRole = Qt.ItemDataRole.UserRole + 39
ThreadIdRole = Qt.ItemDataRole.UserRole + 41

PENDING, REJECTED = "pending", "rejected"
QUOTE_CHARS = 220


def state_label(state: str) -> str:
    return {PENDING: QCoreApplication.translate("Models", "Waiting to send"), REJECTED: QCoreApplication.translate("Models", "Not sent")}.get(state, "")


def _server_reason(error: str) -> str:
    """The server's 'forbidden: ...'/'invalid: ...' sentence, without its machine prefix."""
    for prefix in ("forbidden:", "invalid:", "rejected:"):
        if error.lower().startswith(prefix):
            error = error[len(prefix):].strip()
    return error[:1].upper() + error[1:] if error else QCoreApplication.translate("Models", "The server did not accept it.")


#: An author's clock this far from the server's is worth a word beside the post.
DEVICE_NOTE_AFTER_S = 5 * 60


def device_note(author_time: str, server_time: str) -> str:
    """The author's own time, when it differs from the server's by minutes or more."""
    written, posted = moment_of(author_time), moment_of(server_time)
    if written is None or posted is None or \
            abs((written - posted).total_seconds()) < DEVICE_NOTE_AFTER_S:
        return ""
    return arg(QCoreApplication.translate("Models", "written %1 on the author's device"),
               short_time(author_time))


@dataclass(frozen=True)
class PostAttachment:
    sha256: str
    filename: str
    mime: str


@dataclass(frozen=True)
class PostRow:
    id: str
    author_id: str
    author_name: str
    created_at: str  # the author's clock: shown as "written ... on the author's device" only
    body: str
    local_state: str
    error: str
    quote_post_id: str
    quote_author: str
    quote_excerpt: str
    mine: bool
    is_new: bool
    attachments: tuple[PostAttachment, ...]
    posted_at: str = ""  # the server's time of the post (the author's until it is accepted)
    #: Kinds of identifier (``phone``, ``name``, ...) that hold this unsent post on the device.
    held: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return _server_reason(self.error)

    @property
    def shown_time(self) -> str:
        return self.posted_at or self.created_at

    def device_note(self) -> str:
        """'written 10:02 on the author's device' when the author's clock was far off, else ''."""
        return device_note(self.created_at, self.posted_at)

    @classmethod
    def of(cls, post: Any, me: str = "") -> PostRow:
        attachments = tuple(
            PostAttachment(str(field(a, "sha256", "")), str(field(a, "filename", "")),
                           str(field(a, "mime", "")))
            for a in field(post, "attachments", ()) or ())
        author_id = str(field(post, "author_id", ""))
        quote = field(post, "quote") or {}
        return cls(
            id=str(field(post, "id", "")), author_id=author_id,
            author_name=str(field(post, "author_name", "")) or QCoreApplication.translate("Models", "Someone"),
            created_at=str(field(post, "created_at", "")), body=str(field(post, "body_md", "")),
            local_state=str(field(post, "local_state", "synced")), error=str(field(post, "error", "")),
            quote_post_id=str(field(post, "quote_post_id", "")),
            quote_author=str(field(quote, "author_name", "")), quote_excerpt=str(field(quote, "text", "")),
            mine=bool(me) and author_id == me, is_new=False, attachments=attachments,
            posted_at=str(field(post, "posted_at", "") or ""),
            held=tuple(str(field(f, "kind", "")) for f in field(post, "held", ()) or ()),
        )


class PostsModel(RowsListModel):
    """One thread's posts in order. ``set_rows(posts, me, new_ids)`` fills in quotes and markers."""

    def set_rows(self, posts: list[Any], me: str = "", new_ids: set[str] | frozenset[str] = frozenset()) -> None:
        rows = [PostRow.of(p, me) for p in posts]
        by_id = {r.id: r for r in rows}
        out = []
        for r in rows:
            quoted = by_id.get(r.quote_post_id) if r.quote_post_id else None
            author, excerpt = r.quote_author, r.quote_excerpt
            if quoted is not None and not excerpt:
                author, excerpt = quoted.author_name, " ".join(quoted.body.split())
                if len(excerpt) > QUOTE_CHARS:
                    excerpt = excerpt[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            if r.quote_post_id and not excerpt:
                excerpt = QCoreApplication.translate("Models", "(an earlier post that is not on this computer)")
            out.append(replace(r, is_new=r.id in new_ids and not r.mine,
                               quote_author=author, quote_excerpt=excerpt))
        if out == self._rows:
            return  # nothing changed: no redraw, so nothing being read or edited jumps
        self._replace_rows(out)

    def rows(self) -> list[PostRow]:
        return super().rows()

    def post(self, row: int) -> PostRow | None:
        return self.row(row)

    def row_of(self, post_id: str) -> int:
        return self._find(lambda r: r.id == post_id)

    def new_count(self) -> int:
        return sum(r.is_new for r in self._rows)

    def row_data(self, post: PostRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            marks = [m for m in (QCoreApplication.translate("Models", "New") if post.is_new else "", state_label(post.local_state)) if m]
            head = f"{post.author_name} · {short_time(post.shown_time)}"
            note = post.device_note()
            if note:
                head += f" ({note})"
            if marks:
                head += f" ({', '.join(marks)})"
            return f"{head}\n{post.body}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.row_data(post, Qt.ItemDataRole.DisplayRole).replace("\n", ": ", 1)
        return {
            PostIdRole: post.id, AuthorRole: post.author_name, TimeRole: post.shown_time,
            BodyRole: post.body, StateRole: post.local_state,
            ErrorRole: post.reason if post.local_state == REJECTED else "",
            NewRole: post.is_new,
            QuoteRole: (post.quote_author, post.quote_excerpt) if post.quote_post_id else None,
            PostRole: post,
        }.get(role)


@dataclass(frozen=True)
class ThreadRow:
    id: str
    title: str
    course_title: str
    posts: int
    new: int
    last_post_at: str
    unsent_activity: bool = False  # the latest activity is on this computer, not yet sent

    @classmethod
    def of(cls, item: Any) -> ThreadRow:
        return cls(
            id=str(field(item, "id") or field(item, "thread_id", "")),
            title=str(field(item, "title", "")) or QCoreApplication.translate("Models", "(untitled discussion)"),
            course_title=str(field(item, "course_title", "")),
            posts=int(field(item, "posts", 0) or field(item, "post_count", 0)),
            new=int(field(item, "new", 0) or field(item, "new_posts", 0)),
            last_post_at=str(field(item, "last_post_at", "")),
            unsent_activity=bool(field(item, "unsent_activity", False)),
        )


class ThreadsModel(RowsListModel):
    """Course discussions, the most recently active first."""

    def set_rows(self, items: list[Any]) -> None:
        # Unsent activity is the newest; the rest by the server's time of the latest post.
        self._replace_rows(sorted((ThreadRow.of(i) for i in items),
                                  key=lambda r: (r.unsent_activity, time_key(r.last_post_at)), reverse=True))

    def thread(self, row: int) -> ThreadRow | None:
        return self.row(row)

    def row_of(self, thread_id: str) -> int:
        return self._find(lambda r: r.id == thread_id)

    def row_data(self, t: ThreadRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = t.title + ("   · " + QCoreApplication.translate("Models", "%n new", None, t.new)
                              if t.new else "")
            details = [arg(QCoreApplication.translate("Models", "In “%1”"), t.course_title)
                       if t.course_title else "",
                       QCoreApplication.translate("Models", "%n post(s)", None, t.posts)
                       if t.posts else ""]
            details_text = " · ".join(d for d in details if d)
            return f"{text}\n{details_text}" if details_text else text
        if role == ThreadIdRole:
            return t.id
        if role == NewRole:
            return t.new
        return None
