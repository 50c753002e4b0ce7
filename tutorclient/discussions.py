"""Discussion threads and posts, readable and writable offline.

A reply appears at once (``local_state = 'pending'``: "waiting to send") and
becomes a normal post when the server accepts it. Posts are append-only.
"""

from __future__ import annotations

from typing import Any

from .outbox import new_id, now_iso, record_change
from .store import Store, records


def reply(store: Store, author_id: str, thread_id: str, body_md: str,
          quote_post_id: str | None = None) -> str:
    post_id = new_id()
    fields: dict[str, Any] = {"thread_id": thread_id, "author_id": author_id,
                              "body_md": body_md, "created_at": now_iso()}
    if quote_post_id:
        fields["quote_post_id"] = quote_post_id
    with store.write() as db:
        record_change(db, "posts", post_id, fields)
    return post_id


def thread_posts(store: Store, thread_id: str) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT id, local_state FROM posts WHERE thread_id = ? ORDER BY created_at, rowid",
        [thread_id]).fetchall()
    out = []
    for post_id, state in rows:
        post = records.get(store.db, "posts", post_id)
        post["local_state"] = state
        out.append(post)
    return out
