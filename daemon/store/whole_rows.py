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

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Insert, Table
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.base import instance_state


def insert_whole(s: Session, obj: Any) -> None:
    """INSERT `obj` (new or pending, its integer key given by the database); it stays in `s`, persistent.

    Column defaults are applied here, on the object too, so nothing of it is left to load. A
    many-to-one relationship set on it gives its foreign key (the target must be in the database)."""
    state = instance_state(obj)
    if state.key is not None:
        raise ValueError(f"{type(obj).__name__} is already in the database: insert_whole takes a new object")
    plan = _plan(state.mapper)
    with s.no_autoflush:  # reading a related object's key must not flush this one first
        if state.session_id is None:
            s.add(obj)
        for rel_key, pairs in plan.foreign_keys:
            target = obj.__dict__.get(rel_key)
            if target is None:
                continue
            target_mapper = instance_state(target).mapper
            for local_attr, remote in pairs:
                value = getattr(target, target_mapper.get_property_by_column(remote).key)
                if value is None:
                    raise ValueError(f"{type(obj).__name__}.{rel_key} is not in the database yet")
                setattr(obj, local_attr, value)
        values: dict[str, Any] = {}
        for column_key, attr, default in plan.columns:
            value = obj.__dict__.get(attr)
            if value is None and default is not None:
                value = default.arg(None) if default.is_callable else default.arg
            setattr(obj, attr, value)
            values[column_key] = value
        new_id = s.connection().execute(plan.insert, values).inserted_primary_key[0]
        setattr(obj, plan.key_attr, new_id)
        # What a flush does with an object it inserted: the identity map, history reset, and the
        # transaction told (its rollback expunges the object). No public API does this one step.
        s._register_persistent({state})


@dataclass(frozen=True)
class _Plan:
    """What `insert_whole` needs of a mapped class, worked out once per class (not per row)."""

    insert: Insert
    key_attr: str
    columns: tuple[tuple[str, str, Any], ...]  # (column key, attribute, its default or None)
    foreign_keys: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]  # (many-to-one relationship, (local attribute, remote column))


@functools.cache
def _plan(mapper: Mapper[Any]) -> _Plan:
    table: Table = mapper.local_table  # type: ignore[assignment]
    (key_column,) = table.primary_key.columns
    columns = []
    for column in table.columns:
        if column is key_column:
            continue
        if column.server_default is not None:
            raise ValueError(f"{table.name}.{column.name} has a server default: insert_whole cannot know its value")
        columns.append((column.key, mapper.get_property_by_column(column).key, column.default))
    foreign_keys = tuple(
        (rel.key, tuple((mapper.get_property_by_column(local).key, remote) for local, remote in rel.local_remote_pairs))
        for rel in mapper.relationships
        if rel.direction.name == "MANYTOONE"
    )
    return _Plan(table.insert(), mapper.get_property_by_column(key_column).key, tuple(columns), foreign_keys)
