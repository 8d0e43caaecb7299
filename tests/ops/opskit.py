"""Helpers of the ops tests: the dashboard's queries and Grafana's macro expansion."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "grafana" / "dashboards" / "newsflow-overview.json"
# The seed is placed before the real clock: some views (source health, top_entities_7d) use now().
NOW = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, rawSql) of every target of every panel in the provisioned dashboard."""
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    found = []
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            found.append((panel["title"], target["rawSql"]))
    return found


def grafana_sql(sql: str, start: datetime, end: datetime, variables: dict[str, list[str]]) -> str:
    """Expand the Grafana PostgreSQL macros and template variables the way Grafana does."""
    stamp = lambda t: t.astimezone(timezone.utc).strftime("'%Y-%m-%dT%H:%M:%SZ'")
    sql = re.sub(r"\$__timeFilter\(([^)]*)\)", lambda m: f"{m.group(1)} BETWEEN {stamp(start)} AND {stamp(end)}", sql)
    sql = sql.replace("$__timeFrom()", stamp(start)).replace("$__timeTo()", stamp(end))
    for name, values in variables.items():
        quoted = ",".join("'" + v.replace("'", "''") + "'" for v in values)
        sql = sql.replace("${" + name + "}", quoted).replace("$" + name, quoted)
    leftover = re.findall(r"\$[A-Za-z_{][\w{}]*", sql)
    assert not leftover, f"unexpanded Grafana macro or variable {leftover} in:\n{sql}"
    return sql


DASHBOARD_WINDOW = (NOW - timedelta(days=7), NOW)
COUNTRIES = {"country": ["de", "at", "ch", "li"]}

DOCS = ROOT / "README.md"  # the analyst section with the ten example questions


def docs_queries() -> list[tuple[str, str]]:
    """(question, SQL) of the numbered example questions in the README's analyst section."""
    text = DOCS.read_text(encoding="utf-8")
    found = re.findall(r"^### \d+\. (.+?)\n.*?```sql\n(.*?)```", text, re.S | re.M)
    return [(question.strip(), sql.strip().rstrip(";")) for question, sql in found]


def with_user(url: str, user: str) -> str:
    parts = urlparse(url)
    host = parts.hostname or "127.0.0.1"
    netloc = f"{user}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunparse(parts._replace(netloc=netloc))
