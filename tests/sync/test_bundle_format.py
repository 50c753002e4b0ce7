"""The USB bundle format on its own (sync/bundle.py): write, read, verify, limits."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import bundle as fmt
from sync.bundle import BundleError

USER = {"id": "u-1", "username": "amina", "name": "Amina W."}
BLOB = b"\x89PNG pretend image bytes" * 10
BLOB_SHA = hashlib.sha256(BLOB).hexdigest()
CHANGE = '{"k":"posts","i":"p1","v":1,"d":{"body_md":"hello"}}'


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _to_device(path: Path, key: Ed25519PrivateKey, **kw: Any) -> Path:
    with fmt.BundleWriter(path, fmt.TO_DEVICE, user=USER, server=None,
                          cursor={"from": 3, "to": 9}, info={"more": False}) as w:
        w.add_page(1, 7, [CHANGE])
        w.add_page(2, 9, [])
        w.add_json(fmt.RESULTS, {"r": [{"u": "op-1", "s": "ok", "v": 1}], "stored": []})
        w.add_blob(BLOB_SHA, BLOB)
        w.finish(key)
    return path


def _from_device(path: Path, ops: list[dict[str, Any]] | None = None) -> Path:
    with fmt.BundleWriter(path, fmt.FROM_DEVICE, user=USER, server="ab" * 32, device="dev-1",
                          cursor={"device": 9}) as w:
        w.add_json(fmt.OPS, {"o": ops if ops is not None else [{"u": "op-1", "k": "posts"}]})
        w.add_blob(BLOB_SHA, BLOB)
        w.finish()
    return path


def _craft(path: Path, members: dict[str, bytes], manifest: dict[str, Any]) -> Path:
    """A from-device bundle written by hand, with a self-consistent checksum."""
    raw = fmt.canonical_json(manifest)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(fmt.MANIFEST, raw)
        zf.writestr(fmt.CHECKSUM, hashlib.sha256(raw).hexdigest())
    return path


def _manifest(members: dict[str, bytes], **over: Any) -> dict[str, Any]:
    m = {"format": 1, "kind": fmt.FROM_DEVICE, "server": None, "user": USER, "device": "d",
         "cursor": {"device": 0}, "created_at": "2025-01-01T00:00:00Z", "info": {},
         "members": [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                     for n, d in members.items()]}
    m.update(over)
    return m


def _code(path: Path, kind: str = fmt.FROM_DEVICE, **kw: Any) -> BundleError:
    with pytest.raises(BundleError) as info:
        fmt.open_bundle(path, kind, **kw)
    return info.value


# -- round trips ------------------------------------------------------------------------------


def test_signed_bundle_round_trip(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = _to_device(tmp_path / "b.tcb", key)
    assert not (tmp_path / "b.tcb.part").exists()
    with fmt.open_bundle(path, fmt.TO_DEVICE, public_key=key.public_key(),
                         space_dir=tmp_path) as b:
        assert b.signed_by == fmt.fingerprint(key.public_key())
        assert b.manifest["server"] == b.signed_by
        assert (b.kind, b.user, b.cursor, b.info) == (fmt.TO_DEVICE, USER,
                                                       {"from": 3, "to": 9}, {"more": False})
        assert b.page_names() == ["records/000001.json", "records/000002.json"]
        assert b.read_json("records/000001.json") == {"c": 7, "x": [json.loads(CHANGE)]}
        assert b.read_json(fmt.RESULTS)["r"][0]["u"] == "op-1"
        assert b.blob_hashes() == [BLOB_SHA] and b.read_blob(BLOB_SHA) == BLOB
        with pytest.raises(BundleError):
            b.read("../manifest.json")


def test_device_bundle_round_trip(tmp_path: Path) -> None:
    with fmt.open_bundle(_from_device(tmp_path / "d.tcb"), fmt.FROM_DEVICE) as b:
        assert b.signed_by is None and b.manifest["device"] == "dev-1"
        assert b.read_json(fmt.OPS) == {"o": [{"u": "op-1", "k": "posts"}]}
        assert b.read_blob(BLOB_SHA) == BLOB


def test_public_key_text_round_trip(key: Ed25519PrivateKey) -> None:
    pub = fmt.load_public_key(fmt.public_key_text(key.public_key()))
    assert fmt.fingerprint(pub) == fmt.fingerprint(key.public_key())
    with pytest.raises(BundleError):
        fmt.load_public_key("not base64!")


def test_writer_refuses_a_blob_that_is_not_its_hash(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(BundleError), fmt.BundleWriter(
            stick / "x.tcb", fmt.FROM_DEVICE, user=USER, server=None, cursor={}) as w:
        w.add_blob(BLOB_SHA, BLOB + b"!")
    # the half-written file is gone, and nothing sits under the final name
    assert list(stick.iterdir()) == []


# -- signatures and checksums ------------------------------------------------------------------


def test_signature_binds_the_manifest(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = _to_device(tmp_path / "b.tcb", key)
    assert _code(path, fmt.TO_DEVICE).code == "no_key"
    other = Ed25519PrivateKey.generate()
    err = _code(path, fmt.TO_DEVICE, public_key=other.public_key())
    assert err.code == "wrong_server" and "not made by this computer's server" in err.user_message
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    # Any change to the manifest's bytes (even a re-serialisation) breaks the signature.
    for edit in (lambda m: m.replace(b'"to":9', b'"to":99'), lambda m: m + b" "):
        bad = tmp_path / "bad.tcb"
        with zipfile.ZipFile(bad, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, edit(data) if name == fmt.MANIFEST else data)
        assert _code(bad, fmt.TO_DEVICE, public_key=key.public_key()).code == "damaged"


def test_unsigned_to_device_bundle_is_refused(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    with fmt.BundleWriter(tmp_path / "u.tcb", fmt.TO_DEVICE, user=USER, server=None,
                          cursor={"from": 0, "to": 0}) as w:
        w.finish()  # no key: a checksum instead of a signature
    assert _code(tmp_path / "u.tcb", fmt.TO_DEVICE, public_key=key.public_key()).code == "damaged"


def test_kinds_do_not_mix(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    signed = _to_device(tmp_path / "b.tcb", key)
    assert _code(signed, fmt.FROM_DEVICE).code == "wrong_kind"
    device = _from_device(tmp_path / "d.tcb")
    err = _code(device, fmt.TO_DEVICE, public_key=key.public_key())
    assert err.code == "wrong_kind" and "goes the other way" in err.user_message


def test_checksum_catches_manifest_damage(tmp_path: Path) -> None:
    members = {fmt.OPS: b'{"o":[]}'}
    path = _craft(tmp_path / "c.tcb", members, _manifest(members))
    with fmt.open_bundle(path, fmt.FROM_DEVICE):
        pass
    with zipfile.ZipFile(path) as zf:
        raw = zf.read(fmt.MANIFEST)
    with zipfile.ZipFile(tmp_path / "c2.tcb", "w") as zf:
        zf.writestr(fmt.OPS, members[fmt.OPS])
        zf.writestr(fmt.MANIFEST, raw.replace(b'"device":0', b'"device":1'))
        zf.writestr(fmt.CHECKSUM, hashlib.sha256(raw).hexdigest())
    assert _code(tmp_path / "c2.tcb").code == "damaged"


# -- members ----------------------------------------------------------------------------------


def test_member_hash_size_and_presence(tmp_path: Path) -> None:
    ops = b'{"o":[]}'
    good = {fmt.OPS: ops}
    # content differs from the hash the manifest pins
    bad_hash = _manifest(good)
    bad_hash["members"][0]["sha256"] = "0" * 64
    assert _code(_craft(tmp_path / "a.tcb", good, bad_hash)).code == "damaged"
    # size differs
    bad_size = _manifest(good)
    bad_size["members"][0]["size"] = 3
    assert _code(_craft(tmp_path / "b.tcb", good, bad_size)).code == "damaged"
    # listed but missing
    listed = _manifest({**good, "blobs/" + BLOB_SHA: BLOB})
    err = _code(_craft(tmp_path / "c.tcb", good, listed))
    assert err.code == "incomplete" and "copy it again from the USB stick" in err.user_message
    # a blob listed under another hash than its name
    lying = _manifest({"blobs/" + "1" * 64: BLOB})
    assert _code(_craft(tmp_path / "d.tcb", {"blobs/" + "1" * 64: BLOB}, lying)).code == "damaged"


@pytest.mark.parametrize("name", ["../x", "/abs", "blobs/../../x", "a\\b", "C:evil", "dir/",
                                  "notes.txt", "records/1.json"])
def test_unexpected_or_unsafe_names_are_refused(tmp_path: Path, name: str) -> None:
    ops = {fmt.OPS: b'{"o":[]}'}
    # present in the archive only
    path = _craft(tmp_path / "a.tcb", {**ops, name: b"x"}, _manifest(ops))
    assert _code(path).code == "unsafe"
    # and listed in a (self-consistent, unsigned) manifest
    listed = _craft(tmp_path / "b.tcb", {**ops, name: b"x"}, _manifest({**ops, name: b"x"}))
    assert _code(listed).code == "unsafe"


def test_duplicate_names_and_symlinks_are_refused(tmp_path: Path) -> None:
    ops = {fmt.OPS: b'{"o":[]}'}
    path = _craft(tmp_path / "a.tcb", ops, _manifest(ops))
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as zf:
        zf.writestr(fmt.OPS, b'{"o":[{"u":"evil"}]}')
    err = _code(path)
    assert err.code == "unsafe" and "two entries" in err.user_message
    link = zipfile.ZipInfo("blobs/" + BLOB_SHA)
    link.external_attr = 0o120777 << 16
    path = _craft(tmp_path / "b.tcb", ops, _manifest(ops))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(link, b"/etc/passwd")
    assert _code(path).code == "unsafe"


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 not really", b"just text"])
def test_not_a_complete_zip(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "x.tcb").write_bytes(data)
    err = _code(tmp_path / "x.tcb")
    assert err.code == "incomplete" and err.user_message == fmt.MSG_INCOMPLETE


def test_every_truncation_is_refused(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    raw = _to_device(tmp_path / "b.tcb", key).read_bytes()
    for keep in range(0, len(raw), max(1, len(raw) // 40)):
        (tmp_path / "t.tcb").write_bytes(raw[:keep])
        assert _code(tmp_path / "t.tcb", fmt.TO_DEVICE,
                     public_key=key.public_key()).code == "incomplete"


def test_other_format_version(tmp_path: Path) -> None:
    ops = {fmt.OPS: b'{"o":[]}'}
    err = _code(_craft(tmp_path / "v.tcb", ops, _manifest(ops, format=2)))
    assert err.code == "format" and "different version" in err.user_message


# -- limits -----------------------------------------------------------------------------------


def test_size_limits(tmp_path: Path) -> None:
    path = _from_device(tmp_path / "d.tcb")
    size = path.stat().st_size
    assert _code(path, limits=fmt.Limits(max_file=size - 1)).code == "too_large"
    assert _code(path, limits=fmt.Limits(max_total=len(BLOB))).code == "too_large"
    assert _code(path, limits=fmt.Limits(max_blob=len(BLOB) - 1)).code == "too_large"
    assert _code(path, limits=fmt.Limits(max_members=1)).code == "too_large"
    assert _code(path, limits=fmt.Limits(max_manifest=10)).code == "too_large"
    with fmt.open_bundle(path, fmt.FROM_DEVICE, limits=fmt.Limits(max_blob=len(BLOB))):
        pass


def test_a_member_that_inflates_past_its_limit(tmp_path: Path) -> None:
    # 8 MB of zeros deflate to a few KB: the limit applies to the inflated size.
    big = fmt.canonical_json({"o": [], "pad": "0" * (8 * fmt.MB)})
    path = _craft(tmp_path / "z.tcb", {fmt.OPS: big}, _manifest({fmt.OPS: big}))
    assert path.stat().st_size < fmt.MB
    err = _code(path, limits=fmt.Limits(max_json_member=fmt.MB))
    assert err.code == "too_large"


def test_free_disk_space_is_checked_before_anything(tmp_path: Path) -> None:
    path = _from_device(tmp_path / "d.tcb")
    free = shutil.disk_usage(tmp_path).free
    err = _code(path, space_dir=tmp_path, limits=fmt.Limits(keep_free=free))
    assert err.code == "no_space" and "Not enough free disk space" in err.user_message
    # a folder that does not exist yet is judged by the disk it would be on
    with fmt.open_bundle(path, fmt.FROM_DEVICE, space_dir=tmp_path / "not" / "yet",
                         limits=fmt.Limits(keep_free=0)):
        pass


# -- device bundles signed by the device's key ---------------------------------------------


def _signed_from_device(path: Path, device_key: Ed25519PrivateKey) -> Path:
    with fmt.BundleWriter(path, fmt.FROM_DEVICE, user=USER, server="ab" * 32, device="dev-1",
                          cursor={"device": 9}) as w:
        w.add_json(fmt.OPS, {"o": [{"u": "op-1", "k": "posts"}]})
        w.finish(device_key)
    return path


def test_signed_device_bundle_round_trip(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = _signed_from_device(tmp_path / "d.tcb", key)
    fp = fmt.fingerprint(key.public_key())
    seen: list[dict[str, Any]] = []

    def keys(manifest: dict[str, Any]) -> dict[str, Any]:
        seen.append(manifest)
        return {fp: key.public_key()}

    with fmt.open_bundle(path, fmt.FROM_DEVICE, device_keys=keys) as b:
        assert b.signed_by == fp and b.manifest["device_key"] == fp
        assert b.read_json(fmt.OPS)["o"][0]["u"] == "op-1"
    assert seen[0]["device"] == "dev-1"  # the resolver is told who the bundle claims to be


def test_device_bundle_signed_by_an_unregistered_key(tmp_path: Path,
                                                     key: Ed25519PrivateKey) -> None:
    path = _signed_from_device(tmp_path / "d.tcb", Ed25519PrivateKey.generate())
    err = _code(path, device_keys=lambda m: {fmt.fingerprint(key.public_key()): key.public_key()})
    assert err.code == "wrong_device" and "signed in as amina" in err.user_message
    assert _code(path).code == "no_key"  # a signed bundle needs keys to be checked at all


def test_checksum_only_device_bundle_is_refused_when_keys_are_required(
        tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = _from_device(tmp_path / "d.tcb")
    err = _code(path, device_keys=lambda m: {fmt.fingerprint(key.public_key()): key.public_key()})
    assert err.code == "wrong_device"
