"""A new row written by one Core INSERT, its object then kept in the session as if flushed.

The unit of work's INSERT of one object costs several times the statement it runs (issue 9's
profile: the flush that gave a new request its id was a ninth of the daemon's intake work). A row
whose values are all known when it is written needs none of that: `insert_whole` runs the INSERT
now, so rows that refer to it (tokens, outbox mail) can follow at once, and the object becomes
persistent as a flush would leave it: every column set (reading it never goes back to the
database), what changes on it later one UPDATE at the next flush, and gone from the session again
if the savepoint or transaction it was written in is rolled back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import instance_state


def insert_whole(s: Session, obj: Any) -> None:
    """INSERT `obj` (new or pending, its integer key given by the database); it stays in `s`, persistent.

    Column defaults are applied here, on the object too, so nothing of it is left to load. A
    many-to-one relationship set on it gives its foreign key (the target must be in the database)."""
    state = instance_state(obj)
    if state.key is not None:
        raise ValueError(f"{type(obj).__name__} is already in the database: insert_whole takes a new object")
    mapper = state.mapper
    table: Table = mapper.local_table  # type: ignore[assignment]
    (key_column,) = table.primary_key.columns
    with s.no_autoflush:  # reading a related object's key must not flush this one first
        if state.session_id is None:
            s.add(obj)
        for rel in mapper.relationships:
            target = obj.__dict__.get(rel.key)
            if target is not None and rel.direction.name == "MANYTOONE":
                target_mapper = instance_state(target).mapper
                for local, remote in rel.local_remote_pairs:
                    value = getattr(target, target_mapper.get_property_by_column(remote).key)
                    if value is None:
                        raise ValueError(f"{type(obj).__name__}.{rel.key} is not in the database yet")
                    setattr(obj, mapper.get_property_by_column(local).key, value)
        values: dict[str, Any] = {}
        for column in table.columns:
            if column is key_column:
                continue
            if column.server_default is not None:
                raise ValueError(f"{table.name}.{column.name} has a server default: insert_whole cannot know its value")
            attr = mapper.get_property_by_column(column).key
            value = obj.__dict__.get(attr)
            if value is None and column.default is not None:
                default = column.default
                value = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
            setattr(obj, attr, value)
            values[column.key] = value
        new_id = s.connection().execute(table.insert(), values).inserted_primary_key[0]
        setattr(obj, mapper.get_property_by_column(key_column).key, new_id)
        # What a flush does with an object it inserted: the identity map, history reset, and the
        # transaction told (its rollback expunges the object). No public API does this one step.
        s._register_persistent({state})
