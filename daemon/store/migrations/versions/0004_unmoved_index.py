"""unmoved index: the committed messages still waiting for their move, found on every pass

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

UNMOVED = "target_folder IS NOT NULL AND moved_at IS NULL"


def upgrade() -> None:
    """A partial index: it holds only the few rows between their commit and their recorded move."""
    op.create_index(
        'ix_inbound_message_unmoved', 'inbound_message', ['folder'], unique=False,
        sqlite_where=sa.text(UNMOVED), postgresql_where=sa.text(UNMOVED),
    )


def downgrade() -> None:
    op.drop_index('ix_inbound_message_unmoved', table_name='inbound_message')
