#!/usr/bin/env bash
# Public intake as production runs it: the published app (Release, SQLite file, demo town) on a loopback port, and
# wrk on the same box posting anonymous reports; /healthz is measured first in the same run as the box's ceiling.
# usage: bench/intake-wrk.sh [seconds=10] [connections=32]      (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-10}
CONNS=${2:-32}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

WORK=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
dotnet publish -c Release src/Dajia.Web -o "$WORK/app" -v quiet -nologo >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$WORK/app" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Dajia="Data Source=$WORK/intake.db" \
  Dajia__Demo=true Dajia__FileStore="$WORK/files" Dajia__PublicRequestsPerMinute=100000000 Logging__LogLevel__Default=Warning \
  exec ./Dajia.Web) >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done

cat >"$WORK/post.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"kind":"Report","category":"FakeBrand","product":"牛仔裤","brand":"耐克","description":"岚田布业城有摊位出售假冒耐克牛仔裤","anonymous":true}'
EOF
run() { wrk -t2 -c"$CONNS" -d"$SECONDS_"s --latency "$@" | awk '/Requests\/sec/ {r=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$NF}
  END {printf "%.0f/s, p50 %s, p99 %s, %d not 2xx\n", r, p50, p99, bad}'; }
wrk -t2 -c"$CONNS" -d3s "http://127.0.0.1:$PORT/healthz" >/dev/null   # warm-up
wrk -t2 -c"$CONNS" -d3s -s "$WORK/post.lua" "http://127.0.0.1:$PORT/api/public/reports" >/dev/null
echo "GET /healthz:              $(run "http://127.0.0.1:$PORT/healthz")"
echo "POST /api/public/reports:  $(run -s "$WORK/post.lua" "http://127.0.0.1:$PORT/api/public/reports")"
echo "($(nproc) cores, wrk -t2 -c$CONNS on the same box, SQLite $(du -h "$WORK/intake.db" | cut -f1) after the run)"
