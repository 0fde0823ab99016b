"""register import: the rows of the paper register, imported (lpse-akses register import)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import daemon.store.models


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """One table of its own: the daemon's grant_row is left as it was (imported rows are not managed)."""
    op.create_table('imported_register_row',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_no', sa.String(length=20), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('nama', sa.String(length=200), nullable=False),
    sa.Column('instansi', sa.String(length=300), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('hak_akses', sa.Text(), nullable=False),
    sa.Column('tujuan', sa.Text(), nullable=False),
    sa.Column('granted_at', daemon.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('closed_at', daemon.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('source_file', sa.String(length=300), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=False),
    sa.Column('imported_at', daemon.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.String(length=320), nullable=False),
    sa.Column('closed_by_import', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_register_row')),
    sa.UniqueConstraint('source_no', 'name_key', 'granted_at', name=op.f('uq_imported_register_row_source_no'))
    )
    with op.batch_alter_table('imported_register_row', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_register_row_granted_at'), ['granted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('imported_register_row', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_register_row_granted_at'))

    op.drop_table('imported_register_row')
