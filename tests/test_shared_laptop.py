"""Removing a user from a shared computer: the warning names unsent work, the removal
ends the server session (now, or at a later start when offline) and leaves nothing of
the user's behind. Real server on loopback; "offline" is the network simulator off."""

from __future__ import annotations

from pathlib import Path

import requests

from sync.netsim import NetSim
from tutorclient import cases, discussions, shared_laptop
from tutorclient.profiles import list_profiles, profiles_dir
from tutorclient.session import Profile


def _signed_in(url: str, username: str, passwords: dict[str, str], sync: bool = True) -> Profile:
    profile = Profile(profiles_dir() / username)
    profile.login(url, username, passwords[username])
    if sync:
        profile.sync()
    return profile


def _token_works(server: str, token: str) -> bool:
    answer = requests.post(server + "/v1/sync", json={"v": 1, "c": 0},
                           headers={"Authorization": f"Bearer {token}"})
    return answer.status_code == 200


def test_unsent_work_is_counted_and_described(server: str, demo_passwords) -> None:
    amina = _signed_in(server, "amina", demo_passwords)
    assert shared_laptop.unsent_work(amina.dir).lines() == []  # all sent: nothing to lose
    uid = amina.user["id"]
    thread = amina.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' LIMIT 1").fetchone()[0]
    discussions.reply(amina.store, uid, thread, "One")
    discussions.reply(amina.store, uid, thread, "Two")
    partnership = amina.store.db.execute("SELECT id FROM partnerships LIMIT 1").fetchone()[0]
    draft = cases.new_draft(amina.store, uid, partnership)
    cases.save_draft(amina.store, draft, {"title": "Fever and rash in a child"})
    amina.close()
    work = shared_laptop.unsent_work(profiles_dir() / "amina")
    assert work.pending["posts"] == 2 and work.drafts == 1 and work.count >= 3
    lines = work.lines()
    assert lines[0].startswith("Waiting to be sent: ") and "2 replies" in lines[0]
    assert "1 case draft with changes the server does not have yet." in lines


def test_removal_online_ends_the_session_and_deletes_the_profile(
        server: str, demo_passwords, memory_keyring) -> None:
    amina = _signed_in(server, "amina", demo_passwords)
    khadra = _signed_in(server, "khadra", demo_passwords, sync=False)
    token, folder, pid = amina.credentials().token, amina.dir, amina.profile_id
    assert [k for k in memory_keyring.secrets if pid in k[1]]  # the sign-in is in the keyring
    amina.close()
    khadra.close()
    removal = shared_laptop.remove_profile(folder)
    assert removal.session_ended and removal.display_name.startswith("Amina")
    assert not folder.exists()
    assert not _token_works(server, token)
    assert [c.username for c in list_profiles()] == ["khadra"]
    assert not [k for k in memory_keyring.secrets if pid in k[1]]  # no secret left behind
    assert shared_laptop.finish_removals() == 0


def test_removal_offline_queues_the_session_end_and_keeps_nothing_else(
        server: str, demo_passwords) -> None:
    host, port = server.removeprefix("http://").split(":")
    with NetSim((host, int(port)), profile="none", seed=1) as sim:
        amina = _signed_in(sim.url, "amina", demo_passwords)
        discussions.reply(amina.store, amina.user["id"], amina.store.db.execute(
            "SELECT id FROM threads LIMIT 1").fetchone()[0], "Never sent")
        token, folder = amina.credentials().token, amina.dir
        amina.close()
        sim.set_online(False)
        removal = shared_laptop.remove_profile(folder)
        assert not removal.session_ended
        assert list_profiles() == []  # gone from the start screen
        left = sorted(p.name for p in folder.rglob("*") if p.is_file())
        assert "REMOVED" in left and not any("blob" in name for name in left)
        shell = Profile(folder)
        try:
            assert shell.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
            assert shell.store.db.execute("SELECT count(*) FROM threads").fetchone()[0] == 0
            assert shell.credentials() is None and len(shell.pending_revocations()) == 1
        finally:
            shell.close()
        assert _token_works(server, token)  # not ended yet: no connection
        assert shared_laptop.finish_removals() == 0  # still offline: kept for later
        assert folder.exists()
        sim.set_online(True)
        assert shared_laptop.finish_removals() == 1
    assert not folder.exists()
    assert not _token_works(server, token)


def test_the_profile_folder_of_a_removed_user_is_not_listed(tmp_home: Path) -> None:
    keep = Profile(profiles_dir() / "keep")
    keep.close()
    gone = Profile(profiles_dir() / "gone")
    gone.close()
    (profiles_dir() / "gone" / "REMOVED").write_text("x")
    assert [c.name for c in list_profiles()] == ["keep"]
