"""baseline: the schema of the last release before Alembic

Revision ID: 0001_baseline
Revises: 
Create Date: 2026-12-07

The tables exactly as the last release that created them itself left them
(``sync/server/migrate.py`` brings such databases to this shape, then stamps it).
Never edit this file: add a revision.
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001_baseline'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('partnerships', sa.Text(), nullable=False),
    sa.Column('specialisms', sa.Text(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('bytes_uploaded', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('blob_grants',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'user_id')
    )
    op.create_table('blob_refs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'kind', 'id')
    )
    with op.batch_alter_table('blob_refs', schema=None) as batch_op:
        batch_op.create_index('ix_blob_refs_record', ['kind', 'id'], unique=False)

    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.Column('uploaded_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('device_keys',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=160), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('device_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_keys_user_id'), ['user_id'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=160), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('app_version', sa.String(length=64), nullable=False),
    sa.Column('last_login', sa.BigInteger(), nullable=True),
    sa.Column('last_sync', sa.BigInteger(), nullable=True),
    sa.Column('last_cursor', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_user_id'), ['user_id'], unique=False)

    op.create_table('meta',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('ops',
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('uuid', sa.String(length=64), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', 'uuid')
    )
    op.create_table('record_scopes',
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'kind', 'id')
    )
    with op.batch_alter_table('record_scopes', schema=None) as batch_op:
        batch_op.create_index('ix_record_scopes_record', ['kind', 'id'], unique=False)
        batch_op.create_index('ix_record_scopes_scope_seq', ['scope', 'seq'], unique=False)

    op.create_table('records',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('created_seq', sa.BigInteger(), nullable=False),
    sa.Column('scopes', sa.Text(), nullable=False),
    sa.Column('parent_kind', sa.String(length=32), nullable=True),
    sa.Column('parent_id', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('data', sa.Text(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('created_ms', sa.BigInteger(), nullable=True),
    sa.Column('updated_ms', sa.BigInteger(), nullable=True),
    sa.Column('submitted_ms', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('kind', 'id')
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index('ix_records_parent', ['parent_kind', 'parent_id'], unique=False)
        batch_op.create_index('ix_records_seq', ['seq'], unique=False)

    op.create_table('sessions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=160), nullable=False),
    sa.Column('access_hash', sa.String(length=64), nullable=False),
    sa.Column('access_expires', sa.BigInteger(), nullable=False),
    sa.Column('refresh_hash', sa.String(length=64), nullable=False),
    sa.Column('refresh_expires', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('access_hash'),
    sa.UniqueConstraint('refresh_hash')
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessions_user_id'), ['user_id'], unique=False)

    op.create_table('spent_refresh',
    sa.Column('refresh_hash', sa.String(length=64), nullable=False),
    sa.Column('session_id', sa.String(length=32), nullable=False),
    sa.Column('expires', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('refresh_hash')
    )
    with op.batch_alter_table('spent_refresh', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spent_refresh_expires'), ['expires'], unique=False)
        batch_op.create_index(batch_op.f('ix_spent_refresh_session_id'), ['session_id'], unique=False)

    op.create_table('upload_keys',
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('upload_id', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', 'key')
    )
    op.create_table('uploads',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('offset', sa.BigInteger(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=True),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('uploads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_uploads_user_id'), ['user_id'], unique=False)

    op.create_table('user_feed',
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('user_id', 'seq')
    )


def downgrade() -> None:
    op.drop_table('user_feed')
    with op.batch_alter_table('uploads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_uploads_user_id'))

    op.drop_table('uploads')
    op.drop_table('upload_keys')
    with op.batch_alter_table('spent_refresh', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spent_refresh_session_id'))
        batch_op.drop_index(batch_op.f('ix_spent_refresh_expires'))

    op.drop_table('spent_refresh')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_user_id'))

    op.drop_table('sessions')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index('ix_records_seq')
        batch_op.drop_index('ix_records_parent')

    op.drop_table('records')
    with op.batch_alter_table('record_scopes', schema=None) as batch_op:
        batch_op.drop_index('ix_record_scopes_scope_seq')
        batch_op.drop_index('ix_record_scopes_record')

    op.drop_table('record_scopes')
    op.drop_table('ops')
    op.drop_table('meta')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_user_id'))

    op.drop_table('devices')
    with op.batch_alter_table('device_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_keys_user_id'))

    op.drop_table('device_keys')
    op.drop_table('blobs')
    with op.batch_alter_table('blob_refs', schema=None) as batch_op:
        batch_op.drop_index('ix_blob_refs_record')

    op.drop_table('blob_refs')
    op.drop_table('blob_grants')
    op.drop_table('accounts')
