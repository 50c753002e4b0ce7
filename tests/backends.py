"""Which database and blob store the test servers use, from the environment.

* ``TUTORCLIENT_TEST_DB=postgresql``: servers get a fresh PostgreSQL database
  (tests/server runs only its PostgreSQL parameter); default SQLite.
* ``TUTORCLIENT_TEST_BLOBS=s3``: servers keep blobs in a fresh bucket of one
  moto S3 server on loopback; default the filesystem.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

TEST_DB = os.environ.get("TUTORCLIENT_TEST_DB", "sqlite").lower()
TEST_BLOBS = os.environ.get("TUTORCLIENT_TEST_BLOBS", "fs").lower()


def blob_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """``Settings`` fields for a fresh blob store in the chosen mode."""
    if TEST_BLOBS != "s3":
        return {}
    s3 = request.getfixturevalue("moto_s3")
    return {"blobs": s3.new_bucket(), "s3_endpoint": s3.endpoint}


def db_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """``Settings`` fields for a fresh database in the chosen mode (SQLite: none)."""
    if TEST_DB != "postgresql":
        return {}
    return {"db_url": request.getfixturevalue("pg_cluster").create_db()}
