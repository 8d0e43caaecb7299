"""The versioned migrations in ``sql/migrations``, applied with yoyo (recorded in the DB, safe to re-run).

``status`` lists them with their state; ``rollback`` undoes the newest applied ones, but only those
with a ``<id>.rollback.sql``: yoyo would "roll back" one without it by forgetting it, leaving its
tables behind, so that a later ``migrate`` fails on them.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsflow.store.db import db_url
from newsflow.store.sql import sql_dir


@dataclass(frozen=True)
class MigrationReport:
    applied: tuple[str, ...]
    already: int


@dataclass(frozen=True)
class MigrationState:
    id: str
    applied: bool
    reversible: bool  # has a .rollback.sql


class RollbackRefused(ValueError):
    """A rollback that would leave the schema behind its record; nothing was changed."""


def _yoyo_url(url: str) -> str:
    # yoyo picks its driver from the scheme; "postgresql+psycopg2" would confuse it.
    return url.replace("postgresql+psycopg2://", "postgresql://", 1)


def _backend_and_migrations(url: str | None):
    from yoyo import get_backend, read_migrations

    return get_backend(_yoyo_url(db_url(url))), read_migrations(str(sql_dir() / "migrations"))


def _reversible(migration_id: str) -> bool:
    return (sql_dir() / "migrations" / f"{migration_id}.rollback.sql").is_file()


def migrate(url: str | None = None) -> MigrationReport:
    backend, migrations = _backend_and_migrations(url)
    with backend.lock():
        pending = backend.to_apply(migrations)
        backend.apply_migrations(pending)
    return MigrationReport(applied=tuple(m.id for m in pending), already=len(migrations) - len(pending))


def status(url: str | None = None) -> list[MigrationState]:
    """Every migration in order, applied or pending."""
    backend, migrations = _backend_and_migrations(url)
    pending = {m.id for m in backend.to_apply(migrations)}
    return [MigrationState(m.id, m.id not in pending, _reversible(m.id)) for m in migrations]


def rollback(url: str | None = None, last: int = 1, to: str | None = None) -> tuple[str, ...]:
    """Undo the ``last`` newest applied migrations, or every one applied after ``to``; newest first."""
    backend, migrations = _backend_and_migrations(url)
    position = {m.id: i for i, m in enumerate(migrations)}
    if to is not None and to not in position:
        raise RollbackRefused(f"no migration {to!r} in sql/migrations")
    with backend.lock():
        pending = {m.id for m in backend.to_apply(migrations)}  # one query, not one per migration
        applied = [m for m in migrations if m.id not in pending]
        if to is not None:
            chosen = [m for m in applied if position[m.id] > position[to]]
        else:
            chosen = applied[-last:] if last > 0 else []
        chosen = list(reversed(chosen))
        irreversible = [m.id for m in chosen if not _reversible(m.id)]
        if irreversible:
            raise RollbackRefused(
                f"{', '.join(irreversible)} cannot be rolled back (no .rollback.sql); nothing was changed")
        backend.rollback_migrations(backend.to_rollback(migrations.filter(lambda m: m in chosen)))
    return tuple(m.id for m in chosen)
