"""Indexes for retention: pruning old ops and abandoned uploads by age.

Revision ID: 0002_retention_indexes
Revises: 0001_baseline
Create Date: 2026-12-07

``tutorclient-server prune`` deletes ops and uploads older than the retention
window (docs/deploy.md "Retention"); without these it scans whole tables.
"""

from __future__ import annotations

from alembic import op

revision = "0002_retention_indexes"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made before migrations got its missing tables from the current
    # models (sync/server/migrate.py), indexes included: hence "if not exists".
    op.create_index("ix_ops_created_at", "ops", ["created_at"], if_not_exists=True)
    op.create_index("ix_uploads_created_at", "uploads", ["created_at"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_uploads_created_at", table_name="uploads")
    op.drop_index("ix_ops_created_at", table_name="ops")
