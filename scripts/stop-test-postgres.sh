#!/usr/bin/env bash
# Stops the server scripts/start-test-postgres.sh started and removes its data.
set -uo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -n "${TEST_PG_DATA:-}" ] && [ -d "$TEST_PG_DATA/db" ] || exit 0
if [ "$(id -u)" = "0" ]; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$TEST_PG_DATA/db" -m fast -w stop >/dev/null
else
  "$PGBIN/pg_ctl" -D "$TEST_PG_DATA/db" -m fast -w stop >/dev/null
fi
rm -rf "$TEST_PG_DATA"
