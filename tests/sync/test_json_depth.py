"""Hostile nesting in JSON: refused as bad data, never a RecursionError (sync/protocol.py, bundles)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import bundle as fmt
from sync import protocol
from sync.bundle import BundleError
from sync.errors import BadDataError

USER = {"id": "u-1", "username": "amina", "name": "Amina W."}


def deep(n: int, leaf: str = "1") -> str:
    """``n`` levels, alternating objects and lists: {"a":[{"a":[...1...]}]}."""
    opens = "".join('{"a":' if i % 2 == 0 else "[" for i in range(n))
    closes = "".join("}" if i % 2 == 0 else "]" for i in reversed(range(n)))
    return opens + leaf + closes


def depth_of(obj: Any) -> int:
    if isinstance(obj, dict):
        return 1 + max((depth_of(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth_of(v) for v in obj), default=0)
    return 0


@pytest.mark.parametrize("n", [33, 200, 1_000, 100_000])
def test_deep_json_is_refused_as_too_deep(n: int) -> None:
    with pytest.raises(protocol.TooDeepError) as info:
        protocol.loads(deep(n).encode())
    assert isinstance(info.value, ValueError)  # callers that catch bad JSON catch this too
    assert "32" in str(info.value)


def test_json_up_to_the_limit_is_read() -> None:
    assert depth_of(protocol.loads(deep(protocol.MAX_DEPTH).encode())) == protocol.MAX_DEPTH
    wide = {"o": [{"d": {str(i): [i] * 20 for i in range(200)}} for i in range(50)]}
    assert protocol.loads(protocol.dumps(wide)) == wide


nested = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner,
                                                                   max_size=3),
    max_leaves=60)


@given(doc=nested, wrap=st.integers(min_value=0, max_value=60))
@settings(max_examples=150, deadline=None)
def test_any_nesting_is_read_or_refused_by_its_depth(doc: Any, wrap: int) -> None:
    for _ in range(wrap):
        doc = [doc]
    raw = json.dumps(doc).encode()
    if depth_of(doc) <= protocol.MAX_DEPTH:
        assert protocol.loads(raw) == doc
    else:
        with pytest.raises(protocol.TooDeepError):
            protocol.loads(raw)


def test_a_bundle_page_nested_too_deeply_is_refused(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "deep.tcb"
    change = '{"k":"posts","i":"p1","v":1,"d":' + deep(5_000) + "}"
    with fmt.BundleWriter(path, fmt.TO_DEVICE, user=USER, server=None,
                          cursor={"from": 0, "to": 1}, info={"more": False}) as w:
        w.add_page(1, 1, [change])
        w.finish(key)
    with fmt.open_bundle(path, fmt.TO_DEVICE, public_key=key.public_key()) as b:
        with pytest.raises(BundleError) as info:
            b.read_json(b.page_names()[0])
    assert isinstance(info.value, BadDataError) and "deep" in str(info.value)


def test_a_device_bundle_with_deep_ops_or_manifest_is_refused(tmp_path: Path) -> None:
    import hashlib
    import zipfile

    path = tmp_path / "from-device.tcb"
    with fmt.BundleWriter(path, fmt.FROM_DEVICE, user=USER, server="ab" * 32, device="dev-1",
                          cursor={"device": 1}) as w:
        w.add_json(fmt.OPS, {"o": []})
        w.finish()
    deep_ops = tmp_path / "deep-ops.tcb"
    # ops.json is covered by the manifest's hashes, so write a consistent bundle by hand.
    ops = ('{"o":[' + deep(3_000) + "]}").encode()
    manifest = json.loads(zipfile.ZipFile(path).read(fmt.MANIFEST))
    manifest["members"] = [{"name": fmt.OPS, "sha256": hashlib.sha256(ops).hexdigest(),
                            "size": len(ops)}]
    raw = fmt.canonical_json(manifest)
    with zipfile.ZipFile(deep_ops, "w") as z:
        z.writestr(fmt.OPS, ops)
        z.writestr(fmt.MANIFEST, raw)
        z.writestr(fmt.CHECKSUM, hashlib.sha256(raw).hexdigest())
    with fmt.open_bundle(deep_ops, fmt.FROM_DEVICE) as b:
        with pytest.raises(BundleError, match="deep"):
            b.read_json(fmt.OPS)

    deep_manifest = tmp_path / "deep-manifest.tcb"
    raw = ('{"format":1,"x":' + deep(3_000) + "}").encode()
    with zipfile.ZipFile(deep_manifest, "w") as z:
        z.writestr(fmt.MANIFEST, raw)
        z.writestr(fmt.CHECKSUM, hashlib.sha256(raw).hexdigest())
    with pytest.raises(BundleError):
        with fmt.open_bundle(deep_manifest, fmt.FROM_DEVICE):
            pass
