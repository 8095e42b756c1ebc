#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1:<free port>, for tests. Safe to run as root.
# usage: scripts/pg-throwaway.sh start [DIR]  -> prints "export PGHOST=127.0.0.1 PGPORT=... PGUSER=postgres PGDATA=... PGTMPDIR=..."
#        scripts/pg-throwaway.sh stop DIR
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
run_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
start)
  DIR=${2:-$(mktemp -d -t dajia-pg.XXXXXX)}
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
  PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
  # C.UTF-8 ctype: pg_trgm needs a UTF-8 ctype to index Chinese text.
  run_as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
  run_as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  echo "export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGDATA=$DIR/data PGTMPDIR=$DIR"
  ;;
stop)
  DIR=${2:?usage: $0 stop DIR}
  run_as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$DIR"
  ;;
*) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
