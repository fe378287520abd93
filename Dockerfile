# syntax=docker/dockerfile:1
# Airflow image: apache/airflow 3.3 plus this project (elt, backend, DAGs, dbt project), with every
# Python package at the version pinned in uv.lock.
# One image runs five Compose services (api-server, scheduler, dag-processor, triggerer, workers), each
# with its own healthcheck in docker-compose.yaml, so the image carries none of its own.
#checkov:skip=CKV_DOCKER_2:each Compose service defines the healthcheck of the Airflow component it runs

# Stage 1: turn uv.lock into a hashed requirements file (runtime dependencies only, no dev group).
FROM python:3.11-slim AS lock
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /src
COPY pyproject.toml uv.lock ./
RUN uv export --frozen --no-dev --no-emit-project --format requirements.txt -o /requirements.txt

# Stage 2: the Airflow runtime.
FROM apache/airflow:3.3.2-python3.11
USER airflow
# --no-deps + --require-hashes: exactly the lock's versions, nothing resolved afresh.
COPY --from=lock /requirements.txt /tmp/medilink-requirements.txt
RUN pip install --no-cache-dir --no-deps --require-hashes -r /tmp/medilink-requirements.txt

COPY --chown=airflow:0 pyproject.toml uv.lock README.md /opt/medilink/
COPY --chown=airflow:0 elt /opt/medilink/elt
COPY --chown=airflow:0 backend /opt/medilink/backend
COPY --chown=airflow:0 dbt /opt/medilink/dbt
COPY --chown=airflow:0 airflow/dags /opt/airflow/dags
# Editable, so the project root (dbt/, migrations) stays at /opt/medilink rather than in site-packages.
RUN pip install --no-cache-dir --no-deps -e /opt/medilink \
    && mkdir -p /opt/airflow/auth /opt/airflow/medilink

# The design document's dbt commands, as written, inside any Airflow container:
#   cd /opt/airflow/dbt && dbt run --models stg_patients --profiles-dir /root/.dbt
# The profile reads every value from the environment (no secret in it), so the airflow user may read
# it: /root becomes traversable (0711, not listable) and /root/.dbt readable. Built as root, as the
# document's troubleshooting section asks, then back to the airflow user.
USER root
RUN install -d -m 0755 /root/.dbt \
    && chmod 0711 /root \
    && install -m 0644 /opt/medilink/dbt/profiles.yml /root/.dbt/profiles.yml \
    && ln -s /opt/medilink/dbt /opt/airflow/dbt
USER airflow

# dbt writes target/ and logs/ under /tmp, so the project folder may stay read-only.
ENV MEDILINK_HOME=/opt/airflow/medilink \
    DBT_PROJECT_DIR=/opt/medilink/dbt \
    DBT_PROFILES_DIR=/opt/medilink/dbt \
    DBT_TARGET_PATH=/tmp/dbt/target \
    DBT_LOG_PATH=/tmp/dbt/logs \
    AIRFLOW__CORE__LOAD_EXAMPLES=False
