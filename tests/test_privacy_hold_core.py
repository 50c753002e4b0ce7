"""The hold as the rest of the app sees it, without a server: the outbox list says which
entries are held on this computer, and the sync's selection leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutorclient import cases, outbox
from tutorclient.session import Profile
from tutorclient.syncstore import ProfileSyncStore
from tutorclient.ui.models.outbox import OutboxModel

AMINA, P1 = "u-amina", "p-somaliland"


@pytest.fixture
def profile(profile_dir: Path):
    p = Profile(profile_dir)
    yield p
    p.close()


def test_outbox_entries_say_which_are_held(profile: Profile, qapp) -> None:
    held = cases.new_draft(profile.store, AMINA, P1)
    cases.save_draft(profile.store, held, {"title": "Call 0611222333"})
    clean = cases.new_draft(profile.store, AMINA, P1)
    cases.save_draft(profile.store, clean, {"title": "Fever for 3 days"})
    rows = outbox.entries(profile.store.db)
    marks = {(r["kind"], r["record_id"]): r["held"] for r in rows}
    assert marks[("cases", held)] == 1 and marks[("cases", clean)] == 0
    sent = {op.record_id for op in ProfileSyncStore(profile.store, profile.blobs)
            .pending_ops(100, set())}
    assert clean in sent and held not in sent
    model = OutboxModel()
    model.set_rows(rows)
    states = {model.index(r, OutboxModel.STATE).data(): None for r in range(model.rowCount())}
    assert "Held on this computer" in states


def test_the_names_of_colleagues_in_the_app_do_not_hold_text(profile: Profile) -> None:
    from tutorclient import discussions, privacy
    from tutorclient.store import records

    with profile.store.write() as db:
        records.put(db, "users", {"id": "u-sarah", "version": 1, "username": "dr.sarah",
                                  "display_name": "Dr Sarah Bennett", "role": "tutor",
                                  "partnerships": [P1], "specialisms": []})
    cid = cases.new_draft(profile.store, AMINA, P1)
    thread = cases.case_detail(profile.store, cid)["thread_id"]
    colleague = discussions.reply(profile.store, AMINA, thread, "As Dr Sarah said last week")
    patient = discussions.reply(profile.store, AMINA, thread, "Mrs Sarah Yusuf came back")
    assert privacy.hold_of(profile.store.db, "posts", colleague) is None
    assert privacy.hold_of(profile.store.db, "posts", patient) is not None
    cases.save_draft(profile.store, cid, {"history": "Dr Sarah Bennett saw her on the ward"})
    assert privacy.hold_of(profile.store.db, "cases", cid) is None
