"""The tutor's contribution record on a seeded store: figures, writes, CSV and xAPI.

The seed (``tutorclient/contrib_sample.py``) is a year of one tutor's work as a
sync leaves it, with the server's times; the figures it must give are worked
out by hand in ``EXPECTED``.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from sync.errors import BadDataError
from tutorclient import contrib_export, contrib_sample, contributions
from tutorclient.contrib_sample import AMINA, EXPECTED, KHADRA, TUTOR
from tutorclient.contributions import ActiveTimer, Period, cpd_year
from tutorclient.store import Store, records

SCHEMA = Path(__file__).parent / "data" / "xapi_statement_1.0.3.schema.json"
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))


@pytest.fixture
def store(profile_dir: Path):
    s = Store.open(profile_dir)
    contrib_sample.seed(s)
    yield s
    s.close()


def test_cpd_year_runs_from_1_april_to_31_march():
    assert cpd_year(date(2026, 12, 7)) == YEAR
    assert cpd_year(date(2027, 3, 31)) == YEAR
    assert cpd_year(date(2026, 3, 31)) == Period(date(2025, 4, 1), date(2026, 3, 31))
    with pytest.raises(BadDataError):
        Period(date(2026, 5, 1), date(2026, 4, 1))


def test_figures_of_the_seeded_year(store):
    rec = contributions.contribution_record(store, TUTOR, YEAR)
    got = {"cases_reviewed": rec.cases_reviewed, "replies": len(rec.replies),
           "trainees_helped": rec.trainees_helped, "partnerships": rec.partnerships,
           "specialisms": rec.specialisms, "response_seconds": rec.response_seconds,
           "median_response_seconds": rec.median_response_seconds,
           "not_measured": rec.not_measured, "active_seconds": rec.active_seconds,
           "thanks": len(rec.thanks), "reflections": len(rec.reflections)}
    assert got == EXPECTED
    assert rec.tutor_name == "Dr Sarah Bennett"
    assert [t.note for t in rec.thanks] == ["Thank you, this helped me on my night shift.", ""]


def test_the_period_bounds_are_whole_days_both_included(store):
    # The first review is at 10:30 on 4 May; the reply at 09:45 on 10 June.
    one_day = contributions.contribution_record(store, TUTOR, Period(date(2026, 5, 4),
                                                                     date(2026, 5, 4)))
    assert [r.case_id for r in one_day.reviews] == ["c-chest"]
    assert one_day.response_seconds == [9000] and one_day.replies == []
    before = contributions.contribution_record(store, TUTOR, Period(date(2025, 4, 1),
                                                                    date(2026, 3, 31)))
    assert [r.case_id for r in before.reviews] == ["c-old"]


def test_unsent_answers_count_but_have_no_response_time(store):
    with store.write() as db:
        db.execute("UPDATE reviews SET server_created_at = NULL, version = NULL "
                   "WHERE id = 'r-c-chest'")
    rec = contributions.contribution_record(store, TUTOR, YEAR)
    assert rec.cases_reviewed == 3
    assert rec.response_seconds == [2700]  # the chest case waits for the server's time
    assert not next(r for r in rec.reviews if r.case_id == "c-chest").sent


def test_active_timer_counts_focused_slices_with_recent_input():
    t = ActiveTimer()
    assert not t.tick(0, focused=True)  # nothing typed yet
    t.touched(1)
    assert t.tick(15, focused=True) and t.tick(30, focused=True)
    assert not t.tick(45, focused=False)  # another window has the focus
    assert t.tick(61, focused=True)  # 60 s after the last key: still counted
    assert not t.tick(76, focused=True)  # idle for more than a minute
    assert t.take() == 45 and t.seconds == 0


def test_reflection_and_time_given_are_kept_and_capped(store):
    # The seed holds 25 minutes on the fever review, and no reflection.
    rid = contributions.save_reflection(store, TUTOR, "r-c-fever", body="  Think first  ",
                                        add_seconds=600)
    ref = contributions.reflection_of(store, TUTOR, "r-c-fever")
    assert rid == contributions.reflection_id(TUTOR, "r-c-fever") == ref["id"]
    assert ref["body"] == "Think first" and ref["active_seconds"] == 1500 + 600
    contributions.save_reflection(store, TUTOR, "r-c-fever", add_seconds=7000)
    assert contributions.reflection_of(store, TUTOR, "r-c-fever")["active_seconds"] == 7200
    queued = "SELECT count(*), group_concat(payload) FROM outbox WHERE kind = 'reflections'"
    before = store.db.execute(queued).fetchone()
    assert before[0] >= 1 and "Think first" in before[1]
    assert contributions.save_reflection(store, TUTOR, "r-c-fever", body="Think first") is None
    assert store.db.execute(queued).fetchone() == before  # the no-op queued nothing
    # A new review's first reflection is created under the derived id.
    with store.write() as db:
        records.put(db, "reviews", {"id": "r-x", "version": 1, "case_id": "c-fever",
                                    "tutor_id": TUTOR, "decision": "reviewed", "strengths": "ok",
                                    "concerns": "", "next_steps": "",
                                    "created_at": "2026-06-12T09:00:00Z"})
    assert contributions.save_reflection(store, TUTOR, "r-x") is None  # nothing to keep
    contributions.save_reflection(store, TUTOR, "r-x", add_seconds=45)
    assert contributions.reflection_of(store, TUTOR, "r-x")["active_seconds"] == 45
    with pytest.raises(BadDataError):
        contributions.save_reflection(store, "u-omar", "r-c-fever", body="not mine")


def test_a_trainee_thanks_a_tutor_for_a_review_of_their_own_case(store):
    with store.write() as db:  # a fresh review with no thanks yet
        records.put(db, "reviews", {"id": "r-new", "version": 1, "case_id": "c-fever",
                                    "tutor_id": TUTOR, "decision": "reviewed", "strengths": "ok",
                                    "concerns": "", "next_steps": "",
                                    "created_at": "2026-06-12T09:00:00Z"})
    tid = contributions.mark_helped(store, KHADRA, "r-new", "  Shukran  ")
    got = contributions.thanks_of(store, KHADRA, "r-new")
    assert got["id"] == tid and got["note"] == "Shukran" and got["tutor_id"] == TUTOR
    contributions.mark_helped(store, KHADRA, "r-new", "Mahadsanid")
    assert contributions.thanks_of(store, KHADRA, "r-new")["note"] == "Mahadsanid"
    with pytest.raises(BadDataError) as refused:
        contributions.mark_helped(store, AMINA, "r-new", "not my case")
    assert "your own case" in refused.value.user_message
    contributions.withdraw_thanks(store, KHADRA, "r-new")
    assert contributions.thanks_of(store, KHADRA, "r-new") is None


def test_exports_name_no_patient_and_no_trainee(store):
    rec = contributions.contribution_record(store, TUTOR, YEAR)
    fever = next(r for r in rec.reviews if r.case_id == "c-fever")
    assert fever.title == contrib_sample.PATIENT_TITLE and not fever.title_safe
    assert fever.label == "obstetrics case"
    text = contrib_export.csv_text(rec) + contrib_export.xapi_json(rec, "https://tutor.example")
    for name in ("Faadumo", "Jama", "Amina", "Khadra", "Hodan", "Warsame"):
        assert name not in text
    assert "Chest pain after a fall" in text  # a title that passed the check is kept
    assert contributions.redact("Amina's history was thorough.", ["Amina Warsame"]) == \
        "[…] history was thorough."


def test_csv_has_a_row_per_review_and_reply(store):
    rec = contributions.contribution_record(store, TUTOR, YEAR)
    rows = list(csv.DictReader(io.StringIO(contrib_export.csv_text(rec))))
    assert tuple(rows[0]) == contrib_export.CSV_COLUMNS
    assert [(r["date"], r["kind"]) for r in rows] == [
        ("2026-05-04", "review"), ("2026-06-10", "reply"), ("2026-06-11", "review"),
        ("2026-08-01", "review")]
    assert sum(float(r["active_minutes"] or 0) for r in rows) == EXPECTED["active_seconds"] / 60
    assert [r["thanked"] for r in rows if r["kind"] == "review"] == ["yes", "yes", "no"]
    # 2 h 30 min for the chest case; the fever case's first answer was the reply (45 min),
    # shown on its review; the crash case was resubmitted after the answer: not measured.
    assert [r["first_response_minutes"] for r in rows if r["kind"] == "review"] == \
        ["150.0", "45.0", ""]


def test_xapi_statements_are_valid_against_the_1_0_3_schema(store):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    rec = contributions.contribution_record(store, TUTOR, YEAR)
    statements = json.loads(contrib_export.xapi_json(rec, "https://tutor.example"))
    assert len(statements) == EXPECTED["cases_reviewed"] + EXPECTED["replies"]
    for s in statements:
        errors = [e.message for e in validator.iter_errors(s)]
        assert not errors, (s, errors)
    reviewed = [s for s in statements if s["verb"]["id"] == contrib_export.VERB_REVIEWED]
    assert [s["result"]["duration"] for s in reviewed] == ["PT15M0S", "PT25M0S", "PT10M0S"]
    assert {s["actor"]["account"]["name"] for s in statements} == {TUTOR}
    # The same period exported twice gives the same statement ids (no duplicates in an LRS).
    again = contrib_export.xapi_statements(rec, "https://tutor.example")
    assert [s["id"] for s in again] == [s["id"] for s in statements]
    # The schema is not a rubber stamp: a statement without a verb id, or with a
    # time with no zone, is refused.
    broken = dict(statements[0], verb={"display": {"en": "x"}})
    assert not validator.is_valid(broken)
    assert not validator.is_valid(dict(statements[0], timestamp="2026-05-04T10:30:00"))


def test_save_export_writes_whole_files(tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    path = contrib_export.save_export(out / "a.csv", "x,y\n")
    assert path.read_text() == "x,y\n" and sorted(p.name for p in out.iterdir()) == ["a.csv"]
