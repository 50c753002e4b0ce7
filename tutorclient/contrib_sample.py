"""A tutor's year of contributions, as a sync would leave it: for tests and screenshots.

:func:`seed` writes synced records with the server's times into a profile's
store, so :func:`tutorclient.contributions.contribution_record` has something
known to count. The figures it must give are :data:`EXPECTED`; one case title
names a patient and one reflection a trainee, so the exports' privacy rule has
something to hide.
"""

from __future__ import annotations

from typing import Any

from .contributions import reflection_id, thanks_id
from .store import Store, records

PARTNERSHIP, OTHER_PARTNERSHIP = "p-somaliland", "p-palestine"
TUTOR, OTHER_TUTOR = "u-sarah", "u-omar"
AMINA, KHADRA, HODAN = "u-amina", "u-khadra", "u-hodan"
PEOPLE = ((AMINA, "Amina Warsame", "trainee"), (KHADRA, "Khadra Ali", "trainee"),
          (HODAN, "Hodan Yusuf", "trainee"), (TUTOR, "Dr Sarah Bennett", "tutor"),
          (OTHER_TUTOR, "Dr Omar Nasser", "tutor"))
PATIENT_TITLE = "Fever in Mrs Faadumo Jama after delivery"  # fails the identifier check
#: (case, title, specialism, author, submitted, reviewed, active s, reflection, thanks note)
CASES = (
    ("c-chest", "Chest pain after a fall", "emergency", AMINA, "2026-05-04T08:00:00.000Z",
     "2026-05-04T10:30:00.000Z", 900,
     "Amina's history was thorough. I should have asked for the ECG earlier in my reply.",
     "Thank you, this helped me on my night shift."),
    ("c-fever", PATIENT_TITLE, "obstetrics", KHADRA, "2026-06-10T09:00:00.000Z",
     "2026-06-11T09:00:00.000Z", 1500, "", ""),
    ("c-crash", "Breathless after a motorbike crash", "emergency", HODAN,
     "2026-08-02T12:00:00.000Z", "2026-08-01T12:00:00.000Z", 600,
     "Talked through chest drain indications; next time I will link the lesson.", None),
    # The year before (1 April to 31 March): outside the 2026-27 CPD year.
    ("c-old", "Headache and vomiting", "emergency", AMINA, "2026-03-14T10:00:00.000Z",
     "2026-03-15T10:00:00.000Z", 300, "", None),
)
#: Sarah's reply in the fever case's discussion: her first response there (45 min).
REPLY_AT = "2026-06-10T09:45:00.000Z"
#: What :func:`contribution_record` gives for TUTOR over the CPD year 2026-04-01..2027-03-31.
EXPECTED: dict[str, Any] = {
    "cases_reviewed": 3, "replies": 1, "trainees_helped": 3, "partnerships": ["Somaliland"],
    "specialisms": {"emergency": 2, "obstetrics": 1}, "response_seconds": [9000, 2700],
    "median_response_seconds": 5850, "not_measured": 1, "active_seconds": 3000,
    "thanks": 2, "reflections": 2,
}


def _put(db: Any, kind: str, rid: str, data: dict[str, Any], **server_times: str) -> None:
    records.put(db, kind, {"id": rid, "version": 1, **data})
    if server_times:
        sets = ", ".join(f"{c} = ?" for c in server_times)
        db.execute(f"UPDATE {kind} SET {sets} WHERE id = ?", [*server_times.values(), rid])


def seed(store: Store) -> None:
    """Write the sample (idempotent: the same ids each time)."""
    with store.write() as db:
        _put(db, "partnerships", PARTNERSHIP, {"name": "Somaliland", "region": "SL"})
        _put(db, "partnerships", OTHER_PARTNERSHIP, {"name": "Palestine", "region": "PS"})
        for uid, name, role in PEOPLE:
            _put(db, "users", uid, {"username": uid[2:], "display_name": name, "role": role,
                                    "partnerships": [PARTNERSHIP], "specialisms": []})
        for (cid, title, spec, author, submitted, reviewed, active, reflection,
             note) in CASES:
            _put(db, "cases", cid, {"author_id": author, "partnership_id": PARTNERSHIP,
                                    "specialism": spec, "title": title, "status": "reviewed",
                                    "claimed_by": TUTOR, "created_at": submitted,
                                    "updated_at": reviewed},
                 server_created_at=submitted, server_submitted_at=submitted)
            rid = f"r-{cid}"
            _put(db, "reviews", rid, {"case_id": cid, "tutor_id": TUTOR, "strengths": "Clear",
                                      "concerns": "", "next_steps": "Read the lesson",
                                      "rubric_score": 4, "decision": "reviewed",
                                      "created_at": reviewed},
                 server_created_at=reviewed, server_updated_at=reviewed)
            _put(db, "reflections", reflection_id(TUTOR, rid), {
                "user_id": TUTOR, "review_id": rid, "case_id": cid, "body": reflection,
                "active_seconds": active, "updated_at": reviewed})
            if note is not None:
                _put(db, "review_thanks", thanks_id(author, rid), {
                    "review_id": rid, "case_id": cid, "trainee_id": author, "tutor_id": TUTOR,
                    "note": note, "created_at": reviewed[:11] + "18:00:00Z"})
        _put(db, "threads", "t-fever", {"kind": "case", "case_id": "c-fever",
                                        "partnership_id": PARTNERSHIP, "title": "Discussion",
                                        "created_by": KHADRA, "created_at": CASES[1][4]},
             server_created_at=CASES[1][4])
        _put(db, "posts", "p-reply", {"thread_id": "t-fever", "author_id": TUTOR,
                                      "body_md": "Check her blood pressure first.",
                                      "created_at": REPLY_AT}, server_created_at=REPLY_AT)
        # Another tutor's review: never Sarah's.
        _put(db, "cases", "c-omar", {"author_id": AMINA, "partnership_id": PARTNERSHIP,
                                     "specialism": "paediatrics", "title": "Rash in a child",
                                     "status": "reviewed", "claimed_by": OTHER_TUTOR,
                                     "created_at": "2026-09-01T08:00:00Z",
                                     "updated_at": "2026-09-01T09:00:00Z"},
             server_submitted_at="2026-09-01T08:00:00.000Z")
        _put(db, "reviews", "r-omar", {"case_id": "c-omar", "tutor_id": OTHER_TUTOR,
                                       "decision": "reviewed", "rubric_score": 3,
                                       "strengths": "Good", "concerns": "", "next_steps": "",
                                       "created_at": "2026-09-01T09:00:00Z"},
             server_created_at="2026-09-01T09:00:00.000Z")
