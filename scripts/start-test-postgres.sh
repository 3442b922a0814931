#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on a free local port, data in a temp folder, and
# prints the TEST_DATABASE_URL for it. Needs the server binaries (Debian: postgresql-15);
# as root it runs the server as the `postgres` user, as PostgreSQL requires.
# Usage: eval "$(scripts/start-test-postgres.sh)"; ...; scripts/stop-test-postgres.sh
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/postgres" ]; then
  echo "PostgreSQL 15 server binaries not found in $PGBIN" >&2
  exit 1
fi

data=$(mktemp -d /tmp/mentorbro-pg.XXXXXX)
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "$data"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

as_owner "$PGBIN/initdb" -D "$data/db" -A trust -U postgres --no-sync >"$data/initdb.log" 2>&1
as_owner "$PGBIN/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
  start >/dev/null

echo "export TEST_PG_DATA=$data"
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
