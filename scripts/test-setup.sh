#!/usr/bin/env bash
# Makes a fresh machine ready for `npm test`: dependencies, PostgreSQL 15 + PostGIS (+ pgRouting as
# a test reference), GDAL and osmium, a running cluster, and the test database. Idempotent and quiet
# when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "test-setup: installing npm dependencies"
  npm ci --no-audit --no-fund
fi

need=()
[ -d /usr/share/postgresql/15/extension ] && ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1 || need+=(postgresql-15-postgis-3)
ls /usr/share/postgresql/15/extension/pgrouting.control >/dev/null 2>&1 || need+=(postgresql-15-pgrouting)
command -v ogr2ogr >/dev/null 2>&1 || need+=(gdal-bin)
command -v osmium >/dev/null 2>&1 || need+=(osmium-tool)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-setup: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "test-setup: starting PostgreSQL 15"
  pg_ctlcluster --skip-systemctl-redirect 15 main start || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "test-setup: PostgreSQL is not answering on 127.0.0.1:5432" >&2; exit 1; }

url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/goat_test}"
db="${url##*/}"; db="${db%%\?*}"
case "$db" in *test*) ;; *) echo "test-setup: refusing database \"$db\": its name must contain \"test\"" >&2; exit 1 ;; esac
admin="${url%/*}/postgres"
if ! psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  echo "test-setup: creating database $db"
  psql "$admin" -qc "CREATE DATABASE \"$db\""
fi
psql "$url" -qc "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE;" >/dev/null
