"""Every query of the provisioned Grafana dashboard runs against a seeded Postgres, so no panel ships broken."""
from __future__ import annotations

import json
import re

import pytest
import yaml
from opskit import COUNTRIES, DASHBOARD, DASHBOARD_WINDOW, ROOT, dashboard_queries, grafana_sql

QUERIES = dashboard_queries()


@pytest.mark.parametrize("title,sql", QUERIES, ids=[t for t, _ in QUERIES])
def test_panel_query_runs_and_returns_rows(seeded_once, title, sql):
    with seeded_once.cursor() as cur:
        cur.execute(grafana_sql(sql, *DASHBOARD_WINDOW, COUNTRIES))
        rows = cur.fetchall()
    assert rows, f"panel {title!r} shows nothing on the seeded database"
    if '"time"' in sql:
        assert cur.description[0].name == "time"


def test_panel_query_honours_the_country_variable(seeded_once):
    sql = next(sql for title, sql in QUERIES if title == "Source health")
    with seeded_once.cursor() as cur:
        cur.execute(grafana_sql(sql, *DASHBOARD_WINDOW, {"country": ["ch"]}))
        assert {row[1] for row in cur.fetchall()} == {"ch"}


def test_every_analytics_view_and_function_has_a_panel(seeded_once):
    with seeded_once.cursor() as cur:
        cur.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'analytics' AND c.relkind IN ('v', 'm') "
                    "UNION SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'analytics' AND p.proname <> 'refresh_materialized_views'")
        objects = {row[0] for row in cur.fetchall()}
    shown = {m for _, sql in QUERIES for m in re.findall(r"analytics\.(\w+)", sql)}
    assert objects - shown == set()


def test_provisioning_points_at_the_dashboard_and_its_datasource():
    datasource = yaml.safe_load((ROOT / "grafana/provisioning/datasources/newsflow.yaml").read_text())["datasources"][0]
    provider = yaml.safe_load((ROOT / "grafana/provisioning/dashboards/newsflow.yaml").read_text())["providers"][0]
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert datasource["type"] == "grafana-postgresql-datasource"
    assert provider["type"] == "file" and provider["options"]["path"].startswith("/var/lib/grafana/dashboards")
    uids = {t["datasource"]["uid"] for p in dashboard["panels"] for t in p["targets"]}
    assert uids == {datasource["uid"]}
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dashboard["panels"]:  # no overlapping panels on the 24-column grid
        g = panel["gridPos"]
        assert 0 <= g["x"] and g["x"] + g["w"] <= 24


def test_compose_mounts_what_the_provisioning_expects():
    compose_file = ROOT / "docker-compose.yml"
    if not compose_file.is_file():
        pytest.skip("no docker-compose.yml in this checkout")
    service = (yaml.safe_load(compose_file.read_text()).get("services") or {}).get("grafana")
    if not service:
        pytest.skip("docker-compose.yml has no grafana service yet")
    provider = yaml.safe_load((ROOT / "grafana/provisioning/dashboards/newsflow.yaml").read_text())["providers"][0]
    mounts = {v.split(":")[1]: v.split(":")[0] for v in service["volumes"]}
    assert mounts.get("/etc/grafana/provisioning") == "./grafana/provisioning"
    assert mounts.get(provider["options"]["path"]) == "./grafana/dashboards"
    datasource = (ROOT / "grafana/provisioning/datasources/newsflow.yaml").read_text()
    for variable in re.findall(r"\$\{(\w+)\}", datasource):
        assert variable in service["environment"], f"grafana service does not set {variable}"
