"""The deployment files: docker-compose.yml is valid and deploys what the README promises."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose_config() -> dict:
    exe = shutil.which("docker-compose")
    if exe is None:
        pytest.skip("docker-compose (v1) is not installed; `make test` installs it")
    proc = subprocess.run([exe, "-f", str(ROOT / "docker-compose.yml"), "config"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return yaml.safe_load(proc.stdout)


def test_compose_has_the_official_airflow_services(compose_config):
    services = set(compose_config["services"])
    assert {"postgres", "newsdb", "redis", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
            "airflow-worker", "airflow-triggerer", "airflow-init", "grafana"} <= services
    worker_env = compose_config["services"]["airflow-worker"]["environment"]
    assert worker_env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert worker_env["AIRFLOW_CONN_NEWS_DB"].startswith("postgresql://")


def test_compose_mounts_the_project_and_migrates_in_the_init_job(compose_config):
    mounts = {str(v).split(":")[-2] if isinstance(v, str) else v["target"]
              for v in compose_config["services"]["airflow-scheduler"]["volumes"]}
    assert {"/opt/airflow/dags", "/opt/airflow/plugins", "/opt/airflow/sql", "/opt/airflow/config"} <= mounts
    init = " ".join(compose_config["services"]["airflow-init"]["command"])
    assert "newsflow db migrate" in init and "airflow db migrate" in init


def test_dockerfile_extends_the_official_airflow_3_3_image():
    first = next(line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("FROM"))
    assert first.startswith("FROM apache/airflow:3.3.")
