# Environment shared by `make run`, `make test` and .ci/run. Source it; it only sets variables
# that are not set already, so an operator's own values win.
_nf_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NEWSFLOW_ROOT="$_nf_root"
export NEWSFLOW_PG_HOST="${NEWSFLOW_PG_HOST:-127.0.0.1}"
export NEWSFLOW_PG_PORT="${NEWSFLOW_PG_PORT:-5432}"
export NEWSFLOW_DB_URL="${NEWSFLOW_DB_URL:-postgresql://postgres@${NEWSFLOW_PG_HOST}:${NEWSFLOW_PG_PORT}/newsflow}"
export AIRFLOW_HOME="${AIRFLOW_HOME:-$_nf_root/.airflow}"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__DAGS_FOLDER="${AIRFLOW__CORE__DAGS_FOLDER:-$_nf_root/dags}"
export AIRFLOW__CORE__PLUGINS_FOLDER="${AIRFLOW__CORE__PLUGINS_FOLDER:-$_nf_root/plugins}"
export AIRFLOW__CORE__UNIT_TEST_MODE="${AIRFLOW__CORE__UNIT_TEST_MODE:-False}"
export AIRFLOW_CONN_NEWS_DB="${AIRFLOW_CONN_NEWS_DB:-$NEWSFLOW_DB_URL}"
export PATH="$_nf_root/.venv/bin:$PATH"
unset _nf_root
