"""A record read back from the store has the wire's types, so it can be written again.

Found by the property test (tests/e2e/test_property.py): keeping "my version"
of a reading-progress conflict re-queues the fields read from the store, and
``position`` came back from its REAL column as 100.0, which the wire (an
integer field) refuses: the resolution failed with "field progress.position
has the wrong type".
"""

from __future__ import annotations

from pathlib import Path

from sync import protocol
from tutorclient import study
from tutorclient.outbox import record_change
from tutorclient.store import Store, records


def test_progress_read_back_from_the_store_can_be_queued_again(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    try:
        pid = study.mark_read(store, "u1", "lesson-1", 100)
        mine = records.get(store.db, "progress", pid)
        assert mine is not None
        fields = {k: v for k, v in mine.items() if k not in ("id", "version")}
        assert protocol.field_errors("progress", fields, creating=False) is None
        with store.write() as db:  # what keeping one's own version of a conflict does
            record_change(db, "progress", pid, {"position": mine["position"], "state": "seen"})
        assert records.get(store.db, "progress", pid)["position"] == 100
    finally:
        store.close()
