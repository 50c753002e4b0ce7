"""Discussion threads and posts, readable and writable offline.

A reply appears at once (``local_state = 'pending'``: "waiting to send") and
becomes a normal post when the server accepts it. Posts are append-only. A
post the server refuses stays on screen as ``rejected`` with the server's
reason until the user edits and resends it: nothing is dropped silently.

Each case has one discussion (``kind = 'case'``); courses have any number of
topics (``kind = 'course'``). "New since your last visit" counts posts by
others that *arrived* after the user last opened the thread (the ``arrivals``
order, see ``m004_discussion_visits``), not posts written after it.

Order follows the server's clock (``m005_server_time``): posts by when the
server accepted them, topics by their latest accepted post. An author's own
``created_at`` is shown beside it only ("written 10:02 on the author's
device"), since a laptop days behind must not jump ahead. Records not yet
accepted come last in time order (they will be stamped later), by local time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sync.errors import BadDataError
from sync.protocol import new_record_id

from .outbox import now_iso, record_change
from .store import Store, records

QUOTE_CHARS = 280


def user_id_of(user: str | Mapping[str, Any]) -> str:
    """Accept a user id or a user record (``Profile.user``)."""
    return user if isinstance(user, str) else str(user["id"])


def signed_in_user_id(store: Store) -> str | None:
    """The profile's user, as ``Profile.login`` remembered it in settings."""
    row = store.db.execute("SELECT value FROM settings WHERE key = 'user'").fetchone()
    if row is None:
        return None
    user = json.loads(row[0])
    return user.get("id") if isinstance(user, dict) else None


def display_names(store: Store) -> dict[str, str]:
    return {uid: name or username for uid, name, username in
            store.db.execute("SELECT id, display_name, username FROM users")}


def thread_title(store: Store, thread_id: str) -> str | None:
    """The thread's title, or None when the thread is not (yet) on this computer."""
    row = store.db.execute("SELECT title FROM threads WHERE id = ?", [thread_id]).fetchone()
    return row[0] if row else None


def posts_for_reading(store: Store, thread_id: str) -> list[tuple[str, str, str, str, str]]:
    """The thread's posts as (id, author name, created_at, body_md, local_state), in the
    order they were written here: a plain read for search results, no visit marks."""
    return [tuple(r) for r in store.db.execute(
        "SELECT p.id, COALESCE(u.display_name, u.username, 'Someone'), p.created_at, p.body_md, "
        "p.local_state FROM posts p LEFT JOIN users u ON u.id = p.author_id "
        "WHERE p.thread_id = ? ORDER BY p.created_at, p.rowid", [thread_id]).fetchall()]


# -- writing ------------------------------------------------------------------------

def reply(store: Store, author_id: str, thread_id: str, body_md: str,
          quote_post_id: str | None = None) -> str:
    if not body_md.strip():
        raise BadDataError("empty post", user_message="Write something before sending.")
    post_id = new_record_id(author_id)
    fields: dict[str, Any] = {"thread_id": thread_id, "author_id": author_id,
                              "body_md": body_md, "created_at": now_iso()}
    if quote_post_id:
        fields["quote_post_id"] = quote_post_id
    with store.write() as db:
        record_change(db, "posts", post_id, fields)
        _check_case_post(db, thread_id, post_id, body_md)
        _visit(db, thread_id)  # your own reply is not "new" to you
    return post_id


def _check_case_post(db: Any, thread_id: str, post_id: str, body_md: str) -> None:
    """A post in a case's discussion is case text: hold it while it looks identifying."""
    row = db.execute("SELECT case_id FROM threads WHERE id = ?", [thread_id]).fetchone()
    if row and row[0]:
        from . import privacy

        privacy.check_and_hold(db, "posts", post_id, {"body_md": body_md})


def start_course_thread(store: Store, user: str | Mapping[str, Any], course_id: str,
                        partnership_id: str, title: str, body: str) -> str:
    """A new topic in a course's discussions, with its first post; returns the thread id."""
    if not title.strip() or not body.strip():
        raise BadDataError("empty topic", user_message="Give the topic a title and a first post.")
    author = user_id_of(user)
    thread_id = new_record_id(author)
    stamp = now_iso()
    with store.write() as db:
        record_change(db, "threads", thread_id, {
            "kind": "course", "case_id": None, "course_id": course_id,
            "partnership_id": partnership_id, "title": title.strip(), "created_by": author,
            "created_at": stamp})
        record_change(db, "posts", new_record_id(author), {
            "thread_id": thread_id, "author_id": author, "body_md": body,
            "quote_post_id": None, "created_at": stamp})
        _visit(db, thread_id)
    return thread_id


def rejected_posts(store: Store) -> list[dict[str, Any]]:
    """Posts the server refused, with its reason, for the user to edit and resend."""
    rows = store.db.execute(
        "SELECT p.id, p.thread_id, p.body_md, p.created_at, coalesce(t.title, ''), "
        "(SELECT error FROM outbox o WHERE o.kind = 'posts' AND o.record_id = p.id "
        " AND o.state = 'rejected' ORDER BY o.seq DESC LIMIT 1) "
        "FROM posts p LEFT JOIN threads t ON t.id = p.thread_id "
        "WHERE p.local_state = 'rejected' ORDER BY p.created_at").fetchall()
    keys = ("id", "thread_id", "body_md", "created_at", "thread_title", "error")
    return [dict(zip(keys, r)) for r in rows]


def resend(store: Store, post_id: str, new_body: str, *, keep_quote: bool = True) -> str:
    """Send a rejected post again with an edited body; returns the post id (unchanged).

    The server wrote nothing for the refused op, so the same post id is sent
    under a new op UUID. The old outbox row is closed but keeps its reason.
    """
    if not new_body.strip():
        raise BadDataError("empty post", user_message="Write something before sending.")
    with store.write() as db:
        post = records.get(db, "posts", post_id)
        state = db.execute("SELECT local_state FROM posts WHERE id = ?", [post_id]).fetchone()
        if post is None or state[0] != "rejected":
            raise BadDataError(f"Post {post_id} was not rejected",
                               user_message="Only a post the server refused can be resent.")
        records.delete(db, "posts", post_id)
        record_change(db, "posts", post_id, {
            "thread_id": post["thread_id"], "author_id": post["author_id"],
            "body_md": new_body,
            "quote_post_id": post["quote_post_id"] if keep_quote else None,
            "created_at": now_iso()})
        db.execute("UPDATE outbox SET state = 'done', updated_at = ? WHERE kind = 'posts' "
                   "AND record_id = ? AND state = 'rejected'", [now_iso(), post_id])
        _check_case_post(db, post["thread_id"], post_id, new_body)
    return post_id


# -- visits and new-post markers ------------------------------------------------------

def _last_arrival(db: Any) -> int:
    return db.execute("SELECT coalesce(max(seq), 0) FROM arrivals").fetchone()[0]


def _visit(db: Any, thread_id: str) -> None:
    db.execute(
        "INSERT INTO discussion_visits (thread_id, arrival_seq, visited_at) VALUES (?, ?, ?) "
        "ON CONFLICT(thread_id) DO UPDATE SET arrival_seq = excluded.arrival_seq, "
        "visited_at = excluded.visited_at", [thread_id, _last_arrival(db), now_iso()])


def mark_visited(store: Store, thread_id: str) -> None:
    """The user has seen everything in this thread that has arrived so far."""
    with store.write() as db:
        _visit(db, thread_id)


_NEW_POSTS_SQL = """
    SELECT p.id, p.thread_id FROM posts p
    JOIN arrivals a ON a.kind = 'posts' AND a.record_id = p.id
    LEFT JOIN discussion_visits v ON v.thread_id = p.thread_id
    WHERE a.seq > coalesce(v.arrival_seq, 0) AND p.author_id IS NOT ?
"""


def new_since_visit(store: Store, thread_id: str, user_id: str | None = None) -> set[str]:
    """Ids of posts by others that arrived after the user last opened the thread."""
    me = user_id or signed_in_user_id(store)
    rows = store.db.execute(_NEW_POSTS_SQL + " AND p.thread_id = ?", [me, thread_id])
    return {r[0] for r in rows}


def new_counts(store: Store, thread_ids: list[str], user_id: str | None = None) -> dict[str, int]:
    """New-post counts for many threads in one query (list views)."""
    if not thread_ids:
        return {}
    me = user_id or signed_in_user_id(store)
    marks = ", ".join("?" for _ in thread_ids)
    rows = store.db.execute(
        f"SELECT thread_id, count(*) FROM ({_NEW_POSTS_SQL} AND p.thread_id IN ({marks})) "
        "GROUP BY thread_id", [me, *thread_ids])
    return {tid: 0 for tid in thread_ids} | dict(rows.fetchall())


# -- reading --------------------------------------------------------------------------

#: When the server accepted a record; the author's clock only for records from
#: before the server sent its times. (julianday() reads both ISO forms.)
ACCEPTED_AT = "coalesce({t}.server_created_at, {t}.created_at)"

# A topic's latest activity: its newest unsent post or its own unsent creation
# (which is "now", after everything accepted) or else its newest accepted post.
_THREAD_ACTIVITY = f"""
    SELECT t.id, t.kind, t.case_id, t.course_id, t.partnership_id, t.title, t.created_by,
        t.created_at, t.local_state, count(p.id),
        coalesce(max(CASE WHEN p.version IS NULL THEN p.created_at END),
                 CASE WHEN t.version IS NULL THEN t.created_at END) AS local_activity,
        coalesce(max(CASE WHEN p.version IS NOT NULL THEN {ACCEPTED_AT.format(t="p")} END),
                 {ACCEPTED_AT.format(t="t")}) AS accepted_activity
    FROM threads t LEFT JOIN posts p ON p.thread_id = t.id
"""


def _thread_rows(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = store.db.execute(
        f"{_THREAD_ACTIVITY} WHERE {where} GROUP BY t.id "
        "ORDER BY local_activity IS NOT NULL DESC, julianday(local_activity) DESC, "
        "julianday(accepted_activity) DESC, t.id", params).fetchall()
    names = display_names(store)
    keys = ("id", "kind", "case_id", "course_id", "partnership_id", "title", "created_by",
            "created_at", "local_state", "posts")
    out = []
    for r in rows:
        t = dict(zip(keys, r))
        # last_post_at: the time the order uses; unsent_activity: it is this computer's.
        t["last_post_at"] = r[10] or r[11]
        t["unsent_activity"] = r[10] is not None
        out.append(t)
    counts = new_counts(store, [t["id"] for t in out])
    for t in out:
        t["created_by_name"] = names.get(t["created_by"] or "", "")
        t["new_posts"] = counts.get(t["id"], 0)
    return out


def threads_for_case(store: Store, case_id: str) -> list[dict[str, Any]]:
    """The case's discussion (normally one thread), with post and new-post counts."""
    return _thread_rows(store, "t.kind = 'case' AND t.case_id = ?", [case_id])


def course_threads(store: Store, course_id: str) -> list[dict[str, Any]]:
    """A course's discussion topics, most recently active first."""
    return _thread_rows(store, "t.kind = 'course' AND t.course_id = ?", [course_id])


def attachments_of(store: Store, owner_kind: str, owner_id: str) -> list[dict[str, Any]]:
    """Attachment records of a case or post, with whether the file is here yet."""
    rows = store.db.execute(
        "SELECT a.id, a.sha256, a.filename, a.mime, a.size, a.role, a.local_state, "
        "coalesce(b.state, 'wanted') FROM attachments a "
        "LEFT JOIN blobs b ON b.sha256 = a.sha256 "
        "WHERE a.owner_kind = ? AND a.owner_id = ? ORDER BY a.rowid", [owner_kind, owner_id])
    keys = ("id", "sha256", "filename", "mime", "size", "role", "local_state", "blob_state")
    out = []
    for r in rows:
        item = dict(zip(keys, r))
        # 'upload': only on this computer so far; 'present': here and on the server.
        item["downloaded"] = item["blob_state"] in ("present", "upload")
        out.append(item)
    return out


def _errors(store: Store, post_ids: list[str]) -> dict[str, str]:
    if not post_ids:
        return {}
    marks = ", ".join("?" for _ in post_ids)
    rows = store.db.execute(
        f"SELECT record_id, error FROM outbox WHERE kind = 'posts' AND state = 'rejected' "
        f"AND record_id IN ({marks}) ORDER BY seq", post_ids)
    return dict(rows.fetchall())


def _held(store: Store, post_ids: list[str]) -> dict[str, list[Any]]:
    """Unsent posts the identifier check holds on this device, with its findings."""
    if not post_ids:
        return {}
    from . import privacy

    found = {pid: privacy.findings_of(privacy.hold_of(store.db, "posts", pid)) for pid in post_ids}
    return {pid: f for pid, f in found.items() if f}


def thread_posts(store: Store, thread_id: str, user_id: str | None = None) -> list[dict[str, Any]]:
    """A thread's posts in order, each with its author's name, ``local_state``
    (``synced``, ``pending`` = waiting to send, ``rejected`` with ``error``),
    ``new`` (arrived since the last visit), ``posted_at`` (the server's time; the
    author's ``created_at`` is kept for display), the quoted post and attachments.
    For a case discussion the first post also lists the case's attachments
    under ``case_attachments``."""
    rows = store.db.execute(
        "SELECT id, local_state, server_created_at FROM posts WHERE thread_id = ? "
        f"ORDER BY version IS NULL, julianday({ACCEPTED_AT.format(t='posts')}), rowid",
        [thread_id]).fetchall()
    names = display_names(store)
    fresh = new_since_visit(store, thread_id, user_id)
    errors = _errors(store, [r[0] for r in rows if r[1] == "rejected"])
    held = _held(store, [r[0] for r in rows if r[1] == "pending"])
    out: list[dict[str, Any]] = []
    for post_id, state, accepted_at in rows:
        post = records.get(store.db, "posts", post_id)
        assert post is not None
        post["local_state"] = state
        # posted_at: the server's time (the author's own until accepted).
        post["posted_at"] = accepted_at or post["created_at"]
        post["error"] = errors.get(post_id)
        post["held"] = held.get(post_id, [])
        post["author_name"] = names.get(post["author_id"], "")
        post["new"] = post_id in fresh
        post["quote"] = _quote(store, post.get("quote_post_id"), names)
        post["attachments"] = attachments_of(store, "posts", post_id)
        out.append(post)
    thread = records.get(store.db, "threads", thread_id)
    if out and thread and thread.get("case_id"):
        out[0]["case_attachments"] = attachments_of(store, "cases", thread["case_id"])
    return out


def _quote(store: Store, quote_post_id: str | None, names: dict[str, str]) -> dict[str, Any] | None:
    if not quote_post_id:
        return None
    quoted = records.get(store.db, "posts", quote_post_id)
    if quoted is None:
        return {"id": quote_post_id, "author_name": "", "text": "", "missing": True}
    text = quoted["body_md"]
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return {"id": quote_post_id, "author_name": names.get(quoted["author_id"], ""),
            "text": text, "missing": False}
