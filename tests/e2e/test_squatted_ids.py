"""A classmate with a copy of your USB bundle cannot block your notes, progress and cases.

The real client works offline and exports its outbox to a bundle; a hostile
classmate in the same partnership reads the record ids and op UUIDs from it
(and computes the per-lesson ids), pushes first under those ids, both as
forged records of their own and as verbatim replays of the victim's ops. The
victim's next sync must still send everything, without the exit code 5 of a
partial sync.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import requests

from sync import bundle as fmt
from tutorclient import cases, cli, study
from tutorclient.bundles import export_bundle

NOT_YOURS = "invalid: that record id was not made for your account"
OWNER_FIELDS = ("user_id", "author_id", "created_by", "tutor_id")


def _push(server: str, username: str, password: str, ops: list[dict[str, Any]]) -> list[dict]:
    http = requests.Session()
    http.headers["User-Agent"] = "tc/1"
    r = http.post(f"{server}/v1/login", json={"username": username, "password": password,
                                             "device": uuid.uuid4().hex, "app": "test"})
    r.raise_for_status()
    http.headers["Authorization"] = f"Bearer {r.json()['token']}"
    r = http.post(f"{server}/v1/sync", json={"v": 1, "c": 0, "o": ops})
    r.raise_for_status()
    return r.json()["r"]


def test_victim_syncs_cleanly_after_a_classmate_squats_leaked_ids(
        server: str, make_client: Any, tmp_path: Path, capsys: Any) -> None:
    victim = make_client("amina", server, device="amina-laptop")
    victim.sync()
    me = victim.user["id"]
    lesson = victim.store.db.execute("SELECT id FROM lessons ORDER BY id LIMIT 1").fetchone()[0]
    partnership = victim.user["partnerships"][0]

    # Offline work on the victim's laptop, carried to the office on a USB stick.
    study.save_note(victim.store, me, lesson, "Check the airway first")
    study.mark_read(victim.store, me, lesson)
    study.add_bookmark(victim.store, me, lesson, "shock")
    case_id = cases.new_draft(victim.store, me, partnership)
    cases.save_draft(victim.store, case_id, {"title": "Breathless after a fall"})
    stick = tmp_path / "amina.tcb"
    export_bundle(victim, stick)
    laptop_key = victim.device_key().public_key()  # whoever finds the stick can read it
    with fmt.open_bundle(stick, fmt.FROM_DEVICE,
                         device_keys=lambda m: {m["device_key"]: laptop_key}) as b:
        leaked = b.read_json(fmt.OPS)["o"]
    assert {o["k"] for o in leaked} >= {"notes", "progress", "bookmarks", "cases", "threads"}

    khadra = victim.store.db.execute("SELECT id FROM users WHERE username = 'khadra'").fetchone()[0]
    forged = []
    for o in leaked:
        data = {k: (khadra if k in OWNER_FIELDS else v) for k, v in o["d"].items()}
        forged.append({**o, "u": str(uuid.uuid4()), "d": data})
    # The per-lesson ids need no bundle at all: anyone can compute them.
    forged.append({"u": str(uuid.uuid4()), "k": "notes", "b": None, "a": "put",
                   "i": study.per_lesson_id("notes", me, lesson),
                   "d": {"user_id": khadra, "lesson_id": lesson, "body": "squat"}})
    results = _push(server, "khadra", "demo-khadra", forged + leaked)  # forged, then replays
    assert [(r["s"], r.get("e")) for r in results] == [("rejected", NOT_YOURS)] * len(results)

    victim.close()
    capsys.readouterr()
    code = cli.main(["--profile", str(victim.dir), "sync", "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0, summary
    assert (summary["rejected"], summary["conflicts"]) == (0, 0), summary

    again = make_client("amina", server, device="amina-laptop")
    assert study.note(again.store, me, lesson) == "Check the airway first"
    stuck = again.store.db.execute("SELECT kind, state, error FROM outbox WHERE state IN "
                                   "('pending', 'rejected', 'conflict')").fetchall()
    assert stuck == []
    row = again.store.db.execute("SELECT author_id, title FROM cases WHERE id = ?", [case_id]).fetchone()
    assert row == (me, "Breathless after a fall")
