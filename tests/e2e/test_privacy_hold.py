"""Case text that the identifier check flags never reaches the server until the author says so.

Read straight from the live test server's SQLite file: what matters is what the
server stores, not what the client believes it sent.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sync.server.settings import Settings
from tutorclient import bundles, cases, discussions, privacy
from tutorclient.session import Profile

PROBE = "DRAFTPROBE call 0611222333"


def _server_texts(settings: Settings) -> list[str]:
    from sqlalchemy import select

    from sync.server import schema as t
    from sync.server.db import Database

    db = Database(settings)  # SQLite or PostgreSQL, as TUTORCLIENT_TEST_DB chose
    try:
        with db.read() as conn:
            return [row[0] or "" for row in conn.execute(select(t.records.c.data))]
    finally:
        db.dispose()


def _on_server(settings: Settings, needle: str) -> bool:
    return any(needle in text for text in _server_texts(settings))


def _draft(p: Profile, **fields: str) -> str:
    me = p.user
    cid = cases.new_draft(p.store, me["id"], me["partnerships"][0], "emergency")
    cases.save_draft(p.store, cid, fields)
    return cid


def test_a_flagged_draft_stays_on_the_device(server, server_settings, make_client) -> None:
    amina = make_client("amina", server)
    cid = _draft(amina, title=PROBE, presenting_complaint="Bleeding after birth")
    summary = amina.sync()
    assert summary.result == "ok", summary
    assert not _on_server(server_settings, "DRAFTPROBE")
    assert not _on_server(server_settings, "0611222333")
    hold = privacy.hold_of(amina.store.db, "cases", cid)
    assert hold is not None and [f["kind"] for f in hold["findings"]] == ["phone"]
    assert cases.case_detail(amina.store, cid)["held"]


def test_confirming_the_flagged_items_lets_the_draft_sync(server, server_settings,
                                                          make_client) -> None:
    amina = make_client("amina", server)
    cid = _draft(amina, title="Bleeding after birth", history="Ward phone 0611222333")
    amina.sync()
    assert not _on_server(server_settings, "0611222333")
    cases.confirm_not_identifying(amina.store, cid)  # "these are not identifying"
    assert privacy.hold_of(amina.store.db, "cases", cid) is None
    assert amina.sync().result == "ok"
    assert _on_server(server_settings, "0611222333")
    # A confirmed item stays confirmed; a new one holds the next edit back again.
    cases.save_draft(amina.store, cid, {"history": "Ward phone 0611222333. Mrs Amal Yusuf"})
    assert privacy.hold_of(amina.store.db, "cases", cid) is not None
    amina.sync()
    assert not _on_server(server_settings, "Amal Yusuf")


def test_editing_the_identifier_out_releases_the_draft(server, server_settings,
                                                       make_client) -> None:
    amina = make_client("amina", server)
    cid = _draft(amina, title=PROBE)
    amina.sync()
    cases.save_draft(amina.store, cid, {"title": "DRAFTPROBE cleaned"})
    assert privacy.hold_of(amina.store.db, "cases", cid) is None
    assert cases.display_status(amina.store, cid) == cases.DRAFT
    assert not cases.case_detail(amina.store, cid)["held"]
    assert amina.sync().result == "ok"
    assert _on_server(server_settings, "DRAFTPROBE cleaned")
    assert not _on_server(server_settings, "0611222333")


def test_a_clean_draft_still_reaches_the_authors_other_device(server, server_settings,
                                                              make_client) -> None:
    laptop = make_client("amina", server, device="laptop")
    clinic = make_client("amina", server, device="clinic")
    cid = _draft(laptop, title="Clean draft", presenting_complaint="Fever for 3 days")
    laptop.sync()
    clinic.sync()
    assert clinic.store.db.execute("SELECT title FROM cases WHERE id = ?",
                                   [cid]).fetchone()[0] == "Clean draft"


def test_submitting_without_confirming_does_not_send_flagged_text(server, server_settings,
                                                                  make_client) -> None:
    amina = make_client("amina", server)
    cid = _draft(amina, title="Child with fever", question="Mother's phone +252 63 4123456")
    cases.submit(amina.store, cid)  # a caller that skipped the check
    amina.sync()
    assert not _on_server(server_settings, "4123456")
    assert cases.case_detail(amina.store, cid)["held"]
    cases.confirm_not_identifying(amina.store, cid)
    amina.sync()
    assert _on_server(server_settings, "4123456")


def test_a_usb_bundle_leaves_held_entries_out(server, server_settings, make_client,
                                              tmp_path: Path) -> None:
    amina = make_client("amina", server)
    held = _draft(amina, title=PROBE)
    clean = _draft(amina, title="BUNDLEPROBE clean case")
    out = tmp_path / "from-amina.tcb"
    report = bundles.export_bundle(amina, out)
    with zipfile.ZipFile(out) as z:
        text = b"".join(z.read(n) for n in z.namelist())
    assert b"BUNDLEPROBE" in text and b"DRAFTPROBE" not in text and b"0611222333" not in text
    assert report.held == 2  # the case and its discussion, which the server needs the case for
    # The held entry was not marked as attempted: it can still merge later edits.
    assert amina.store.db.execute(
        "SELECT max(attempts) FROM outbox WHERE kind = 'cases' AND record_id = ?",
        [held]).fetchone()[0] == 0
    assert clean


def test_a_flagged_reply_in_a_case_discussion_stays_until_confirmed(server, server_settings,
                                                                    make_client) -> None:
    amina = make_client("amina", server)
    cid = _draft(amina, title="Clean case REPLYPROBE", presenting_complaint="Fever")
    amina.sync()
    thread = cases.case_detail(amina.store, cid)["thread_id"]
    post = discussions.reply(amina.store, amina.user["id"], thread,
                             "REPLYPROBE her husband's number is 0611222333")
    clean = discussions.reply(amina.store, amina.user["id"], thread, "REPLYPROBE clean reply")
    assert amina.sync().result == "ok"
    assert _on_server(server_settings, "REPLYPROBE clean reply")
    assert not _on_server(server_settings, "0611222333")
    shown = {p["id"]: p for p in discussions.thread_posts(amina.store, thread)}
    assert shown[post]["held"] and not shown[clean]["held"]
    cases.confirm_post_not_identifying(amina.store, post)
    assert amina.sync().result == "ok"
    assert _on_server(server_settings, "0611222333")


def test_the_files_of_a_held_case_wait_with_it(server, server_settings, make_client,
                                               tmp_path: Path) -> None:
    amina = make_client("amina", server)
    cid = _draft(amina, title=PROBE)
    pdf = tmp_path / "labs.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% Mrs Amal Yusuf, 0611222333\n1 0 obj<<>>endobj\n%%EOF\n")
    info = cases.add_attachment(amina.store, amina.blobs, cid, pdf)
    amina.sync()
    assert server_settings.blob_store.size(info.sha256) is None
    assert not _on_server(server_settings, "labs.pdf")
    cases.confirm_not_identifying(amina.store, cid)
    amina.sync()
    assert server_settings.blob_store.size(info.sha256) is not None
    assert _on_server(server_settings, "labs.pdf")
