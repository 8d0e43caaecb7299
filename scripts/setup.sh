#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: venv + pinned dependencies, system packages,
# a reachable PostgreSQL, the news database with its migrations, and Airflow's metadata DB.
# Every step checks first and does nothing when the thing is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  [ "$apt_updated" = 1 ] || { as_root apt-get update -qq >/dev/null; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# 1. System packages the project uses (word lists for ß restoration, PostgreSQL client tools);
#    with --test also what only the tests need.
lists=(scripts/apt-packages.txt)
[ "${1:-}" = "--test" ] && lists+=(scripts/apt-test-packages.txt)
missing=()
for pkg in $(cat "${lists[@]}" | grep -v '^#'); do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then say "installing Debian packages: ${missing[*]}"; apt_install "${missing[@]}"; fi

# 2. Python 3.11 virtualenv with the pinned dependencies (re-installed when pyproject.toml changes).
PY="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
  || { echo "newsflow needs Python 3.11 (found $("$PY" --version))"; exit 1; }
[ -x .venv/bin/python ] || { say "creating .venv"; "$PY" -m venv .venv; }
stamp=".venv/.newsflow-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing Python dependencies (about 2 minutes the first time)"
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi

# 3. PostgreSQL: use the one that answers; otherwise start or install a local one.
bash scripts/postgres.sh

# 4. The news database and its migrations (yoyo records what ran; safe to repeat).
dbname="$(.venv/bin/python -c 'import os,urllib.parse as u; print(u.urlparse(os.environ["NEWSFLOW_DB_URL"]).path.lstrip("/"))')"
.venv/bin/python - "$dbname" <<'PY'
import os, sys, psycopg2
from urllib.parse import urlparse, urlunparse
url = urlparse(os.environ["NEWSFLOW_DB_URL"])
admin = psycopg2.connect(urlunparse(url._replace(path="/postgres")))
admin.autocommit = True
with admin.cursor() as cur:
    cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (sys.argv[1],))
    if cur.fetchone() is None:
        cur.execute(f'CREATE DATABASE "{sys.argv[1]}"')
        print(f"[setup] created database {sys.argv[1]}")
PY
.venv/bin/newsflow db migrate

# 5. Airflow's metadata database (SQLite under .airflow/).
if [ ! -f "$AIRFLOW_HOME/airflow.db" ]; then
  say "initialising Airflow metadata DB in $AIRFLOW_HOME"
  mkdir -p "$AIRFLOW_HOME"
  .venv/bin/airflow db migrate >/dev/null
fi
say "ready"
