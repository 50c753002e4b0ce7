"""Several workers and S3: tus parts and pending bytes, and the shared login limiter.

Revision ID: 0003_scaled_storage
Revises: 0002_retention_indexes
Create Date: 2026-12-08

``upload_parts`` and ``upload_chunks`` let any worker continue a tus upload that
streams into an S3 multipart upload (sync/server/tus_s3.py); ``login_failures``
counts failed sign-ins in the database so every worker sees them
(sync/server/auth.py). Nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_scaled_storage"
down_revision = "0002_retention_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "upload_parts",
        sa.Column("upload_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("multipart_id", sa.String(length=1024), nullable=False),
        sa.Column("etag", sa.String(length=128), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("upload_id", "number"),
    )
    op.create_table(
        "upload_chunks",
        sa.Column("upload_id", sa.String(length=32), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("upload_id", "offset"),
    )
    op.create_table(
        "login_failures",
        sa.Column("username", sa.String(length=255), nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
    )
    op.create_index("ix_login_failures_key", "login_failures", ["username", "ip", "at"])
    op.create_index("ix_login_failures_at", "login_failures", ["at"])


def downgrade() -> None:
    op.drop_index("ix_login_failures_at", table_name="login_failures")
    op.drop_index("ix_login_failures_key", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_table("upload_chunks")
    op.drop_table("upload_parts")
