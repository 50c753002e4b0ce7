"""USB bundles against a real server data dir and real profiles (docs/bundles.md).

The device signs in once over the network (learning the server's key), then
lives on bundles alone: the server exports, the device imports, works
offline, exports its outbox, the server imports. Bad bundles are refused with
a message a coordinator can act on, and nothing at all is applied.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sync import bundle as fmt
from sync.bundle import BundleError
from sync.errors import BadDataError
from sync.server import bundles as server_bundles
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.settings import Settings
from tutorclient import bundles, cases, discussions
from tutorclient.cli import main as client_main
from tutorclient.session import Profile
from tutorclient.store import records

REPLY = "Offline at the clinic: I would repeat the lactate at 2 hours."
PDF = b"%PDF-1.4\n% a tiny test document\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


# -- helpers ------------------------------------------------------------------------------


def _server_cli(settings: Settings, *args: str) -> None:
    assert server_main(["--data", str(settings.data_dir), *args]) == 0


def _export(settings: Settings, user: str, out: Path, *args: str) -> Path:
    _server_cli(settings, "bundle", "export", "--user", user, "--out", str(out), *args)
    return out


def _client_cli(profile: Profile, *args: str) -> int:
    return client_main(["--profile", str(profile.dir), *args])


def _device_state(p: Profile) -> dict[str, Any]:
    db = p.store.db
    return {
        "cursor": db.execute("SELECT cursor FROM sync_cursors WHERE name = 'main'").fetchone(),
        "counts": {k: db.execute(f"SELECT count(*) FROM {k}").fetchone()[0]
                   for k in records.KINDS},
        "outbox": db.execute("SELECT uuid, state, attempts FROM outbox ORDER BY seq").fetchall(),
        "blobs": db.execute("SELECT sha256, state FROM blobs ORDER BY sha256").fetchall(),
        "history": db.execute("SELECT count(*) FROM sync_history").fetchone()[0],
        "cache": sorted(x.name for root in (p.blobs.root, p.dir)
                        for x in root.rglob("*") if len(x.name) == 64),
    }


def _server_state(settings: Settings) -> dict[str, Any]:
    db = Database(settings)
    try:
        with db.read() as conn:
            return {
                "seq": conn.execute(text("SELECT value FROM meta WHERE name = 'seq'")).scalar(),
                "records": conn.execute(text("SELECT count(*) FROM records")).scalar(),
                "ops": conn.execute(text("SELECT count(*) FROM ops")).scalar(),
                "blobs": conn.execute(text("SELECT count(*) FROM blobs")).scalar(),
            }
    finally:
        db.dispose()


def _server_posts(settings: Settings, body: str) -> int:
    db = Database(settings)
    try:
        with db.read() as conn:
            return conn.execute(text(
                "SELECT count(*) FROM records WHERE kind = 'posts' AND deleted = 0 "
                "AND data LIKE :b"), {"b": f"%{body}%"}).scalar()
    finally:
        db.dispose()


def _head(settings: Settings) -> int:
    return _server_state(settings)["seq"]


def _rewrite(src: Path, dst: Path, replace: dict[str, bytes] | None = None,
             add: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None) -> Path:
    """A copy of a bundle with members replaced or added (a deliberate tamperer)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, (replace or {}).get(info.filename, zin.read(info.filename)))
        for name, data in add or []:
            zout.writestr(name, data)
    return dst


def _flip_byte_in(src: Path, dst: Path, member: str) -> Path:
    """Flip one byte in the middle of a member's stored data (a bad USB stick)."""
    raw = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo(member)
    header = info.header_offset
    name_len = int.from_bytes(raw[header + 26:header + 28], "little")
    extra_len = int.from_bytes(raw[header + 28:header + 30], "little")
    start = header + 30 + name_len + extra_len
    raw[start + info.compress_size // 2] ^= 0x01
    dst.write_bytes(bytes(raw))
    return dst


def _first_thread(p: Profile) -> str:
    return p.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]


@pytest.fixture
def offline_amina(server: str, server_settings: Settings, make_client, tmp_path: Path) -> Profile:
    """Amina signed in once (learning the server key) and never synced over the network:
    everything she has came from a first bundle."""
    amina = make_client("amina", server)
    assert amina.setting("server_key")["id"] == fmt.fingerprint(
        fmt.load_public_key(amina.setting("server_key")["key"]))
    first = _export(server_settings, "amina", tmp_path / "first.tcb")
    assert _client_cli(amina, "bundle", "import", str(first)) == 0
    return amina


# -- the round trip -----------------------------------------------------------------------


@pytest.mark.parametrize("results_by", ["bundle", "network"])
def test_round_trip_without_network(server: str, server_settings: Settings, make_client,
                                    tmp_path: Path, results_by: str) -> None:
    amina = make_client("amina", server)
    assert amina.store.db.execute("SELECT count(*) FROM threads").fetchone()[0] == 0

    # Server -> device: everything amina may see, with its files, signed.
    first = _export(server_settings, "amina", tmp_path / "to-amina-1.tcb")
    assert _client_cli(amina, "bundle", "import", str(first)) == 0
    state = _device_state(amina)
    assert state["cursor"][0] == _head(server_settings)
    assert state["counts"]["threads"] > 0 and state["counts"]["lessons"] > 0
    carried = amina.store.db.execute(
        "SELECT count(*) FROM blobs WHERE state = 'present'").fetchone()[0]
    assert carried > 0, "the bundle should bring the files the records reference"
    sha = amina.store.db.execute("SELECT sha256 FROM blobs WHERE state = 'present'").fetchone()[0]
    assert amina.blobs.verify(sha)
    assert amina.store.db.execute(
        "SELECT via FROM sync_history ORDER BY id DESC LIMIT 1").fetchone()[0] == "bundle"

    # Offline work: a reply, and a new case with a PDF (a blob to carry back).
    me = amina.user["id"]
    post = discussions.reply(amina.store, me, _first_thread(amina), REPLY)
    partnership = amina.user["partnerships"][0]
    case = cases.new_draft(amina.store, me, partnership)
    (tmp_path / "ecg.pdf").write_bytes(PDF)
    att = cases.add_attachment(amina.store, amina.blobs, case, tmp_path / "ecg.pdf")

    # Device -> server, twice: the second import changes nothing.
    out = tmp_path / "from-amina.tcb"
    assert _client_cli(amina, "bundle", "export", str(out)) == 0
    report = server_bundles.import_from_device(server_settings, out)
    assert (report.username, report.applied, report.rejected, report.conflicts) == \
        ("amina", report.ops, 0, 0)
    assert report.ops >= 4 and report.blobs_added == 1
    assert _server_posts(server_settings, REPLY) == 1
    before = _server_state(server_settings)
    _server_cli(server_settings, "bundle", "import", str(out))
    again = server_bundles.import_from_device(server_settings, out)
    assert again.already == again.ops and again.applied == 0
    assert _server_state(server_settings) == before
    assert _server_posts(server_settings, REPLY) == 1

    if results_by == "bundle":
        # The next server bundle carries the results: the outbox empties offline.
        back = _export(server_settings, "amina", tmp_path / "to-amina-2.tcb")
        with fmt.open_bundle(back, fmt.TO_DEVICE, public_key=fmt.load_public_key(
                amina.setting("server_key")["key"])) as b:
            assert b.cursor["from"] == state["cursor"][0]  # the cursor the device stated
        got = bundles.import_bundle(amina, back)
        assert got.pushed == report.ops
        pending = amina.store.db.execute(
            "SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        assert pending == 0
        assert amina.store.db.execute("SELECT local_state FROM posts WHERE id = ?",
                                      [post]).fetchone()[0] == "synced"
        assert amina.store.db.execute("SELECT state FROM blobs WHERE sha256 = ?",
                                      [att.sha256]).fetchone()[0] == "present"

    # A later network sync: replayed UUIDs (if any) duplicate nothing; the outbox ends empty.
    summary = amina.sync()
    assert summary.rejected == 0 and summary.conflicts == 0
    assert _server_posts(server_settings, REPLY) == 1
    assert amina.store.db.execute(
        "SELECT count(*) FROM outbox WHERE state != 'done'").fetchone()[0] == 0
    assert [r[0] for r in amina.store.db.execute(
        "SELECT id FROM posts WHERE body_md = ?", [REPLY])] == [post]
    assert amina.store.integrity_check() == []

    # Another device of a partnership member sees the reply and the file exactly once.
    khadra = make_client("khadra", server)
    khadra.sync()
    assert khadra.store.db.execute("SELECT count(*) FROM posts WHERE body_md = ?",
                                   [REPLY]).fetchone()[0] == 1


def test_export_since_cursor_and_results_only(offline_amina: Profile, server_settings: Settings,
                                              tmp_path: Path) -> None:
    head = _head(server_settings)
    # Nothing new: a bundle with no pages keeps the cursor and changes nothing.
    empty = _export(server_settings, "amina", tmp_path / "empty.tcb", "--since-cursor", str(head))
    before = _device_state(offline_amina)
    got = bundles.import_bundle(offline_amina, empty)
    assert got.pulled == 0
    after = _device_state(offline_amina)
    assert after["cursor"] == before["cursor"] and after["counts"] == before["counts"]


# -- refusals: nothing applied ---------------------------------------------------------------


@pytest.fixture
def second_bundle(offline_amina: Profile, server_settings: Settings, make_client, server: str,
                  tmp_path: Path) -> Path:
    """A good bundle with new changes (a post by Khadra) and a new file for amina."""
    khadra = make_client("khadra", server)
    khadra.sync()
    thread = _first_thread(offline_amina)
    discussions.reply(khadra.store, khadra.user["id"], thread, "Khadra: agreed, and check Hb.")
    khadra.sync()
    return _export(server_settings, "amina", tmp_path / "second.tcb")


def _refused(profile: Profile, path: Path, code: str, words: str, **kw: Any) -> BundleError:
    before = _device_state(profile)
    with pytest.raises(BundleError) as info:
        bundles.import_bundle(profile, path, **kw)
    assert info.value.code == code, info.value
    assert words in info.value.user_message
    assert _device_state(profile) == before
    assert profile.store.integrity_check() == []
    return info.value


def _blob_member(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith("blobs/")]
    assert names, "the test bundle should carry at least one file"
    return names[0]


def test_tampered_bundles_are_refused(offline_amina: Profile, second_bundle: Path,
                                      tmp_path: Path) -> None:
    p = offline_amina
    with zipfile.ZipFile(second_bundle) as zf:
        manifest = zf.read(fmt.MANIFEST)
        page = zf.read("records/000001.json")
    blob = _blob_member(tmp_path / "first.tcb")
    first = tmp_path / "first.tcb"
    with zipfile.ZipFile(first) as zf:
        blob_bytes = zf.read(blob)

    damaged = "changed or damaged"
    # A blob replaced with other bytes (the manifest, still signed, pins its hash).
    _refused(p, _rewrite(first, tmp_path / "t1.tcb", {blob: blob_bytes[:-1] + b"X"}),
             "damaged", damaged)
    # One bit flipped on the stick, in the records and in the manifest.
    _refused(p, _flip_byte_in(second_bundle, tmp_path / "t2.tcb", "records/000001.json"),
             "damaged", damaged)
    _refused(p, _flip_byte_in(second_bundle, tmp_path / "t3.tcb", fmt.MANIFEST),
             "damaged", damaged)
    # A change edited in the records page.
    edited = page.replace(b"Khadra: agreed", b"Khadra: refused")
    assert edited != page
    _refused(p, _rewrite(second_bundle, tmp_path / "t4.tcb", {"records/000001.json": edited}),
             "damaged", damaged)
    # The manifest edited (a later cursor), its old signature kept.
    _refused(p, _rewrite(second_bundle, tmp_path / "t5.tcb",
                         {fmt.MANIFEST: manifest.replace(b'"from":', b'"from":1')}),
             "damaged", damaged)
    # The untouched bundle applies: the refusals above were about the damage.
    got = bundles.import_bundle(p, second_bundle)
    assert got.pulled > 0
    assert p.store.db.execute("SELECT count(*) FROM posts WHERE body_md LIKE 'Khadra: agreed%'"
                              ).fetchone()[0] == 1


def test_flipped_blob_byte_is_refused(server: str, server_settings: Settings, make_client,
                                      tmp_path: Path) -> None:
    amina = make_client("amina", server)
    good = _export(server_settings, "amina", tmp_path / "good.tcb")
    bad = _flip_byte_in(good, tmp_path / "bad.tcb", _blob_member(good))
    _refused(amina, bad, "damaged", "changed or damaged")
    assert bundles.import_bundle(amina, good).pulled > 0


@pytest.mark.parametrize("cut", [0.5, 0.99, 22])
def test_truncated_bundle_is_refused(offline_amina: Profile, second_bundle: Path,
                                     tmp_path: Path, capsys, cut: float) -> None:
    raw = second_bundle.read_bytes()
    keep = int(len(raw) * cut) if cut < 1 else len(raw) - int(cut)
    short = tmp_path / "short.tcb"
    short.write_bytes(raw[:keep])
    _refused(offline_amina, short, "incomplete", "incomplete — copy it again from the USB stick")
    # The command line says the same, in one line, with a failing exit status.
    assert _client_cli(offline_amina, "bundle", "import", str(short)) == 1
    assert "The file is incomplete" in capsys.readouterr().err


def test_bundle_signed_by_another_server_is_refused(offline_amina: Profile, second_bundle: Path,
                                                    server_settings: Settings,
                                                    tmp_path: Path) -> None:
    # Same database and users, another key: only the signature is wrong.
    other = Settings(data_dir=tmp_path / "other-server", db_url=server_settings.database_url,
                     argon2_profile="test")
    forged = tmp_path / "forged.tcb"
    server_bundles.export_to_device(other, "amina", forged, since_cursor=offline_amina.store.db.
                                    execute("SELECT cursor FROM sync_cursors").fetchone()[0])
    _refused(offline_amina, forged, "wrong_server", "not made by this computer's server")


def test_bundle_for_another_user_is_refused(offline_amina: Profile, second_bundle: Path,
                                            server_settings: Settings, tmp_path: Path) -> None:
    theirs = _export(server_settings, "khadra", tmp_path / "khadra.tcb")
    err = _refused(offline_amina, theirs, "wrong_user", "This bundle was made for Khadra Ali")
    assert "not for Amina Warsame" in err.user_message


@pytest.mark.parametrize("name", ["../../evil.txt", "/tmp/evil.txt", "records/../../evil.txt",
                                  "blobs\\..\\evil.txt"])
def test_path_traversal_member_is_refused(offline_amina: Profile, second_bundle: Path,
                                          tmp_path: Path, name: str) -> None:
    bad = _rewrite(second_bundle, tmp_path / "traversal.tcb", add=[(name, b"owned")])
    _refused(offline_amina, bad, "unsafe", "unsafe entries")
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_symlink_member_is_refused(offline_amina: Profile, second_bundle: Path,
                                   tmp_path: Path) -> None:
    link = zipfile.ZipInfo("blobs/" + "0" * 64)
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bad = _rewrite(second_bundle, tmp_path / "symlink.tcb", add=[(link, b"/etc/passwd")])
    _refused(offline_amina, bad, "unsafe", "unsafe entries")


def test_bundle_too_large_for_free_disk_is_refused(offline_amina: Profile, second_bundle: Path
                                                   ) -> None:
    free = shutil.disk_usage(offline_amina.blobs.root).free
    _refused(offline_amina, second_bundle, "no_space", "Not enough free disk space",
             limits=fmt.Limits(keep_free=free + 2**30))  # more than is free, however the disk moves
    # and the size cap on the bundle file itself
    _refused(offline_amina, second_bundle, "too_large", "too large",
             limits=fmt.Limits(max_file=1000))
    assert bundles.import_bundle(offline_amina, second_bundle).pulled > 0


def test_stale_and_gapped_bundles_are_refused(offline_amina: Profile, second_bundle: Path,
                                              server_settings: Settings, tmp_path: Path) -> None:
    have = offline_amina.store.db.execute("SELECT cursor FROM sync_cursors").fetchone()[0]
    head = _head(server_settings)
    assert head > have  # Khadra posted after amina's first bundle
    # Starting after the device's cursor would skip Khadra's post: refused, with the fix.
    ahead = _export(server_settings, "amina", tmp_path / "ahead.tcb", "--since-cursor", str(head))
    _refused(offline_amina, ahead, "gap", f"--since-cursor {have}")
    bundles.import_bundle(offline_amina, second_bundle)
    # The first bundle ends before what the device now has: applying it could only go back.
    _refused(offline_amina, tmp_path / "first.tcb", "stale", "older than what this computer")


def test_server_refuses_bad_device_bundles(offline_amina: Profile, server_settings: Settings,
                                           tmp_path: Path) -> None:
    discussions.reply(offline_amina.store, offline_amina.user["id"],
                      _first_thread(offline_amina), REPLY)
    out = tmp_path / "from-amina.tcb"
    bundles.export_bundle(offline_amina, out)
    with zipfile.ZipFile(out) as zf:
        ops = zf.read(fmt.OPS)
        manifest = zf.read(fmt.MANIFEST)
    before = _server_state(server_settings)

    def refused(path: Path, code: str, words: str) -> None:
        with pytest.raises(BundleError) as info:
            server_bundles.import_from_device(server_settings, path)
        assert info.value.code == code and words in info.value.user_message
        assert _server_state(server_settings) == before
        assert _server_posts(server_settings, REPLY) == 0

    # The op rewritten to say something else: the manifest's hash of ops.json no longer fits.
    refused(_rewrite(out, tmp_path / "d1.tcb", {fmt.OPS: ops.replace(b"lactate", b"LACTATE")}),
            "damaged", "changed or damaged")
    # The manifest edited without fixing its checksum.
    refused(_rewrite(out, tmp_path / "d2.tcb",
                     {fmt.MANIFEST: manifest.replace(b'"device":', b'"device":1')}),
            "damaged", "changed or damaged")
    raw = out.read_bytes()
    (tmp_path / "d3.tcb").write_bytes(raw[: len(raw) // 2])
    refused(tmp_path / "d3.tcb", "incomplete", "incomplete")
    refused(_rewrite(out, tmp_path / "d4.tcb", add=[("../../evil", b"x")]), "unsafe", "unsafe")
    # A server bundle offered to the server.
    refused(tmp_path / "first.tcb", "wrong_kind", "goes the other way")
    # Made on a device bound to another server.
    import hashlib
    forged = manifest.replace(offline_amina.setting("server_key")["id"].encode(), b"0" * 64)
    refused(_rewrite(out, tmp_path / "d5.tcb",
                     {fmt.MANIFEST: forged,
                      fmt.CHECKSUM: hashlib.sha256(forged).hexdigest().encode()}),
            "wrong_server", "different server")
    # And the genuine bundle applies once.
    assert server_bundles.import_from_device(server_settings, out).applied == 1
    assert _server_posts(server_settings, REPLY) == 1


def test_server_key_is_private_and_stable(server_settings: Settings) -> None:
    from sync.server import keys

    first = keys.public_info(server_settings.data_dir)
    path = keys.key_path(server_settings.data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.public_info(server_settings.data_dir) == first


def test_a_bad_page_leaves_no_trace_of_the_good_ones(offline_amina: Profile, second_bundle: Path,
                                                     server_settings: Settings,
                                                     tmp_path: Path) -> None:
    """Signed by the real key (a buggy server), valid page then a malformed one:
    all pages, results and the cursor are one transaction, so nothing lands."""
    from sync.server import keys

    with zipfile.ZipFile(second_bundle) as zf:
        page = zf.read("records/000001.json").decode()
        manifest = fmt._peek(zf.read(fmt.MANIFEST))
    body = page[page.index('"x":[') + 5:-2]
    head = _head(server_settings)
    out = tmp_path / "buggy.tcb"
    with fmt.BundleWriter(out, fmt.TO_DEVICE, user=manifest["user"], server=None,
                          cursor=manifest["cursor"]) as w:
        w.add_page(1, head, [body])
        w.add_page(2, head, ['{"k":"no-such-kind","i":"x","v":1,"d":{}}'])
        w.finish(keys.load_or_create(server_settings.data_dir))
    before = _device_state(offline_amina)
    with pytest.raises(BadDataError):
        bundles.import_bundle(offline_amina, out)
    assert _device_state(offline_amina) == before
    assert offline_amina.store.integrity_check() == []


# -- device bundles are authenticated to the signed-in device (docs/bundles.md) --------------


def _forge_ops(out: Path, dst: Path, seal: str) -> Path:
    """The device bundle with its reply rewritten, the manifest's hash of ops.json
    recomputed, and the manifest sealed as a forger can: a fresh checksum, the
    forger's own key, or the genuine signature left in place."""
    import hashlib
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        members = {n: zf.read(n) for n in names}
    ops = members[fmt.OPS].replace(b"lactate", b"LACTATE")
    assert ops != members[fmt.OPS]
    manifest = json.loads(members[fmt.MANIFEST])
    for m in manifest["members"]:
        if m["name"] == fmt.OPS:
            m.update(sha256=hashlib.sha256(ops).hexdigest(), size=len(ops))
    members[fmt.OPS] = ops
    members.pop(fmt.CHECKSUM, None)
    sig = members.pop(fmt.SIGNATURE, None)
    if seal == "own-key":
        mine = Ed25519PrivateKey.generate()
        manifest["device_key"] = fmt.fingerprint(mine.public_key())
        raw = fmt.canonical_json(manifest)
        members[fmt.SIGNATURE] = mine.sign(raw)
    else:
        raw = fmt.canonical_json(manifest)
        if seal == "checksum":
            members[fmt.CHECKSUM] = hashlib.sha256(raw).hexdigest().encode()
        else:
            assert sig is not None, "a device bundle should be signed"
            members[fmt.SIGNATURE] = sig
    members[fmt.MANIFEST] = raw
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


@pytest.mark.parametrize("seal,code", [("checksum", "wrong_device"), ("own-key", "wrong_device"),
                                       ("kept-signature", "damaged")])
def test_forged_device_bundle_is_refused_and_the_genuine_one_applies(
        offline_amina: Profile, server_settings: Settings, tmp_path: Path, seal: str,
        code: str) -> None:
    discussions.reply(offline_amina.store, offline_amina.user["id"],
                      _first_thread(offline_amina), REPLY)
    out = tmp_path / "from-amina.tcb"
    bundles.export_bundle(offline_amina, out)
    forged = _forge_ops(out, tmp_path / "forged.tcb", seal)
    before = _server_state(server_settings)
    with pytest.raises(BundleError) as info:
        server_bundles.import_from_device(server_settings, forged)
    assert info.value.code == code
    if code == "wrong_device":
        assert "not made on a device signed in as amina" in info.value.user_message
    assert _server_state(server_settings) == before
    assert _server_posts(server_settings, "LACTATE") == 0
    # The genuine bundle is not poisoned: it applies, and nothing is "already here".
    report = server_bundles.import_from_device(server_settings, out)
    assert (report.applied, report.already, report.rejected) == (report.ops, 0, 0)
    assert _server_posts(server_settings, REPLY) == 1


def test_unsigned_device_bundle_is_refused(offline_amina: Profile, server_settings: Settings,
                                           tmp_path: Path) -> None:
    """A bundle sealed only by a checksum (an older TutorClient, or anyone) is not trusted."""
    discussions.reply(offline_amina.store, offline_amina.user["id"],
                      _first_thread(offline_amina), REPLY)
    who = {"id": offline_amina.user["id"], "username": "amina", "name": "Amina"}
    path = tmp_path / "unsigned.tcb"
    with fmt.BundleWriter(path, fmt.FROM_DEVICE, user=who, server=None,
                          device=offline_amina.profile_id, cursor={"device": 0}) as w:
        w.add_json(fmt.OPS, {"o": []})
        w.finish()
    with pytest.raises(BundleError) as info:
        server_bundles.import_from_device(server_settings, path)
    assert info.value.code == "wrong_device"
    assert "not made on a device signed in as amina" in info.value.user_message


def test_op_uuid_replayed_with_other_content_is_refused_not_already_here(
        offline_amina: Profile, server: str, server_settings: Settings, tmp_path: Path,
        capsys) -> None:
    import json

    import requests

    discussions.reply(offline_amina.store, offline_amina.user["id"],
                      _first_thread(offline_amina), REPLY)
    out = tmp_path / "from-amina.tcb"
    bundles.export_bundle(offline_amina, out)
    with zipfile.ZipFile(out) as zf:
        (op,) = json.loads(zf.read(fmt.OPS))["o"]
    # Someone holding amina's token sends other content under the real op UUID first.
    other = {**op, "d": {**op["d"], "body_md": "Forged: stop the antibiotics."}}
    token = offline_amina.credentials().token
    sent = requests.post(server + "/v1/sync", json={"v": 1, "c": 0, "o": [other]},
                         headers={"Authorization": f"Bearer {token}"})
    assert sent.status_code == 200 and sent.json()["r"][0]["s"] == "ok"
    # The same UUID with different content over the network: refused, plainly.
    again = requests.post(server + "/v1/sync", json={"v": 1, "c": 0, "o": [op]},
                          headers={"Authorization": f"Bearer {token}"}).json()["r"][0]
    assert again["s"] == "rejected" and "different" in again["e"]
    # And by bundle: never counted as "already here".
    report = server_bundles.import_from_device(server_settings, out)
    assert (report.already, report.applied, report.rejected) == (0, 0, 1)
    assert "different" in report.problems[0]
    _server_cli(server_settings, "bundle", "import", str(out))
    printed = capsys.readouterr().out
    assert "0 already here" in printed and "1 refused" in printed


def test_a_password_reset_drops_the_device_keys_registered_with_the_old_password(
        offline_amina: Profile, server: str, server_settings: Settings, tmp_path: Path) -> None:
    """Whoever knew the old password may have registered a key of their own; after a
    reset only devices that sign in with the new password make bundles the server takes."""
    from sync.server.admin import Admin

    discussions.reply(offline_amina.store, offline_amina.user["id"],
                      _first_thread(offline_amina), REPLY)
    out = tmp_path / "from-amina.tcb"
    bundles.export_bundle(offline_amina, out)
    admin = Admin(server_settings)
    try:
        admin.set_password("amina", "a brand new password")
    finally:
        admin.close()
    with pytest.raises(BundleError) as info:
        server_bundles.import_from_device(server_settings, out)
    assert info.value.code == "wrong_device"
    # The same computer signs in with the new password: its key is registered again.
    offline_amina.login(server, "amina", "a brand new password")
    assert server_bundles.import_from_device(server_settings, out).applied == 1


def test_a_copied_device_key_is_replaced_at_sign_in(offline_amina: Profile, server: str,
                                                    make_client, tmp_path: Path) -> None:
    """One key, one device: a profile given another profile's key file makes its own."""
    from tutorclient.session import DEVICE_KEY_FILE

    other = Profile(tmp_path / "copy")
    try:
        shutil.copy(offline_amina.dir / DEVICE_KEY_FILE, other.dir / DEVICE_KEY_FILE)
        other.login(server, "amina", "demo-amina")
        mine = fmt.fingerprint(other.device_key().public_key())
        assert other.setting("device_key") == {"id": mine}
        assert mine != offline_amina.setting("device_key")["id"]
    finally:
        other.close()
