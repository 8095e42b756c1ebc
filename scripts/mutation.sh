#!/usr/bin/env bash
# Mutation testing with Stryker.NET on the domain and the access layer (not in CI: each chunk takes minutes).
#
#   scripts/mutation.sh                 # every chunk, one after another
#   scripts/mutation.sh calendar access # only these chunks
#
# Each chunk mutates one part and runs only the tests that exercise it (SQLite classes: the rules are the same on
# both databases, and the PostgreSQL half would double the time). Each chunk takes the team's build lock for itself,
# so it never runs beside another build or test on the shared machine. Reports: StrykerOutput/<date>/reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
: "${DAJIA_TEST_PG:=}" # the SQLite classes need no server; set it to let the Postgres ones run too
export DAJIA_TEST_PG
dotnet tool restore >/dev/null

declare -A MUTATE FILTER
MUTATE[codes]="**/Domain/MarketEntities/CreditCode.cs,**/Domain/MarketEntities/IdCardNumber.cs,**/Domain/ContactFormats.cs"
FILTER[codes]="FullyQualifiedName~CodeValidatorTests|FullyQualifiedName~ContactFormatsTests"
MUTATE[calendar]="**/Domain/Calendar/**/*.cs"
FILTER[calendar]="FullyQualifiedName~Dajia.Tests.Calendar"
MUTATE[clues]="**/Domain/Clues/**/*.cs"
FILTER[clues]="(FullyQualifiedName~Sqlite|FullyQualifiedName~ClueSearchTests)&(FullyQualifiedName~Clue"
FILTER[clues]+="|FullyQualifiedName~Concurrency|FullyQualifiedName~Permissions|FullyQualifiedName~Intake|FullyQualifiedName~PublicPortal)"
MUTATE[draws]="**/Domain/RandomDraws/**/*.cs"
FILTER[draws]="FullyQualifiedName~DrawAlgorithmTests|FullyQualifiedName~RandomDrawIntegritySqlite"
FILTER[draws]+="|FullyQualifiedName~OperationsApiSqlite"
MUTATE[units]="**/Domain/Units/**/*.cs,**/Domain/LiaisonTables/**/*.cs,**/Domain/Jurisdictions/**/*.cs"
FILTER[units]="FullyQualifiedName~LiaisonTests|FullyQualifiedName~LiaisonTableTests"
FILTER[units]+="|FullyQualifiedName~UnitsApiSqlite|FullyQualifiedName~LiaisonTableApiSqlite"
MUTATE[registers]="**/Domain/MarketEntities/MarketEntity.cs,**/Domain/MarketEntities/KeyArea.cs"
MUTATE[registers]+=",**/Domain/Campaigns/**/*.cs,**/Domain/Operations/**/*.cs"
FILTER[registers]="FullyQualifiedName~EntitiesApiSqlite|FullyQualifiedName~CampaignsApiSqlite|FullyQualifiedName~CampaignScopeSqlite"
FILTER[registers]+="|FullyQualifiedName~OperationsApiSqlite|FullyQualifiedName~OperationScopeSqlite"
MUTATE[access]="**/Infrastructure/Auth/Scope.cs,**/Infrastructure/Auth/Policies.cs,**/Infrastructure/Access/**/*.cs"
MUTATE[access]+=",**/Features/*/*Permissions.cs"
FILTER[access]="FullyQualifiedName~Sqlite&(FullyQualifiedName~Dajia.Tests.Access|FullyQualifiedName~Dajia.Tests.Rules"
FILTER[access]+="|FullyQualifiedName~Scope|FullyQualifiedName~CluesApi|FullyQualifiedName~UsersApi|FullyQualifiedName~UnitsApi"
FILTER[access]+="|FullyQualifiedName~CalendarOwnership)"
ORDER=(codes calendar clues draws units registers access)

for chunk in "${@:-${ORDER[@]}}"; do
    [[ -n "${MUTATE[$chunk]:-}" ]] || { echo "unknown chunk: $chunk (one of: ${ORDER[*]})" >&2; exit 2; }
    mutate=()
    IFS=',' read -ra globs <<<"${MUTATE[$chunk]}"
    for g in "${globs[@]}"; do mutate+=(--mutate "$g"); done
    echo "== $chunk"
    # From the test project's folder: at the root Stryker would take the solution and every test project in it.
    (cd tests/Dajia.Tests && flock /tmp/dajia-build.lock dotnet stryker --config-file ../../stryker-config.json "${mutate[@]}" \
        --test-case-filter "${FILTER[$chunk]}" --output "../../StrykerOutput/$chunk" --skip-version-check)
done
