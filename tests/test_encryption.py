"""Issue 18: a trainee's private data is encrypted at rest.

With the app closed, and with it locked, every byte of the profile folder is
searched for phrases of a private note, a case draft and a reply and for an
attachment's original bytes; none is there, and the database does not start
with SQLite's plain header. A wrong password opens nothing, with the same
growing delays as before. Real server on loopback, real SQLCipher files.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from tutorclient import cases, diagnostics, discussions, study
from tutorclient.crypt.cipherdb import PLAIN_HEADER
from tutorclient.locking import FIRST_DELAY_S, FREE_TRIES, Unlocker
from tutorclient.profile_keys import ProfileLocked
from tutorclient.session import Profile
from tutorclient.store.db import DB_FILENAME

NOTE = "Remember: bring Zanzibar-otter forms to the clinic"
DRAFT = "Quokka-lantern boy, eight, fever for three days"
REPLY = "Marmoset-velvet rash seen again this morning"
# Incompressible-looking bytes nobody else writes: a scanned letter as a PDF.
PDF = b"%PDF-1.4\n" + bytes(hashlib.sha256(str(i).encode()).digest()[i % 7]
                            for i in range(40_000)) + b"\n%%EOF\n"


def _every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _private_work(profile: Profile, tmp_path: Path) -> str:
    profile.sync()  # the courses and the case thread come from the server
    store, uid = profile.store, profile.user["id"]
    lesson = store.db.execute("SELECT id FROM lessons LIMIT 1").fetchone()[0]
    study.save_note(store, uid, lesson, NOTE)
    case_id = cases.new_draft(store, uid, profile.user["partnerships"][0])
    cases.save_draft(store, case_id, {"title": DRAFT, "history": DRAFT})
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(PDF)
    cases.add_attachment(store, profile.blobs, case_id, pdf)
    thread = store.db.execute("SELECT id FROM threads WHERE kind = 'case' LIMIT 1").fetchone()[0]
    discussions.reply(store, uid, thread, REPLY)
    return case_id


def _assert_nothing_readable(folder: Path) -> None:
    everything = _every_byte(folder)
    for phrase in (NOTE, DRAFT, REPLY):
        for form in (phrase, phrase.split()[1] if " " in phrase else phrase):
            assert form.encode() not in everything, f"{form!r} is readable on disk"
            assert form.encode("utf-16-le") not in everything
    for start in range(0, len(PDF) - 64, 4096):  # any 64-byte run of the original file
        assert PDF[start:start + 64] not in everything
    assert (folder / DB_FILENAME).read_bytes()[:16] != PLAIN_HEADER


def test_nothing_readable_when_closed_and_when_locked(make_client, server, tmp_path,
                                                      demo_passwords):
    amina = make_client("amina", server)
    assert amina.encrypted  # the sign-in encrypted it
    _private_work(amina, tmp_path)
    folder = amina.dir

    amina.lock()  # the idle lock: key and connections gone, the app still running
    assert amina.is_locked
    with pytest.raises(ProfileLocked):
        amina.setting("window_geometry")
    _assert_nothing_readable(folder)

    assert amina.unlock(demo_passwords["amina"])
    assert study.note(amina.store, amina.user["id"], amina.store.db.execute(
        "SELECT id FROM lessons LIMIT 1").fetchone()[0]) == NOTE
    amina.close()  # the app closed
    _assert_nothing_readable(folder)

    again = Profile(folder, password=demo_passwords["amina"])
    try:
        sha = hashlib.sha256(PDF).hexdigest()
        assert again.blobs.read(sha) == PDF
        assert again.store.db.execute("SELECT count(*) FROM posts WHERE body_md = ?",
                                      [REPLY]).fetchone()[0] == 1
    finally:
        again.close()


def test_a_wrong_password_opens_nothing_and_waits_longer_each_time(make_client, server,
                                                                   demo_passwords):
    amina = make_client("amina", server)
    folder = amina.dir
    amina.close()
    profile = Profile(folder)
    now = [1_000_000.0]
    unlocker = Unlocker(profile, clock=lambda: now[0])
    for n in range(1, FREE_TRIES + 1):
        result = unlocker.attempt(f"guess {n}")
        assert not result.ok and profile.is_locked
    assert result.wait_s == FIRST_DELAY_S
    assert not unlocker.attempt(demo_passwords["amina"]).checked  # not even tried while waiting
    assert profile.is_locked
    now[0] += FIRST_DELAY_S
    result = unlocker.attempt("guess again")
    assert not result.ok and result.wait_s == 2 * FIRST_DELAY_S  # growing
    with pytest.raises(ProfileLocked):
        profile.setting("window_geometry")
    # The count survives a restart: it is kept readable while locked (card.json).
    profile.close()
    profile = Profile(folder)
    assert Unlocker(profile, clock=lambda: now[0]).wait_remaining() == 2 * FIRST_DELAY_S
    now[0] += 2 * FIRST_DELAY_S
    assert Unlocker(profile, clock=lambda: now[0]).attempt(demo_passwords["amina"]).ok
    assert not profile.is_locked and profile.setting("user")["username"] == "amina"
    profile.close()


def test_a_password_change_rewraps_the_key_and_touches_no_data(make_client, server,
                                                               demo_passwords, tmp_path):
    amina = make_client("amina", server)
    _private_work(amina, tmp_path)
    folder = amina.dir
    amina.close()
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    profile = Profile(folder, password=demo_passwords["amina"])
    profile.change_password("a brand new passphrase")
    profile.close()
    data_files = [p for p in before if p.name not in ("keys.json", "card.json")
                  and not p.name.startswith(DB_FILENAME)]
    assert data_files and all(p.stat().st_mtime_ns == before[p] for p in data_files)
    with pytest.raises(Exception):
        Profile(folder, password=demo_passwords["amina"])
    reopened = Profile(folder, password="a brand new passphrase")
    assert reopened.blobs.read(hashlib.sha256(PDF).hexdigest()) == PDF
    reopened.close()


def test_a_coordinator_recovery_key_opens_unsent_work_after_a_forgotten_password(
        make_client, server, tmp_home, tmp_path, demo_passwords):
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    from tutorclient.profile_keys import recovery_configured, recovery_key_path

    assert not recovery_configured()
    coordinator = X25519PrivateKey.generate()
    recovery_key_path().parent.mkdir(parents=True, exist_ok=True)
    recovery_key_path().write_bytes(coordinator.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    assert recovery_configured()
    amina = make_client("amina", server)  # encrypted at sign-in, also to the recovery key
    _private_work(amina, tmp_path)
    folder = amina.dir
    amina.close()
    profile = Profile(folder)
    assert not profile.unlock("the password she forgot")
    private_pem = coordinator.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    profile.recover(private_pem, "her new password")
    assert profile.store.db.execute("SELECT count(*) FROM posts WHERE body_md = ?",
                                    [REPLY]).fetchone()[0] == 1
    profile.close()
    assert Profile(folder, password="her new password").encrypted


def test_diagnostics_carry_no_key_material(make_client, server, tmp_path, demo_passwords):
    amina = make_client("amina", server)
    # A log line that by mistake carries the key, in hex: it must come out scrubbed.
    secrets = amina.key_material()
    assert secrets
    zip_path = diagnostics.export_diagnostics(
        amina, tmp_path, log_lines=[f"opened with key {amina._data_key.hex()}"])
    with zipfile.ZipFile(zip_path) as zf:
        text = "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())
        assert "encryption.txt" in zf.namelist()
    assert "encrypted: yes" in text and diagnostics.SCRUBBED in text
    for secret in secrets:
        assert secret not in text
    keys = (amina.dir / "keys.json").read_text()
    assert keys not in text and demo_passwords["amina"] not in text
    # Locked, the export still works and opens nothing.
    amina.lock()
    locked_zip = diagnostics.export_diagnostics(amina, tmp_path / "locked")
    with zipfile.ZipFile(locked_zip) as zf:
        assert "locked" in zf.read("settings.json").decode()
    amina.close()
