#!/usr/bin/env bash
# Runs every test: unit, integration on SQLite and on a real PostgreSQL, and the browser tests.
# Installs what the tests need on a fresh Debian machine (as root), starts a throwaway PostgreSQL and stops it after.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Units").
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step's start time, so a slow run shows where its minutes went.
step() { echo "[test.sh $(date -u +%T)] $*"; }

step "install test dependencies"
scripts/install-test-deps.sh

if [ -z "${DAJIA_TEST_PG:-}" ]; then
  eval "$(scripts/pg-throwaway.sh start)"
  trap 'scripts/pg-throwaway.sh stop "$PGTMPDIR"' EXIT
  export DAJIA_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Maximum Pool Size=20"
fi

rm -rf tests/*/TestResults
step "build"
dotnet build Dajia.slnx -v q -nologo
# Whitespace as .editorconfig sets it, read file by file without loading the solution (seconds, where the full check
# took two minutes). FileScopedNamespaceTests checks namespaces, UsingOrderTests the usings' order and LineLengthTests
# line length (dotnet format does not wrap lines).
step "format check"
if ! dotnet format whitespace . --folder --verify-no-changes -v q; then
  echo "dotnet format would change the files above: run \`dotnet format Dajia.slnx\` and commit." >&2
  exit 1
fi
# One test project after the other: run side by side on two cores, the HTTP suites starved the browser tests' apps
# (sign-ins that landed after Playwright's 30 s).
status=0
set +e
for project in tests/Dajia.Tests tests/Dajia.BrowserTests; do
  step "test $project"
  dotnet test "$project" --no-build --logger "console;verbosity=normal" --logger "trx" "$@" || status=$?
done
set -e
step "done"
# One plain summary line across both test projects.
python3 scripts/summarize-trx.py tests || true
exit "$status"
