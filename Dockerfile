# The official Airflow 3.3 image plus newsflow's dependencies. dags/, plugins/, sql/ and config/
# are mounted by docker-compose.yml, so code changes need no rebuild; dependency changes do.
FROM apache/airflow:3.3.2-python3.11

USER root
COPY scripts/apt-packages.txt /tmp/apt-packages.txt
RUN apt-get update \
 && grep -v '^#' /tmp/apt-packages.txt | xargs apt-get install -y --no-install-recommends \
 && apt-get clean && rm -rf /var/lib/apt/lists/*

USER airflow
COPY --chown=airflow:root pyproject.toml README.md /opt/newsflow/
COPY --chown=airflow:root plugins/newsflow /opt/newsflow/plugins/newsflow
# Installs the pinned dependencies and the `newsflow` command (the mounted plugins/ shadows the copy at run time).
RUN pip install --no-cache-dir "/opt/newsflow"

# Users with internet access can bake a large production model into the image:
#   docker compose build --build-arg SPACY_MODEL=de_core_news_lg
# and set NEWSFLOW_SPACY_MODEL=de_core_news_lg. Without it the bundled model under models/ is used.
ARG SPACY_MODEL=""
RUN if [ -n "$SPACY_MODEL" ]; then python -m spacy download "$SPACY_MODEL"; fi
