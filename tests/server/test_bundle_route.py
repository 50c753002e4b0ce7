"""``GET /v1/bundles/<username>``: coordinators make a trainee's USB bundle over HTTP,
only for users of their partnerships; the bundle is the same signed file the CLI makes."""

from __future__ import annotations

import time
from pathlib import Path

import requests

from sync import bundle as fmt
from sync.server import keys
from sync.server.settings import Settings


def _token(server: str, username: str, passwords: dict[str, str]) -> str:
    answer = requests.post(server + "/v1/login", json={
        "username": username, "password": passwords[username], "device": f"{username}-laptop"})
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def _get(server: str, token: str, path: str, **params) -> requests.Response:
    return requests.get(server + path, params=params,
                        headers={"Authorization": f"Bearer {token}"})


def test_a_coordinator_gets_a_signed_bundle_for_a_trainee_of_their_partnership(
        server: str, server_settings: Settings, demo_passwords, tmp_path: Path) -> None:
    hodan = _token(server, "coord.hodan", demo_passwords)
    answer = _get(server, hodan, "/v1/bundles/amina", text_only="true")
    assert answer.status_code == 200, answer.text
    path = tmp_path / "amina.tcb"
    path.write_bytes(answer.content)
    public = keys.load_or_create(server_settings.data_dir).public_key()
    with fmt.open_bundle(path, fmt.TO_DEVICE, public_key=public) as b:
        assert b.user["username"] == "amina"
        assert b.info["changes"] > 0 and b.blob_hashes() == []  # text only: no files
    deadline = time.monotonic() + 5  # deleted just after the last byte went out
    while list((server_settings.data_dir / "tmp").iterdir()) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not list((server_settings.data_dir / "tmp").iterdir())  # the temporary file went


def test_bundles_are_refused_to_trainees_and_outside_the_partnerships(
        server: str, demo_passwords) -> None:
    amina = _token(server, "amina", demo_passwords)
    assert _get(server, amina, "/v1/bundles/khadra").status_code == 403
    hodan = _token(server, "coord.hodan", demo_passwords)  # Somaliland only
    outside = _get(server, hodan, "/v1/bundles/yusuf")  # Palestine
    unknown = _get(server, hodan, "/v1/bundles/nobody")
    assert outside.status_code == unknown.status_code == 404
    assert outside.json()["error"] == unknown.json()["error"]  # no probing for names
    admin = _token(server, "admin", demo_passwords)
    assert _get(server, admin, "/v1/bundles/yusuf", max_mb=1).status_code == 200
    assert requests.get(server + "/v1/bundles/amina").status_code == 401
