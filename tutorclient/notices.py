"""Quiet news after a sync, and the counts beside the navigation.

:func:`after_sync` says, in a few short lines, what arrived since the last
time it was called ("3 new replies to your cases"); the watermark is the
``arrivals`` sequence (``m004_discussion_visits``) kept in a settings row, so
each piece of news is told once, across restarts. So is a wrong clock on this
computer (measured at each sync against the server's time). Nothing here pops
up: the UI decides where these lines go.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from . import conflicts
from .discussions import new_counts
from .review import TUTOR_ROLES, queue_summary
from .review import field_sql as _waiting_sql
from .review import tutor_of as _user
from .store import Store
from .texts import NP_, Text

WATERMARK_KEY = "notices.arrival_seq"
#: The last measured clock difference ({"skew_s": this computer minus the
#: server, "margin_s": half the round trip}), and the skew already told.
CLOCK_KEY = "clock.skew"
CLOCK_TOLD_KEY = "clock.skew_told"
#: More than this off is worth telling: "a few minutes" is ordinary drift.
CLOCK_LIMIT_S = 5 * 60


def _watermark(store: Store) -> int:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [WATERMARK_KEY]).fetchone()
    return int(json.loads(row[0])) if row else 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _setting(store: Store, key: str) -> Any:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else None


def record_clock(store: Store, skew_s: float, margin_s: float) -> None:
    """Keep a sync's clock measurement; a clock found right again re-arms the notice."""
    with store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                   "DO UPDATE SET value = excluded.value",
                   [CLOCK_KEY, json.dumps({"skew_s": skew_s, "margin_s": margin_s})])
        if abs(skew_s) + margin_s <= CLOCK_LIMIT_S:
            db.execute("DELETE FROM settings WHERE key = ?", [CLOCK_TOLD_KEY])


def _amount(seconds: float) -> str:
    if seconds >= 36 * 3600:
        return _plural(round(seconds / 86400), "day", "days")
    if seconds >= 90 * 60:
        return _plural(round(seconds / 3600), "hour", "hours")
    return _plural(round(seconds / 60), "minute", "minutes")


# Each unit and side is its own sentence: word order and plurals differ by language.
_CLOCK_MSGIDS = {
    ("day", "ahead"): NP_("Your computer's clock is %n day(s) ahead. Posts are ordered by the "
                      "server's time, but please set the clock."),
    ("day", "behind"): NP_("Your computer's clock is %n day(s) behind. Posts are ordered by the "
                       "server's time, but please set the clock."),
    ("hour", "ahead"): NP_("Your computer's clock is %n hour(s) ahead. Posts are ordered by the "
                       "server's time, but please set the clock."),
    ("hour", "behind"): NP_("Your computer's clock is %n hour(s) behind. Posts are ordered by the "
                        "server's time, but please set the clock."),
    ("minute", "ahead"): NP_("Your computer's clock is %n minute(s) ahead. Posts are ordered by the "
                         "server's time, but please set the clock."),
    ("minute", "behind"): NP_("Your computer's clock is %n minute(s) behind. Posts are ordered by "
                          "the server's time, but please set the clock."),
}


def clock_sentence(skew_s: float) -> str:
    """"Your computer's clock is 3 days behind. ..." for a skew (ours minus the server's)."""
    side = "ahead" if skew_s > 0 else "behind"
    english = (f"Your computer's clock is {_amount(abs(skew_s))} {side}. Posts are ordered by the "
               "server's time, but please set the clock.")
    seconds = abs(skew_s)
    unit, n = (("day", round(seconds / 86400)) if seconds >= 36 * 3600 else
               ("hour", round(seconds / 3600)) if seconds >= 90 * 60 else
               ("minute", round(seconds / 60)))
    msgid = _CLOCK_MSGIDS[(unit, side)]
    return Text(msgid, english, n=n)


def clock_skew_s(store: Store) -> float:
    """The measured clock difference (ours minus the server's) when beyond the limit, else 0."""
    seen = _setting(store, CLOCK_KEY)
    if not isinstance(seen, dict):
        return 0.0
    skew, margin = float(seen.get("skew_s") or 0), float(seen.get("margin_s") or 0)
    return skew if abs(skew) - margin > CLOCK_LIMIT_S else 0.0


def clock_notice(store: Store) -> str | None:
    """The wrong-clock sentence, once (until the clock is found right again), else None."""
    skew = clock_skew_s(store)
    if not skew or _setting(store, CLOCK_TOLD_KEY) is not None:
        return None
    with store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                   "DO UPDATE SET value = excluded.value", [CLOCK_TOLD_KEY, json.dumps(skew)])
    return clock_sentence(skew)


def after_sync(store: Store, user: str | Mapping[str, Any]) -> list[str]:
    """Plain lines about what arrived since the previous call; advances the watermark.

    A wrong clock on this computer comes first, told once (:func:`clock_notice`)."""
    me = _user(store, user)
    since = _watermark(store)
    db = store.db
    top = db.execute("SELECT coalesce(max(seq), 0) FROM arrivals").fetchone()[0]
    lines: list[str] = []
    clock = clock_notice(store)
    if clock:
        lines.append(clock)
    replies = db.execute(
        "SELECT count(*) FROM arrivals a JOIN posts p ON a.kind = 'posts' AND p.id = a.record_id "
        "JOIN threads t ON t.id = p.thread_id JOIN cases c ON c.id = t.case_id "
        "WHERE a.seq > ? AND c.author_id = ? AND p.author_id != ?",
        [since, me["id"], me["id"]]).fetchone()[0]
    if replies:
        lines.append(Text("%n new reply(s) to your cases",
                          f"{_plural(replies, 'new reply', 'new replies')} to your cases", n=replies))
    for title, event in db.execute(
            "SELECT c.title, a.event FROM arrivals a JOIN cases c ON a.kind = 'cases' "
            "AND c.id = a.record_id WHERE a.seq > ? AND c.author_id = ? "
            "AND a.event IN ('reviewed', 'revision_requested') AND c.local_state = 'synced' "
            "ORDER BY a.seq", [since, me["id"]]).fetchall():
        lines.append(Text("Your case '%1' was reviewed", f"Your case '{title}' was reviewed", title)
                     if event == "reviewed" else
                     Text("A tutor asked for changes to your case '%1'",
                          f"A tutor asked for changes to your case '{title}'", title))
    if me["role"] in TUTOR_ROLES:
        where, params = _waiting_sql(me)
        waiting = db.execute(
            "SELECT count(DISTINCT c.id) FROM arrivals a JOIN cases c ON a.kind = 'cases' "
            f"AND c.id = a.record_id WHERE a.seq > ? AND a.event = 'submitted' AND {where}",
            [since, *params]).fetchone()[0]
        if waiting:
            lines.append(Text("%n case(s) waiting for review",
                              f"{_plural(waiting, 'case', 'cases')} waiting for review", n=waiting))
    with store.write() as wdb:
        wdb.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                    "DO UPDATE SET value = excluded.value", [WATERMARK_KEY, json.dumps(top)])
    return lines


def nav_counts(store: Store, user: str | Mapping[str, Any]) -> dict[str, int]:
    """Badges: ``cases`` (new replies to my cases since I last opened them),
    ``review`` (cases a tutor could claim now), ``cards`` (spaced review cards due
    today, for trainees), ``conflicts`` and ``rejected``."""
    me = _user(store, user)
    db = store.db
    threads = [r[0] for r in db.execute(
        "SELECT t.id FROM threads t JOIN cases c ON c.id = t.case_id "
        "WHERE t.kind = 'case' AND c.author_id = ?", [me["id"]])]
    # The review page's own summary: the badge and "claimed by you" cannot disagree.
    review = queue_summary(store, me).to_do if me["role"] in TUTOR_ROLES else 0
    if me["role"] == "trainee":
        from . import cards  # the scheduler loads with the first count, not with the app

        due = cards.due_today_count(store, me["id"])
    else:
        due = 0
    return {
        "cases": sum(new_counts(store, threads, me["id"]).values()),
        "review": review,
        "cards": due,
        "conflicts": conflicts.count_open(store),
        "rejected": db.execute("SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()[0],
    }
