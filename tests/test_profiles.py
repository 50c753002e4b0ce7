"""Several people on one computer: own profiles, shared course files, private everything else,
and a password that unlocks offline without ever being stored."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from sync.errors import StorageError
from tutorclient import cases, locking
from tutorclient.profiles import (
    ADOPTED_SETTING,
    PRIVATE_BLOBS,
    list_profiles,
    new_profile_dir,
    read_card,
)
from tutorclient.session import KEYRING_SERVICE, Profile
from tutorclient.store.blobs import sha256_bytes
from tutorclient.store.search import search

SECRET_TITLE = "Zebrafinch private case 7731"
PDF = b"%PDF-1.4\n% amina's scanned referral letter, patient Zebrafinch 7731\n%%EOF\n"


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_listing_profiles_names_and_last_sync(make_client, server, tmp_home):
    amina = make_client("amina", server)
    yusuf = make_client("yusuf", server)
    amina.sync()
    cards = {c.username: c for c in list_profiles()}
    assert set(cards) == {"amina", "yusuf"}
    assert cards["amina"].display_name == "Amina Warsame (demo trainee)"  # from her record
    assert cards["yusuf"].display_name == "yusuf"  # not synced yet: the username
    assert cards["amina"].last_sync is not None and cards["yusuf"].last_sync is None
    assert cards["amina"].has_local_password and cards["amina"].server == server
    assert [c.dir for c in list_profiles()] == sorted([amina.dir, yusuf.dir],
                                                       key=lambda d: read_card(d).display_name)


def test_each_profile_has_its_own_db_keyring_entry_and_settings(make_client, server,
                                                                memory_keyring, tmp_home):
    amina, yusuf = make_client("amina", server), make_client("yusuf", server)
    assert amina.store.path != yusuf.store.path
    assert amina.profile_id != yusuf.profile_id
    assert {(KEYRING_SERVICE, amina.profile_id), (KEYRING_SERVICE, yusuf.profile_id)} <= \
        set(memory_keyring.secrets)
    assert amina.credentials().token != yusuf.credentials().token
    amina.set_setting(locking.LOCK_AFTER_SETTING, 60)
    assert yusuf.setting(locking.LOCK_AFTER_SETTING) is None
    for p in (amina, yusuf):
        assert stat.S_IMODE(p.dir.stat().st_mode) == 0o700
        assert stat.S_IMODE((p.dir / PRIVATE_BLOBS).stat().st_mode) == 0o700
    fresh = new_profile_dir()
    assert fresh.parent == tmp_home / "profiles" and stat.S_IMODE(fresh.stat().st_mode) == 0o700


def test_token_file_is_private(server, tmp_home, monkeypatch, demo_passwords):
    import keyring
    import keyring.backends.fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    profile = Profile(tmp_home / "profiles" / "amina", token_file=True)
    try:
        profile.login(server, "amina", demo_passwords["amina"])
        assert stat.S_IMODE((profile.dir / "token.json").stat().st_mode) == 0o600
    finally:
        profile.close()


def test_on_a_shared_device_one_profile_cannot_read_anothers_private_data(make_client, server,
                                                                         tmp_home):
    """Amina's draft case and its file stay hers: not in the shared folder, not through
    Yusuf's profile, not by its hash, not by search."""
    amina, yusuf = make_client("amina", server), make_client("yusuf", server)
    case_id = cases.new_draft(amina.store, amina.user["id"], amina.user["partnerships"][0])
    cases.save_draft(amina.store, case_id, {"title": SECRET_TITLE})
    pdf = tmp_home / "referral.pdf"
    pdf.write_bytes(PDF)
    cases.add_attachment(amina.store, amina.blobs, case_id, pdf)
    sha = sha256_bytes(PDF)
    amina.sync()  # the case and its file go to the server; yusuf then syncs too
    yusuf.sync()

    assert amina.blobs.read(sha) == PDF
    assert amina.blobs.path(sha).is_relative_to(amina.dir / PRIVATE_BLOBS)
    shared = tmp_home / "blobs"
    assert all(PDF not in p.read_bytes() for p in files_under(shared))
    assert not yusuf.blobs.has(sha)
    with pytest.raises(StorageError):
        yusuf.blobs.read(sha)
    assert all(PDF not in p.read_bytes() for p in files_under(yusuf.dir))
    assert yusuf.store.db.execute("SELECT count(*) FROM cases WHERE title = ?",
                                  [SECRET_TITLE]).fetchone()[0] == 0
    assert not search(yusuf.store.db, "Zebrafinch")
    assert amina.credentials().token not in (yusuf.dir / "profile.db").read_bytes().decode(
        "latin-1")


def test_course_files_are_shared_and_stored_once(make_client, server, tmp_home):
    amina, khadra = make_client("amina", server), make_client("khadra", server)
    amina.sync()
    khadra.sync()
    course_files = {sha for (sha,) in amina.store.db.execute(
        "SELECT sha256 FROM attachments WHERE owner_kind = 'courses'")}
    assert course_files, "the demo courses have images and PDFs"
    for sha in course_files:
        assert amina.blobs.path(sha) == khadra.blobs.path(sha)
        assert amina.blobs.path(sha).is_relative_to(tmp_home / "blobs")
    assert files_under(amina.dir / PRIVATE_BLOBS) == []
    stored = [p.name for p in files_under(tmp_home / "blobs") if len(p.name) == 64]
    assert len(stored) == len(set(stored)) >= len(course_files)


def test_legacy_private_file_in_the_shared_folder_moves_into_the_profile(make_client, server,
                                                                         tmp_home):
    amina = make_client("amina", server)
    case_id = cases.new_draft(amina.store, amina.user["id"], amina.user["partnerships"][0])
    pdf = tmp_home / "old.pdf"
    pdf.write_bytes(PDF)
    cases.add_attachment(amina.store, amina.blobs, case_id, pdf)
    sha = sha256_bytes(PDF)
    amina.blobs.private.path(sha).rename(_shared_spot(amina, sha))  # as older versions kept it
    with amina.store.write() as db:  # ...and they kept no record of having moved anything
        db.execute("DELETE FROM settings WHERE key = ?", [ADOPTED_SETTING])
    directory = amina.dir
    amina.close()
    reopened = Profile(directory)
    try:
        assert not amina.blobs.shared.has(sha)
        assert reopened.blobs.private.has(sha) and reopened.blobs.read(sha) == PDF
        assert reopened.setting(ADOPTED_SETTING) is True
    finally:
        reopened.close()
    # Done once: a later open does not look again (it reads the setting, no join).
    amina.blobs.private.path(sha).rename(_shared_spot(amina, sha))
    again = Profile(directory)
    try:
        assert again.blobs.adopt_legacy_private() == 0
        assert again.blobs.shared.has(sha)
    finally:
        again.close()


def _shared_spot(profile: Profile, sha: str) -> Path:
    path = profile.blobs.shared.path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_local_password_verifier_works_offline_and_never_stores_the_password(
        make_client, server, tmp_home, demo_passwords):
    amina = make_client("amina", server)
    password = demo_passwords["amina"]
    verifier = amina.setting(locking.VERIFIER_SETTING)
    assert verifier.startswith("$argon2id$")
    amina.set_setting("server", "http://127.0.0.1:9")  # nothing listens: offline
    assert amina.verify_local_password(password)
    assert not amina.verify_local_password(password + "x")
    assert not amina.verify_local_password("")
    amina.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in amina.dir.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path


def test_wrong_tries_are_counted_and_delayed_after_five():
    class Fake:
        def __init__(self) -> None:
            self.settings: dict = {}
            self.verifier = locking.hash_password("right")

        def setting(self, key, default=None):
            return self.settings.get(key, default)

        def set_setting(self, key, value):
            self.settings[key] = value

        def verify_local_password(self, pw):
            return locking.verify_password(self.verifier, pw)

    now = [1000.0]
    unlocker = locking.Unlocker(Fake(), clock=lambda: now[0])
    results = [unlocker.attempt("wrong") for _ in range(locking.FREE_TRIES)]
    assert [r.wait_s for r in results[:-1]] == [0.0] * (locking.FREE_TRIES - 1)
    assert results[-1].wait_s == locking.FIRST_DELAY_S
    refused = unlocker.attempt("right")  # even the right one waits
    assert not refused.ok and not refused.checked
    now[0] += locking.FIRST_DELAY_S
    assert unlocker.attempt("right").ok
    assert unlocker.attempt("wrong").failures == 1  # a success starts the count again


def test_a_keyring_that_refuses_is_treated_as_no_secure_store(profile_dir, monkeypatch) -> None:
    import keyring

    import pytest
    from tutorclient.session import Credentials, NoSecureStore, Profile

    class Locked(type(keyring.get_keyring())):  # the in-memory test keyring, but locked
        def set_password(self, service, username, password):
            raise keyring.errors.KeyringLocked("the secret service is not running")

    keyring.set_keyring(Locked())
    profile = Profile(profile_dir)
    with pytest.raises(NoSecureStore) as info:
        profile.save_credentials(Credentials("t" * 22))
    assert "no secure password store" in info.value.user_message
    assert not (profile_dir / "token.json").exists()
    profile.token_file_allowed = True
    assert profile.save_credentials(Credentials("t" * 22)) == "file"
    profile.close()


def test_unlock_wait_never_outlasts_its_delay_when_the_clock_is_set_back() -> None:
    """A wrong try stamped by a clock 3 days ahead, then the clock is corrected:
    the wait is the delay, not the delay plus 3 days."""
    from tutorclient import locking

    class Fake:
        def __init__(self):
            self.settings: dict = {}
            self.verifier = locking.hash_password("right")

        def setting(self, key, default=None):
            return self.settings.get(key, default)

        def set_setting(self, key, value):
            self.settings[key] = value

        def verify_local_password(self, pw):
            return locking.verify_password(self.verifier, pw)

    now = [1000.0 + 3 * 86400]
    unlocker = locking.Unlocker(Fake(), clock=lambda: now[0])
    for _ in range(locking.FREE_TRIES):
        unlocker.attempt("wrong")
    now[0] -= 3 * 86400  # the clock is set right
    assert unlocker.wait_remaining() <= locking.FIRST_DELAY_S
