"""Apply the versioned migrations in ``sql/migrations`` with yoyo (recorded in the DB, safe to re-run)."""
from __future__ import annotations

from dataclasses import dataclass

from newsflow.store.db import db_url
from newsflow.store.sql import sql_dir


@dataclass(frozen=True)
class MigrationReport:
    applied: tuple[str, ...]
    already: int


def _yoyo_url(url: str) -> str:
    # yoyo picks its driver from the scheme; "postgresql+psycopg2" would confuse it.
    return url.replace("postgresql+psycopg2://", "postgresql://", 1)


def migrate(url: str | None = None) -> MigrationReport:
    from yoyo import get_backend, read_migrations

    backend = get_backend(_yoyo_url(db_url(url)))
    migrations = read_migrations(str(sql_dir() / "migrations"))
    with backend.lock():
        pending = backend.to_apply(migrations)
        backend.apply_migrations(pending)
    return MigrationReport(applied=tuple(m.id for m in pending), already=len(migrations) - len(pending))
