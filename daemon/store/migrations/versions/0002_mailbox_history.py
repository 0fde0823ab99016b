"""lived-in mailbox: where each message was seen, and its Date (issue 8.1)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import daemon.store.models

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """The Date header (so `mailbox adopt --since` can choose), and a lookup by place in the folder
    (so a pass knows a message it has seen without fetching its body)."""
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_at', daemon.store.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_inbound_message_place', ['folder', 'uidvalidity', 'source_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.drop_index('ix_inbound_message_place')
        batch_op.drop_column('sent_at')
