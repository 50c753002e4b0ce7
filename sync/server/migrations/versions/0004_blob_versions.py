"""Earlier versions of attachment files, for course updates sent as deltas.

Revision ID: 0004_blob_versions
Revises: 0003_scaled_storage
Create Date: 2026-12-08

When an attachment's file changes, the server remembers the file it had, so a
client holding it can get the new one as a delta (sync/server/deltas.py,
docs/deploy.md "Course updates"). Only the last few are kept per attachment.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_blob_versions"
down_revision = "0003_scaled_storage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_versions",
        sa.Column("record_id", sa.String(64), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("replaced_at", sa.BigInteger, nullable=False),
        sa.Column("since_seq", sa.BigInteger, nullable=False),
        sa.Column("replaced_seq", sa.BigInteger, nullable=False),
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_table("blob_versions")
