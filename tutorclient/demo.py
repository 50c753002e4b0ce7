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


def publish_demo_course_edition(data_dir: Path, scratch: Path) -> None:
    """A new edition of a demo course on the demo server at ``data_dir``: its pocket
    card PDF corrected. Clients that hold the old card get the new one as a delta
    (the Sync page's "update" stage: screenshots_sync.py)."""
    from sync.authoring import DEMO_ROOT

    course = scratch / "emergency-triage"
    shutil.copytree(DEMO_ROOT / "courses" / "emergency-triage", course, dirs_exist_ok=True)
    card = course / "02-triage-in-practice" / "triage-pocket-card.pdf"
    card.write_bytes(card.read_bytes() + b"% second edition: dose table corrected\n")
    # --original-images: as seed-demo imported them, so only the card changes.
    subprocess.run(_server_cmd("--data", str(data_dir), "course", "import", str(course),
                               "--original-images"),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=START_TIMEOUT_S)


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


def wound_photo(path: Path) -> Path:
    """Write a drawn photo of a forearm wound with a face in the corner (no real patient):
    what the crop/blur tool is for, in the screenshots."""
    from PIL import Image, ImageDraw, ImageFilter

    image = Image.new("RGB", (1600, 1200), (92, 120, 138))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 820, 1600, 1200), fill=(226, 228, 222))  # the sheet
    draw.rounded_rectangle((380, 560, 1500, 860), 140, fill=(176, 124, 92))  # forearm
    draw.ellipse((820, 640, 1120, 760), fill=(150, 40, 36))  # the wound
    draw.ellipse((1080, 130, 1380, 500), fill=(184, 134, 100))  # a face
    draw.ellipse((1060, 90, 1400, 260), fill=(38, 28, 22))
    for x in (1170, 1290):
        draw.ellipse((x - 22, 280, x + 22, 304), fill=(245, 245, 240))
        draw.ellipse((x - 9, 282, x + 9, 302), fill=(30, 20, 12))
    draw.arc((1180, 380, 1280, 430), 10, 170, fill=(110, 40, 40), width=8)
    draw.rectangle((120, 900, 520, 980), fill=(250, 250, 245))  # a wristband label
    draw.text((140, 925), "BED 4  WARD B", fill=(20, 20, 20))
    image.filter(ImageFilter.GaussianBlur(1.2)).save(path, quality=90)
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
