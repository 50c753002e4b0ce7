"""Each way a sign-in fails gets one plain sentence that says what to do; an address
typed without a scheme is tried with https:// only, never silently with http://; and a
message that wraps never squeezes the fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app import DEAD_SERVER

from tutorclient.signin import BadAddress, server_address


def _sign_in(qtbot, open_app, profile_dir: Path, server: str, password: str = "demo-amina"):
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    dialog.server_field.setText(server)
    dialog.username_field.setText("amina")
    dialog.password_field.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    return app, dialog


@pytest.mark.parametrize("typed", ["htp:/tutor example", "https://", "tutor.example.org:http",
                                   "ftp://tutor.example.org", "https://tutor example.org"])
def test_a_garbage_address_says_what_an_address_looks_like(qtbot, open_app, profile_dir, typed):
    app, dialog = _sign_in(qtbot, open_app, profile_dir, typed)
    message = dialog.message_label.text()
    assert "https://tutor.example.org" in message, message
    assert "unexpected" not in message
    assert app.profile.server is None  # nothing was tried, nothing kept


def test_addresses_that_are_fine() -> None:
    assert server_address("tutor.example.org").url == "https://tutor.example.org"
    assert server_address("tutor.example.org").assumed_https
    assert not server_address("http://192.168.1.10:8000/").assumed_https
    assert server_address("http://192.168.1.10:8000/").url == "http://192.168.1.10:8000"
    with pytest.raises(BadAddress):
        server_address("tutor.example.org:99999")


def test_no_scheme_tries_https_only_and_suggests_http(qtbot, open_app, profile_dir, server):
    bare = server.removeprefix("http://")  # the test server speaks plain http
    app, dialog = _sign_in(qtbot, open_app, profile_dir, bare)
    message = dialog.message_label.text()
    assert dialog.server_field.text() == f"https://{bare}"
    assert f"tried https://{bare}" in message, message
    assert f"http://{bare}" in message.replace(f"https://{bare}", "")  # the suggestion
    assert app.profile.credentials() is None and app.profile.server is None  # no silent http


def test_refused_connection(qtbot, open_app, profile_dir):
    _app, dialog = _sign_in(qtbot, open_app, profile_dir, DEAD_SERVER)
    assert dialog.message_label.text() == (
        f"127.0.0.1 refused the connection: no TutorClient server is listening at {DEAD_SERVER}. "
        "Check the address and the port number.")


def test_unknown_host(qtbot, open_app, profile_dir):
    _app, dialog = _sign_in(qtbot, open_app, profile_dir, "https://no-such-server.invalid")
    assert dialog.message_label.text().startswith(
        "No server called “no-such-server.invalid” was found. Check the spelling of the address")


def test_tls_failure_typed_with_https(qtbot, open_app, profile_dir, server):
    https = server.replace("http://", "https://")
    _app, dialog = _sign_in(qtbot, open_app, profile_dir, https)
    message = dialog.message_label.text()
    assert message.startswith("The secure (https) connection to 127.0.0.1 failed"), message
    assert "http://" not in message  # the user chose https: no hint to drop it


def test_wrong_password(qtbot, open_app, profile_dir, server):
    _app, dialog = _sign_in(qtbot, open_app, profile_dir, server, password="not-hers")
    assert dialog.message_label.text() == (
        "Wrong username or password. Check both (capital letters count) and try again.")


def test_server_too_old(qtbot, open_app, profile_dir, server, monkeypatch):
    import sync.server.auth as server_auth

    monkeypatch.setattr(server_auth, "PROTOCOL_VERSION", 0)  # the server speaks an older protocol
    monkeypatch.setattr(server_auth, "MIN_PROTOCOL_VERSION", 0)
    _app, dialog = _sign_in(qtbot, open_app, profile_dir, server)
    assert dialog.message_label.text().startswith(
        f"The server at {server} is older than this TutorClient. Ask your coordinator to update")


def test_a_wrapping_message_keeps_the_fields_sizes(qtbot, open_app, profile_dir):
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    qtbot.waitExposed(dialog)
    fields = (dialog.server_field, dialog.username_field, dialog.password_field,
              dialog.sign_in_button)
    before = [f.size() for f in fields]
    dialog.show_message(" ".join(["This message is long enough to wrap over several lines."] * 6))
    qtbot.wait(100)
    assert [f.size() for f in fields] == before
    label = dialog.message_label
    assert label.height() >= label.heightForWidth(label.width())  # all of it shows
