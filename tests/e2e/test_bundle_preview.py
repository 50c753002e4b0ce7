"""What the app shows around a USB bundle: its contents before import, progress, and
refusals in a coordinator's words (tutorclient.bundles.preview_bundle and friends)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_bundles import _device_state, _export, _refused, offline_amina, second_bundle  # noqa: F401

from sync.bundle import BundleError
from sync.server.settings import Settings
from tutorclient import bundles, discussions
from tutorclient.session import Profile


def test_preview_says_what_and_for_whom_and_changes_nothing(
        offline_amina: Profile, second_bundle: Path) -> None:
    before = _device_state(offline_amina)
    preview = bundles.preview_bundle(offline_amina, second_bundle)
    assert _device_state(offline_amina) == before
    assert preview.username == "amina" and preview.user_name.startswith("Amina Warsame")
    assert preview.changes >= 1 and preview.files >= 1 and preview.file_bytes > 0
    assert preview.total_bytes >= preview.file_bytes
    assert preview.created_at and preview.created_at.startswith("20")
    seen: list[bundles.BundleProgress] = []
    report = bundles.import_bundle(offline_amina, second_bundle, on_progress=seen.append)
    assert [p.step for p in seen][:2] == ["checking", "records"]
    assert 0 < report.pulled <= preview.changes  # the bundle repeats what amina already has
    files = [p for p in seen if p.step == "files"]
    assert files[-1].done == files[-1].total == report.blobs == preview.files
    assert files[-1].bytes_done == files[-1].bytes_total == preview.file_bytes
    assert [p.done for p in files] == list(range(preview.files + 1))


def test_preview_refuses_what_import_would_refuse(offline_amina: Profile, second_bundle: Path,
                                                  server_settings: Settings, tmp_path: Path) -> None:
    bundles.import_bundle(offline_amina, second_bundle)
    with pytest.raises(BundleError) as stale:
        bundles.preview_bundle(offline_amina, tmp_path / "first.tcb")  # imported before
    assert stale.value.code == "stale"
    text = bundles.refusal_text(stale.value)
    assert text.startswith("The bundle is older than what this computer has.")
    assert "Nothing was changed" in text
    khadra = _export(server_settings, "khadra", tmp_path / "khadra.tcb")
    err = _refused(offline_amina, khadra, "wrong_user", "not for Amina Warsame")
    assert bundles.refusal_text(err).startswith("The bundle is for someone else. This bundle "
                                                "was made for")


@pytest.mark.parametrize("code", sorted(bundles.REFUSALS))
def test_every_refusal_reads_as_a_plain_sentence(code: str) -> None:
    text = bundles.refusal_text(BundleError(code, "developer words: errno 5, sha mismatch"))
    assert text.endswith(".") and "errno" not in text and "sha" not in text
    assert text.startswith(bundles.REFUSALS[code])


def test_export_plan_matches_the_bundle_and_export_reports_progress(
        offline_amina: Profile, tmp_path: Path) -> None:
    thread = offline_amina.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
    discussions.reply(offline_amina.store, offline_amina.user["id"], thread, "From the clinic.")
    plan = bundles.export_plan(offline_amina)
    assert plan.changes == 1 and plan.held == 0
    seen: list[bundles.BundleProgress] = []
    report = bundles.export_bundle(offline_amina, tmp_path / "out.tcb", on_progress=seen.append)
    assert report.ops == plan.changes and report.blobs == plan.files
    assert report.blob_bytes == plan.file_bytes
    assert seen and seen[-1].done == seen[-1].total == report.blobs
