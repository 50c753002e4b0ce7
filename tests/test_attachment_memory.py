"""Attaching files costs little memory: the size cap is checked before reading, hashing is chunked."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from sync.errors import BadDataError
from tutorclient import cases
from tutorclient.session import Profile
from tutorclient.store.blobs import sha256_file

MB = 1024 * 1024
PEAK_LIMIT = 5 * MB


def _sparse(path: Path, head: bytes, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)  # a hole: no disk used, but 100 MB to anyone who reads it
    return path


@pytest.fixture
def draft(profile_dir: Path):
    p = Profile(profile_dir)
    case_id = cases.new_draft(p.store, "u-amina", "p-somaliland")
    yield p, case_id
    p.close()


def _peak(fn) -> tuple[int, object]:
    tracemalloc.start()
    try:
        try:
            result: object = fn()
        except BadDataError as exc:
            result = exc
        return tracemalloc.get_traced_memory()[1], result
    finally:
        tracemalloc.stop()


def test_a_100_mb_pdf_is_refused_without_reading_it(draft, tmp_path: Path) -> None:
    p, case_id = draft
    big = _sparse(tmp_path / "scan.pdf", b"%PDF-1.7\n", 100 * MB)
    peak, result = _peak(lambda: cases.add_attachment(p.store, p.blobs, case_id, big))
    assert isinstance(result, BadDataError)
    assert "100.0 MB" in result.user_message and "10 MB" in result.user_message
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.1f} MB"


def test_a_100_mb_image_is_refused_before_decoding(draft, tmp_path: Path) -> None:
    p, case_id = draft
    big = _sparse(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0", 100 * MB)
    peak, result = _peak(lambda: cases.add_attachment(p.store, p.blobs, case_id, big))
    assert isinstance(result, BadDataError)
    assert "100.0 MB" in result.user_message and "photo" in result.user_message
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.1f} MB"


def test_a_9_mb_pdf_is_stored_without_holding_it_in_memory(draft, tmp_path: Path) -> None:
    p, case_id = draft
    pdf = tmp_path / "notes.pdf"
    with open(pdf, "wb") as fh:
        fh.write(b"%PDF-1.4\n")
        for n in range(9 * 4):
            fh.write(bytes([n]) * (256 * 1024))
    peak, info = _peak(lambda: cases.add_attachment(p.store, p.blobs, case_id, pdf))
    assert isinstance(info, cases.AttachmentInfo)
    assert info.size == pdf.stat().st_size and info.sha256 == sha256_file(pdf)
    assert p.blobs.verify(info.sha256)
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.1f} MB"
