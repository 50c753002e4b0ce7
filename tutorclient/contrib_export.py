"""The tutor's contribution record as files: CSV and xAPI statements (the PDF: ui/contrib_pdf.py).

Both follow the PDF's privacy rule: a case is named by its title only where
the title passed the identifier check, else by its specialism
(:func:`tutorclient.contributions.case_label`); no trainee is named, and
reflections (private to the tutor) stay out of the CSV and xAPI.

xAPI statements follow xAPI 1.0.3 (Part Two, section 2.4): the tutor is an
Agent identified by their account on the server, each review is
``http://id.tincanapi.com/verb/reviewed`` and each reply
``http://adlnet.gov/expapi/verbs/commented`` on the case as an Activity
(``urn:tutorclient:case:<id>``), with the active time as ``result.duration``.
Statement ids are UUID 5 of the record's id, so a second export of the same
period sends the same statements to a learning record store, not duplicates.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from .contributions import ContributionRecord

CSV_COLUMNS = ("date", "kind", "case", "partnership", "specialism", "decision",
               "active_minutes", "thanked", "first_response_minutes")
XAPI_VERSION = "1.0.3"
VERB_REVIEWED = "http://id.tincanapi.com/verb/reviewed"
VERB_COMMENTED = "http://adlnet.gov/expapi/verbs/commented"
ACTIVITY_CASE = "http://id.tincanapi.com/activitytype/case-study"
_NAMESPACE = uuid.UUID("0d3c5a8e-7f7b-5a1e-9d57-2d4f3e6b1c16")  # TutorClient's xAPI ids
EXT = "urn:tutorclient:xapi:"


def csv_text(rec: ContributionRecord) -> str:
    """One row per review and per reply, oldest first; a header row first."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    rows: list[tuple[str, ...]] = []
    responses = dict(rec.response_by_case)  # shown once per case, on its first review
    for r in rec.reviews:
        response = responses.pop(r.case_id, None)
        rows.append((r.at[:10], "review", r.label, r.partnership, r.specialism, r.decision,
                     f"{r.active_seconds / 60:.1f}", "yes" if r.thanked else "no",
                     "" if response is None else f"{response / 60:.1f}"))
    for p in rec.replies:
        rows.append((p.at[:10], "reply", p.label, "", "", "", "", "", ""))
    w.writerows(sorted(rows, key=lambda row: row[0]))
    return out.getvalue()


def _timestamp(at: str) -> str:
    """The record's ISO time, with a time zone as xAPI requires (our times are UTC)."""
    t = datetime.fromisoformat(at.replace("Z", "+00:00"))
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z") if t.tzinfo else \
        t.isoformat(timespec="milliseconds") + "Z"


def _duration(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + f"{s}S"


def _statement(rec: ContributionRecord, home: str, key: str, verb: str, word: str,
               case_id: str | None, label: str, at: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid5(_NAMESPACE, key)),
        "actor": {"objectType": "Agent", "name": rec.tutor_name or rec.tutor_id,
                  "account": {"homePage": home, "name": rec.tutor_id}},
        "verb": {"id": verb, "display": {"en": word}},
        "object": {"objectType": "Activity",
                   "id": f"urn:tutorclient:case:{case_id}" if case_id
                   else f"urn:tutorclient:discussion:{key}",
                   "definition": {"name": {"en": label}, "type": ACTIVITY_CASE}},
        "timestamp": _timestamp(at),
        "version": XAPI_VERSION,
    }


def xapi_statements(rec: ContributionRecord, home_page: str) -> list[dict[str, Any]]:
    """The record as xAPI 1.0.3 statements. ``home_page``: the server's address (an IRI)."""
    home = home_page or "urn:tutorclient:server"
    out = []
    for r in rec.reviews:
        s = _statement(rec, home, f"review:{r.review_id}", VERB_REVIEWED, "reviewed",
                       r.case_id, r.label, r.at)
        if r.active_seconds:
            s["result"] = {"duration": _duration(r.active_seconds), "completion": r.sent}
        s["context"] = {"platform": "TutorClient", "extensions": {
            EXT + "partnership": r.partnership, EXT + "specialism": r.specialism,
            EXT + "decision": r.decision, EXT + "thanked": r.thanked}}
        out.append(s)
    for p in rec.replies:
        out.append(_statement(rec, home, f"reply:{p.post_id}", VERB_COMMENTED, "commented",
                              p.case_id, p.label, p.at))
    return sorted(out, key=lambda s: s["timestamp"])


def xapi_json(rec: ContributionRecord, home_page: str) -> str:
    return json.dumps(xapi_statements(rec, home_page), ensure_ascii=False, indent=2) + "\n"


def file_name(rec: ContributionRecord, suffix: str) -> str:
    """A default name for an export: ``contributions-2026-04-01-to-2027-03-31.pdf``."""
    return f"contributions-{rec.period.start}-to-{rec.period.end}.{suffix}"


def save_export(path: str | Path, data: bytes | str) -> Path:
    """Write an export whole or not at all (a temporary file, then a rename)."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as f:
        f.write(raw)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path
