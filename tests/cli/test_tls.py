"""TLS is always verified; an organisation's own CA can be trusted with --ca-bundle."""

from __future__ import annotations

import datetime
import ipaddress
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.server.testing import free_port

ROOT = Path(__file__).resolve().parents[2]


def _self_signed(dir_: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Clinic network CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = dir_ / "cert.pem", dir_ / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path):
    cert, key = _self_signed(tmp_path)
    data = tmp_path / "srv"
    server = [sys.executable, "-m", "sync.server.cli", "--data", str(data)]
    subprocess.run(server + ["seed-demo"], check=True, capture_output=True, timeout=120)
    port = free_port()
    proc = subprocess.Popen(server + ["serve", "--port", str(port), "--tls-cert", str(cert),
                                      "--tls-key", str(key)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/healthz", verify=str(cert), timeout=1)
            break
        except requests.RequestException:
            time.sleep(0.1)
    yield url, cert
    proc.terminate()
    proc.wait(timeout=10)


def _login(home: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTORCLIENT_HOME=str(home), TUTORCLIENT_TOKEN_FILE="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run([sys.executable, "-m", "tutorclient", "--profile", str(home / "p"),
                           "login", "--server", url, "--username", "amina", *extra],
                          input="demo-amina\n", capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_unknown_certificate_is_refused_then_trusted_with_ca_bundle(tls_server, tmp_home) -> None:
    url, cert = tls_server
    refused = _login(tmp_home, url)
    assert refused.returncode == 3
    assert "certificate could not be verified" in refused.stderr
    trusted = _login(tmp_home, url, "--ca-bundle", str(cert))
    assert trusted.returncode == 0, trusted.stderr
    sync = subprocess.run([sys.executable, "-m", "tutorclient", "--profile", str(tmp_home / "p"),
                           "sync", "--text-only", "--json"], capture_output=True, text=True,
                          env=dict(os.environ, TUTORCLIENT_HOME=str(tmp_home),
                                   TUTORCLIENT_TOKEN_FILE="1",
                                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
                          cwd=ROOT, timeout=120)
    assert '"pulled"' in sync.stdout and sync.returncode in (0, 5), sync.stderr
