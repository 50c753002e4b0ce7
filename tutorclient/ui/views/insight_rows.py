"""Turning the server's figures into the view's cells and chart series (no widgets).

Every text is translated in the ``InsightRows`` context; each cell is (shown text,
raw value) so tables sort by value and the CSV export writes numbers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import number

# lupdate reads calls of ``translate("Context", "text")`` under this name too.
translate = QCoreApplication.translate

Cell = tuple[str, Any]


def _num(value: float) -> str:
    """A count in the interface language's digits (Arabic-Indic in Arabic), as every page."""
    return number(value)


def hours_text(h: float | None) -> str:
    """A duration in hours as a person says it: "5 h", "2.5 days"."""
    if h is None:
        return "–"
    if h < 48:
        if h < 1:
            return translate("InsightRows", "under 1 h")
        return translate("InsightRows", "%n h", None, round(h))
    days = h / 24
    return translate("InsightRows", "%1 days").replace("%1", number(round(days, 1)))


def pct_text(p: float | None) -> str:
    return "–" if p is None else number(p, 0) + "%"


def mb_text(n: int | None) -> str:
    if n is None:
        return "–"
    return translate("InsightRows", "%1 MB").replace("%1", number(n / 1_000_000, 1))


def day_text(iso_or_epoch: Any) -> str:
    if iso_or_epoch in (None, ""):
        return translate("InsightRows", "never")
    if isinstance(iso_or_epoch, (int, float)):
        moment = datetime.fromtimestamp(iso_or_epoch, UTC)
    else:
        try:
            moment = datetime.fromisoformat(str(iso_or_epoch).replace("Z", "+00:00"))
        except ValueError:
            return str(iso_or_epoch)
    return moment.strftime("%Y-%m-%d")


def bucket_labels(edges: list[int]) -> list[str]:
    """Waiting-time buckets, short enough to sit under their bars: "< 1 day", "1–2 days", ..."""
    def amount(h: int) -> str:
        return f"{h / 168:g}" if h % 168 == 0 else f"{h / 24:g}"

    out = []
    low = 0
    for edge in edges:
        weeks = edge % 168 == 0 and low % 168 == 0 and low > 0
        if low == 0:
            out.append(translate("InsightRows", "< %n day(s)", None, edge // 24))
        elif weeks:
            out.append(translate("InsightRows", "%1–%2 weeks").replace(
                "%1", amount(low)).replace("%2", amount(edge)))
        else:
            out.append(translate("InsightRows", "%1–%2 days").replace(
                "%1", f"{low / 24:g}").replace("%2", f"{edge / 24:g}"))
        low = edge
    last = edges[-1] if edges else 0
    out.append(translate("InsightRows", "> %n week(s)", None, last // 168)
               if last % 168 == 0 else
               translate("InsightRows", "> %n day(s)", None, last // 24))
    return out


def course_choice(figures: dict[str, Any], course_id: str | None) -> list[dict[str, Any]]:
    courses = figures.get("courses") or []
    return [c for c in courses if course_id in (None, c["id"])]


def tiles(figures: dict[str, Any], course_id: str | None,
          audience: str = "coordinator") -> list[tuple[str, str]]:
    """(caption, value) of the summary tiles; a trainee's first tile is their active weeks."""
    courses = course_choice(figures, course_id)
    attempts = sum(c["attempts"] for c in courses)
    scored = [(c["score_pct"], c["attempts"]) for c in courses if c["score_pct"] is not None]
    mean = sum(p * n for p, n in scored) / sum(n for _, n in scored) if scored else None
    cases = figures.get("cases") or {}
    first = (cases.get("first_review_h") or {}).get("median")
    active, total = figures.get("active", 0), figures.get("trainees", 0)
    weeks = figures.get("weeks") or []
    first_tile = (translate("InsightRows", "Weeks active"),
                  translate("InsightRows", "%1 of %2").replace(
                      "%1", _num(sum(1 for w in weeks if w["active"]))).replace(
                      "%2", _num(len(weeks)))) if audience == "trainee" else None
    return [
        first_tile or (translate("InsightRows", "Active trainees"),
                       translate("InsightRows", "%1 of %2").replace("%1", _num(active)).replace(
                           "%2", _num(total))),
        (translate("InsightRows", "Lessons read"), _num(sum(c["lessons_read"] for c in courses))),
        (translate("InsightRows", "Quiz score"), pct_text(mean) if attempts else "–"),
        (translate("InsightRows", "Cases waiting"), _num(cases.get("waiting", 0))),
        (translate("InsightRows", "In review"), _num(cases.get("in_review", 0))),
        (translate("InsightRows", "First review (median)"), hours_text(first)),
    ]


def question_rows(figures: dict[str, Any], course_id: str | None) -> tuple[list[list[Cell]], int]:
    """Rows of the questions most missed; and how many courses hide them (small groups)."""
    rows: list[list[Cell]] = []
    hidden = 0
    for c in course_choice(figures, course_id):
        if c["questions"] is None:
            hidden += 1
            continue
        for q in c["questions"]:
            share = round(100 * q["missed"] / q["asked"]) if q["asked"] else None
            rows.append([(c["title"], c["title"]), (q["prompt"], q["prompt"]),
                         (_num(q["missed"]), q["missed"]), (_num(q["asked"]), q["asked"]),
                         (pct_text(share), share)])
    rows.sort(key=lambda r: -r[2][1])
    return rows, hidden


def course_rows(figures: dict[str, Any]) -> list[list[Cell]]:
    return [[(c["title"], c["title"]), (_num(c["trainees"]), c["trainees"]),
             (_num(c["lessons_read"]), c["lessons_read"]), (_num(c["attempts"]), c["attempts"]),
             (pct_text(c["score_pct"]), c["score_pct"])] for c in figures.get("courses") or []]


def tutor_rows(figures: dict[str, Any]) -> list[list[Cell]]:
    return [[(t["tutor"] or translate("InsightRows", "All tutors together"), t["tutor"]),
             (_num(t["reviews"]), t["reviews"]), (hours_text(t["median"]), t["median"]),
             (hours_text(t["p90"]), t["p90"])] for t in figures.get("tutors") or []]


def device_rows(figures: dict[str, Any]) -> list[list[Cell]]:
    rows = []
    for d in figures.get("devices") or []:
        failures = d.get("failures")
        cap = d.get("month_cap")
        used = d.get("month_bytes")
        share = f" ({round(100 * used / cap)}%)" if cap and used is not None else ""
        rows.append([(d["user"], d["user"]), (d["device"], d["device"]),
                     (day_text(d.get("last_sync")), d.get("last_sync")),
                     ("–" if failures is None else _num(failures), failures),
                     (mb_text(used) + share, used),
                     (mb_text(cap) if cap else translate("InsightRows", "no limit"), cap)])
    return rows


def topic_rows(figures: dict[str, Any]) -> list[list[Cell]]:
    rows = []
    for topic in figures.get("topics") or []:
        name = topic["specialism"] or translate("InsightRows", "general")
        for term, n in topic["terms"]:
            rows.append([(name, name), (term, term), (_num(n), n)])
    rows.sort(key=lambda r: -r[2][1])  # what is asked most, whatever the specialism, first
    return rows


def week_labels(figures: dict[str, Any]) -> list[str]:
    return [w["week"][5:] for w in figures.get("weeks") or []]  # MM-DD: the year is in the period


def trend_names() -> dict[str, str]:
    return {"active": translate("InsightRows", "Active trainees"),
            "lessons": translate("InsightRows", "Lessons read"),
            "attempts": translate("InsightRows", "Quiz attempts"),
            "score_pct": translate("InsightRows", "Quiz score (%)"),
            "cases": translate("InsightRows", "Cases submitted and reviewed")}


def trend_series(figures: dict[str, Any], which: str) -> list[tuple[str, list[Any]]]:
    weeks = figures.get("weeks") or []
    if which == "cases":
        return [(translate("InsightRows", "Submitted"), [w["submitted"] for w in weeks]),
                (translate("InsightRows", "Reviewed"), [w["reviewed"] for w in weeks])]
    return [(trend_names()[which], [w[which] for w in weeks])]


def waiting_series(figures: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[Any]]]]:
    cases = figures.get("cases") or {}
    labels = bucket_labels(cases.get("wait_edges_h") or [24, 48, 96, 168, 336])
    return labels, [(translate("InsightRows", "Time to first review"),
                     cases.get("first_review_hist") or []),
                    (translate("InsightRows", "Waiting now"), cases.get("waiting_hist") or [])]
