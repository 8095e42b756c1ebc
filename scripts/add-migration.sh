#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets. Usage: scripts/add-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build src/Dajia.Web -v q -nologo
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Dajia.Web --context "${ctx}AppDbContext" --output-dir "Data/Migrations/$ctx"
done
