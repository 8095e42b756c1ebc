#!/usr/bin/env bash
# What the first user after a start waits for: the published app (Release, SQLite file, demo town) is started fresh,
# and once /healthz answers, the sign-in page, the sign-in itself, the home page, the clue list and the hot spots are
# each fetched twice — the first time (cold) and again (warm). Prints seconds per request.
# Each run starts the app twice: with the start-up warm-up off (Dajia:WarmUp=false) and on.
# usage: bench/first-requests.sh [runs=1]     DOTNET=dj to publish under the shared build lock
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1}
WORK=$(mktemp -d)
APP=
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
(umask 077; head -c 32 /dev/urandom | base64 >"$WORK/kek")   # the key-encryption key an operator keeps
${DOTNET:-dotnet} publish -c Release src/Dajia.Web -o "$WORK/app" -v quiet -nologo >/dev/null

for run in $(seq 1 "$RUNS"); do for WARMUP in false true; do
  rm -f "$WORK"/demo.db*
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$WORK/app" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Dajia="Data Source=$WORK/demo.db" \
    Dajia__Demo=true Dajia__ForceDemo=true Dajia__FileStore="$WORK/files" Dajia__Keys__File="$WORK/kek" Dajia__WarmUp="$WARMUP" \
    Logging__LogLevel__Default=Warning exec ./Dajia.Web) >"$WORK/app.log" 2>&1 &
  APP=$!
  START=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.1
  done
  UP=$(python3 -c "print(f'{$(date +%s.%N) - $START:.2f}')")
  # Let a warm-up (if any) finish its work as it would before the first person arrives.
  sleep "${SETTLE:-5}"
  JAR="$WORK/cookies"; rm -f "$JAR"
  BASE="http://127.0.0.1:$PORT"
  t() { curl -s -o "$WORK/body" -w '%{time_total}' -b "$JAR" -c "$JAR" "$@"; }
  pass() {
    local login token signin home clues hot
    login=$(t "$BASE/Account/Login")
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$WORK/body" | sed 's/.*value="//;s/"$//')
    signin=$(t -X POST "$BASE/Account/Login" --data-urlencode "UserName=office.staff" --data-urlencode "Password=Demo@2017" \
      --data-urlencode "__RequestVerificationToken=$token")
    home=$(t "$BASE/")
    clues=$(t "$BASE/Clues")
    hot=$(t "$BASE/Clues/HotSpots")
    printf '%-5s login page %5.2fs  sign-in %5.2fs  home %5.2fs  clues %5.2fs  hot spots %5.2fs\n' "$1" "$login" "$signin" "$home" \
      "$clues" "$hot"
  }
  echo "run $run, warm-up $WARMUP: up (migrate + seed) in ${UP}s"
  pass cold
  rm -f "$JAR"
  pass warm
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
done; done
echo "($(nproc) cores, shared box; SETTLE=${SETTLE:-5}s between /healthz and the first request)"
