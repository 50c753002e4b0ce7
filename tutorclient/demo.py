"""The embedded demo: a seeded reference server on loopback and a signed-in profile.

``tutorclient demo`` uses this. The server runs as a subprocess (the real
``tutorclient-server``) in a temporary data folder, seeded with the demo
courses, users, cases and discussions; it stops when the demo ends.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from sync.errors import NetworkError

DEMO_USER = "amina"
DEMO_PASSWORD = "demo-amina"
START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "sync.server.cli", *args]


@contextmanager
def demo_server(data_dir: Path | None = None, *, quiet: bool = True) -> Iterator[str]:
    """Seed and serve a demo server on a free loopback port; yields its URL."""
    owned = data_dir is None
    data = Path(data_dir or tempfile.mkdtemp(prefix="tutorclient-demo-server-"))
    out = subprocess.DEVNULL if quiet else None
    try:
        subprocess.run(_server_cmd("--data", str(data), "seed-demo"), check=True, stdout=out,
                       stderr=out, timeout=START_TIMEOUT_S)
        port = _free_port()
        proc = subprocess.Popen(_server_cmd("--data", str(data), "serve", "--host", "127.0.0.1",
                                            "--port", str(port)), stdout=out, stderr=out)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, proc)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    finally:
        if owned:
            shutil.rmtree(data, ignore_errors=True)


def health(url: str, timeout: float) -> int | None:
    """The HTTP status of the server's health check (204 when well), or None when
    nothing answers at ``url`` at all."""
    try:
        return requests.get(url + "/healthz", timeout=timeout).status_code
    except requests.ConnectionError:
        return None


def xray_like_picture(path: Path) -> Path:
    """Write a grey JPEG shaped a little like a chest film (no real patient, no metadata)."""
    from PIL import Image, ImageDraw, ImageFilter

    image = Image.new("L", (1600, 1300), 20)
    draw = ImageDraw.Draw(image)
    draw.ellipse((250, 180, 760, 1150), fill=70)
    draw.ellipse((840, 180, 1350, 1150), fill=75)
    draw.rectangle((760, 100, 840, 1250), fill=160)
    for y in range(260, 1100, 90):
        draw.arc((200, y, 1400, y + 260), 200, 340, fill=140, width=14)
    image.filter(ImageFilter.GaussianBlur(6)).save(path, quality=90)
    return path


def _wait_healthy(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise NetworkError(f"The demo server exited with code {proc.returncode}",
                               user_message="The demo server could not start.")
        try:
            if requests.get(url + "/healthz", timeout=1).status_code == 204:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise NetworkError("The demo server did not answer in time",
                       user_message="The demo server did not start in time.")
