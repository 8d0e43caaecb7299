#!/usr/bin/env bash
# Make sure a PostgreSQL server answers at $NEWSFLOW_PG_HOST:$NEWSFLOW_PG_PORT.
# Order: already running -> start the packaged cluster -> install the Debian package and start it.
set -euo pipefail
host="${NEWSFLOW_PG_HOST:-127.0.0.1}"; port="${NEWSFLOW_PG_PORT:-5432}"
ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

command -v pg_isready >/dev/null || {
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-client >/dev/null
}
ready && exit 0

echo "[setup] no PostgreSQL at $host:$port; starting one"
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /etc/postgresql | sort -V | tail -1)"
conf="/etc/postgresql/$version/main"
# Local development server: trust on loopback, like the machines this project targets.
if ! grep -q newsflow "$conf/pg_hba.conf"; then
  as_root sed -i '1i host all all 127.0.0.1/32 trust # newsflow\nhost all all ::1/128 trust # newsflow\nlocal all all trust # newsflow' "$conf/pg_hba.conf"
fi
as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
echo "[setup] PostgreSQL did not come up at $host:$port" >&2
exit 1
