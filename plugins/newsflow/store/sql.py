"""SQL lives in ``sql/queries/*.sql`` as plain files; Python only names them."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def sql_dir() -> Path:
    # plugins/newsflow/store/sql.py -> repo root; compose mounts sql/ beside plugins/.
    return Path(os.environ.get("NEWSFLOW_SQL_DIR") or Path(__file__).resolve().parents[3] / "sql")


@lru_cache(maxsize=None)
def query(name: str) -> str:
    """The text of ``sql/queries/<name>.sql`` (``name`` may contain a sub-folder)."""
    return (sql_dir() / "queries" / f"{name}.sql").read_text(encoding="utf-8")
