#!/usr/bin/env bash
# Benchmark: a filtered, sorted 1,000-row page of persons on a PostgreSQL database
# holding PERSONS persons (default 100,000), through HTTP like any client.
#
# Starts a throwaway PostgreSQL (as scripts/test.sh does), fills it with
# `seed --persons`, starts the hub on it with pages of up to 1,000 rows, then,
# as a social worker of every zone (so row scopes are in the SQL), times RUNS requests of each query after WARMUP untimed ones and prints
# min / median / p95 / max in milliseconds.
#
# Usage: bench/filtered-page.sh [PERSONS] [RUNS]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PERSONS="${1:-100000}"
RUNS="${2:-20}"
WARMUP=3
HUB_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=../scripts/lib/postgres.sh
source scripts/lib/postgres.sh

stop_all() {
  local status=$?
  stop_processes "$HUB_PID"
  cleanup "$status"
}

# One GraphQL request; prints the wall time in ms (curl's time_total) and
# fails on a response with errors.
time_query() {
  local body="$1" out
  out="$(curl -s -o "$TMP_ROOT/response.json" -w '%{time_total}' "http://127.0.0.1:$HUB_PORT/graphql" \
    -H 'content-type: application/json' "${AUTH[@]}" --data-binary "$body")"
  grep -q '"errors"' "$TMP_ROOT/response.json" && die "query failed: $(head -c 400 "$TMP_ROOT/response.json")"
  awk -v s="$out" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# Prints "label: rows=N min/median/p95/max ms".
measure() {
  local label="$1" body="$2" i times=()
  for ((i = 0; i < WARMUP; i++)); do time_query "$body" >/dev/null; done
  for ((i = 0; i < RUNS; i++)); do times+=("$(time_query "$body")"); done
  local rows
  rows="$(grep -o '"identifier"' "$TMP_ROOT/response.json" | wc -l)"
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v rows="$rows" '
    { t[NR] = $1 }
    END { printf "%-48s rows=%-5d min %7.1f  median %7.1f  p95 %7.1f  max %7.1f ms\n",
          label, rows, t[1], t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR] }'
}

main() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_packages
  start_postgres
  local connection="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=hub_bench"
  export Hub__Database__Provider=Postgres Hub__Database__ConnectionString="$connection"
  # Ten times the default page and complexity limits, for 1,000-row pages.
  export Hub__Seed__Demo=false Hub__GraphQL__MaxPageSize=1000 Hub__GraphQL__MaxComplexity=250000
  # A key of this run only, for the token below.
  Hub__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
  export Hub__Auth__SigningKey

  dotnet build src/Hub.Api -c Release -v quiet -nologo >/dev/null
  log "seeding $PERSONS persons"
  local started=$SECONDS
  dotnet run --project src/Hub.Api -c Release --no-build -- seed --persons "$PERSONS" >"$TMP_ROOT/seed.log" 2>&1 ||
    { tail -n 30 "$TMP_ROOT/seed.log" >&2; die "seed failed"; }
  log "seeded in $((SECONDS - started)) s"

  HUB_PORT="$(pick_free_port)"
  dotnet run --project src/Hub.Api -c Release --no-build -- --urls "http://127.0.0.1:$HUB_PORT" >"$TMP_ROOT/hub.log" 2>&1 &
  HUB_PID=$!
  local deadline=$((SECONDS + 60))
  until curl -sf "http://127.0.0.1:$HUB_PORT/health/ready" >/dev/null; do
    ((SECONDS < deadline)) || { tail -n 30 "$TMP_ROOT/hub.log" >&2; die "hub did not start"; }
    sleep 0.5
  done
  # A social worker of every zone: the widest reader of the registry, with its row scope in the SQL.
  local zones token
  zones="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d hub_bench -Atc "select string_agg(\"Code\", ',') from \"Zones\"")"
  token="$(dotnet run --project src/Hub.Api -c Release --no-build -- token --sub bench --org 0195f0a0-0000-7000-8000-000000000001 \
    --org-kind HEALTH_AUTHORITY --roles social-worker --zones "$zones" | tail -n 1)"
  AUTH=(-H "Authorization: Bearer $token")

  local where='where: { birthDate: { lt: \"1975-01-01\" }, residence: { municipality: { zone: { healthAuthority: { code: { eq: \"CE\" } } } } } }'
  local select='totalCount pageInfo { endCursor } nodes { identifier lastName firstName birthDate residence { municipality { name zone { code } } } }'
  measure "1,000 persons, filtered by age and authority" \
    "{\"query\":\"{ persons(first: 1000, $where) { $select } }\"}"
  measure "the same, sorted by surname and birth date" \
    "{\"query\":\"{ persons(first: 1000, $where, order: [{ lastName: ASC }, { birthDate: DESC }]) { $select } }\"}"
  measure "the same, with households and members" \
    "{\"query\":\"{ persons(first: 1000, $where) { $select nodes { household { members { relationship person { identifier } } } } } }\"}"
  measure "100 persons by surname prefix" \
    "{\"query\":\"{ persons(first: 100, where: { lastName: { startsWith: \\\"ros\\\" } }) { $select } }\"}"
}

main "$@"
