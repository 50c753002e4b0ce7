"""The pull half of a sync: changes in the viewer's scopes since their cursor.

Candidates come from two streams merged by sequence number: scope rows
(``record_scopes``: records in, or just gone from, one of the viewer's scopes)
and the viewer's own feed (``user_feed``: records to re-check after their
memberships changed). Each candidate is judged against the record's *current*
state: visible -> the record, otherwise -> a tombstone. A record appears at
most once per page. Changes are rendered to JSON text straight from the stored
data, without decoding it, with the server's accept times (``t``) beside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, literal_column, select, union_all

from sync.protocol import V1, change_v2, stamp_deltas
from sync.server import schema as t
from sync.server.records import wire_stamps
from sync.server.scopes import Viewer


@dataclass
class Page:
    """One page of changes, already encoded as JSON objects."""

    changes: list[str] = field(default_factory=list)
    cursor: int = 0
    more: bool = False
    reset: bool = False


def _candidates(viewer: Viewer, cursor: int, top: int, limit: int):
    r = t.records
    cols = (r.c.kind, r.c.id, r.c.version, r.c.created_seq, r.c.scopes, r.c.deleted, r.c.data,
            r.c.created_ms, r.c.updated_ms, r.c.submitted_ms)
    if viewer.is_admin:
        return (select(r.c.seq, *cols).where(r.c.seq > cursor, r.c.seq <= top)
                .order_by(r.c.seq).limit(limit))
    rs, uf = t.record_scopes, t.user_feed
    by_scope = (select(rs.c.seq.label("seq"), *cols)
                .select_from(rs.join(r, (r.c.kind == rs.c.kind) & (r.c.id == rs.c.id)))
                .where(rs.c.scope.in_(sorted(viewer.scopes)), rs.c.seq > cursor, rs.c.seq <= top))
    by_feed = (select(uf.c.seq.label("seq"), *cols)
               .select_from(uf.join(r, (r.c.kind == uf.c.kind) & (r.c.id == uf.c.id)))
               .where(uf.c.user_id == viewer.id, uf.c.seq > cursor, uf.c.seq <= top))
    return union_all(by_scope, by_feed).order_by(literal_column("seq")).limit(limit)


def _head_and_restores(conn: Connection) -> tuple[int, list[tuple[int, int]]]:
    """The head, and the cursor ranges restores skipped (``meta`` rows ``restore:<floor>``).

    A restore (sync/server/backup.py) moves the sequence from the backup's head
    (floor) to floor + a large gap (ceiling): a cursor strictly between the two
    was handed out after the backup was made, by a history the restore undid.
    """
    top, restored = 0, []
    for name, value in conn.execute(select(t.meta.c.name, t.meta.c.value).where(
            (t.meta.c.name == "seq") | t.meta.c.name.like("restore:%"))):
        if name == "seq":
            top = int(value)
        else:
            restored.append((int(name.split(":", 1)[1]), int(value)))
    return top, restored


def pull(conn: Connection, viewer: Viewer, cursor: int, limit: int, page_bytes: int,
         known: set[tuple[str, str, int]] | frozenset = frozenset(), *,
         version: int = V1) -> Page:
    """The next page of changes after ``cursor`` for ``viewer``.

    ``known`` lists (kind, id, version) the client already has (its own writes in
    this request); they are skipped. The returned cursor is the server head when
    the page is the last one, so idle clients catch up with changes outside
    their scopes and their next no-op sync costs one tiny read. ``version``
    chooses the changes' shape: objects (1) or compact arrays (2).
    """
    top, restored = _head_and_restores(conn)
    page = Page(cursor=top)
    if cursor > top or any(floor < cursor < ceiling for floor, ceiling in restored):
        # The client's cursor was never handed out by this server's history: the
        # server was restored from a backup older than the client's last sync (or
        # it is another server). Start over from zero.
        cursor, page.reset = 0, True
    if cursor >= top:
        return page
    rows = conn.execute(_candidates(viewer, cursor, top, limit + 1)).all()
    seen: set[tuple[str, str]] = set()
    size = 0
    last = cursor
    prev = 0  # version 2: the time chain (sync.protocol.stamp_deltas)
    for n, row in enumerate(rows):
        if n == limit:
            page.more = True
            break
        key = (row.kind, row.id)
        if key in seen:
            last = row.seq
            continue
        visible = not row.deleted and viewer.sees(row.scopes, row.kind)
        # No tombstone for a record created after the client's cursor: it never had it.
        skip = (row.kind, row.id, row.version) in known or (
            not visible and row.created_seq > cursor)
        if not skip:
            stamps = wire_stamps(row.created_ms, row.updated_ms, row.submitted_ms) \
                if visible else None
            data = row.data if visible else "null"
            if version == V1:
                piece = ('{"k":"%s","i":%s,"v":%d,"d":%s%s}' % (
                    row.kind, json.dumps(row.id, ensure_ascii=False), row.version, data,
                    ',"t":[%s]' % ",".join(map(str, stamps)) if stamps else ""))
                after = prev
            else:
                deltas, after = stamp_deltas(stamps, prev)
                piece = change_v2(row.kind, row.id, row.version, data, deltas)
            if page.changes and size + len(piece) > page_bytes:
                page.more = True
                break
            prev = after
            page.changes.append(piece)
            size += len(piece)
        seen.add(key)
        last = row.seq
    if page.more:
        page.cursor = last
    return page
