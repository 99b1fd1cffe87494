#!/usr/bin/env bash
# Benchmark (issue 18): Hub side by side with the same reads as hand-written SQL (bench/RawSql)
# and, when it installs, PostGraphile 5, on one PostgreSQL holding PERSONS persons.
#
# From nothing: starts a throwaway PostgreSQL with pg_stat_statements, seeds it with the hub's
# `seed --persons`, starts the hub in Production (rate limits off: one caller sends every request)
# with tokens of its real callers (a hospital's discharge planner, a social worker of one zone),
# starts the raw-SQL app, checks the answers (and the rows a write leaves) are the same on a sample, then measures with wrk,
# interleaved (each cell runs every system in turn, starting with the next system each time, before the next cell; the
# reads at every client count first, the write last):
#   lookup     the hospital lookup by codice fiscale (plan, interventions, case manager, placements)
#   zone       100 residents of a zone by surname, with comune
#   typename   { __typename }
#   write      a discharge request filed by a ward: every request a new admission of one of many persons
#              (bench/lib/wrk-write.lua); the hub files it with its outbox event and audit event, the raw-SQL
#              app does the same in one transaction, PostGraphile inserts the row with its generated create
#              mutation (no outbox, no audit: it has neither)
# at 1, 16 and 64 clients, and prints req/s, p50 and p99 in ms, CPU per request (the system's process and PostgreSQL's,
# ms, from /proc), SQL statements per request (pg_stat_statements) and the hub's resident memory (peak, MB).
#
# Usage: bench/compare.sh [PERSONS] [SECONDS_PER_CELL]     (defaults 100000 and 15; 1000000 for the large run)
#   BENCH_CLIENTS="1 16 64"       the client counts
#   BENCH_POSTGRAPHILE=1          also run PostGraphile 5 (bench/postgraphile: npm ci, Node 22 from npm)
#   BENCH_BASELINE=DIR            also run the hub of another checkout DIR (say, main's worktree) on the
#                                 same database, as system "base": before/after figures from one run
#   BENCH_WARMUP=SECONDS          per system and cell, run at 16 clients before measuring anything (default 20): .NET's
#                                 tiered JIT takes about 90 s of load to reach the hub's steady state, Node's JIT its own
#   BENCH_QUIET_BELOW=LOAD        seed at once, then wait until the 1-minute load average is below LOAD before
#                                 measuring (a long seed can run beside other work; the figures need a quiet machine)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PERSONS="${1:-100000}"
DURATION="${2:-15}"
CLIENTS="${BENCH_CLIENTS:-1 16 64}"
HUB_PID="" RAW_PID="" BASE_PID="" PG5_PID=""
SYSTEMS="hub raw"
ROOT="$PWD"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=../scripts/lib/postgres.sh
source scripts/lib/postgres.sh

stop_all() {
  local status=$?
  stop_processes "$HUB_PID" "$RAW_PID" "$BASE_PID" "$PG5_PID"
  cleanup "$status"
}

psql_bench() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d hub_bench -Atq "$@"; }

# Waits until URL answers (any status below 500).
wait_for() {
  local url="$1" log_file="$2" deadline=$((SECONDS + 90))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" =~ ^[1-4] ]]; do
    ((SECONDS < deadline)) || { tail -n 30 "$log_file" >&2; die "$url did not answer"; }
    sleep 0.5
  done
}

start_database() {
  start_postgres
  # pg_stat_statements counts the statements each system sends; it needs a restart to load.
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d postgres -qc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
  as_pg "$PG_BIN/pg_ctl" restart -w -t 30 -D "$PG_DATA" -l "$TMP_ROOT/postgres.log" >/dev/null
  wait_for_postgres
}

seed() {
  export Hub__Database__Provider=Postgres Hub__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=hub_bench"
  export Hub__Seed__Demo=false Hub__RateLimit__Enabled=false ASPNETCORE_ENVIRONMENT=Production
  Hub__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
  export Hub__Auth__SigningKey
  dotnet build src/Hub.Api -c Release -v quiet -nologo >/dev/null
  dotnet build bench/RawSql -c Release -v quiet -nologo >/dev/null
  if [[ -n "${BENCH_BASELINE:-}" ]]; then
    dotnet build "$BENCH_BASELINE/src/Hub.Api" -c Release -v quiet -nologo >/dev/null
    SYSTEMS="$SYSTEMS base"
  fi
  log "seeding $PERSONS persons"
  local started=$SECONDS
  hub seed --persons "$PERSONS" >"$TMP_ROOT/seed.log" 2>&1 || { tail -n 30 "$TMP_ROOT/seed.log" >&2; die "seed failed"; }
  log "seeded in $((SECONDS - started)) s"
  psql_bench -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
  psql_bench -c "VACUUM ANALYZE"
}

# The hub's CLI, from its build output (the process itself, so its memory can be read).
hub() { (cd src/Hub.Api/bin/Release/net10.0 && dotnet Hub.Api.dll "$@"); }

start_systems() {
  HUB_PORT="$(pick_free_port)"
  (cd src/Hub.Api/bin/Release/net10.0 && exec dotnet Hub.Api.dll --urls "http://127.0.0.1:$HUB_PORT") >"$TMP_ROOT/hub.log" 2>&1 &
  HUB_PID=$!
  RAW_PORT="$(pick_free_port)"
  (cd bench/RawSql/bin/Release/net10.0 && exec dotnet RawSql.dll --urls "http://127.0.0.1:$RAW_PORT" \
    --ConnectionString "Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=hub_bench;No Reset On Close=true" --Actor bench-hospital) >"$TMP_ROOT/raw.log" 2>&1 &
  RAW_PID=$!
  wait_for "http://127.0.0.1:$HUB_PORT/health/ready" "$TMP_ROOT/hub.log"
  wait_for "http://127.0.0.1:$RAW_PORT/typename" "$TMP_ROOT/raw.log"
  if [[ -n "${BENCH_BASELINE:-}" ]]; then
    BASE_PORT="$(pick_free_port)"
    (cd "$BENCH_BASELINE/src/Hub.Api/bin/Release/net10.0" && exec dotnet Hub.Api.dll --urls "http://127.0.0.1:$BASE_PORT") >"$TMP_ROOT/base.log" 2>&1 &
    BASE_PID=$!
    wait_for "http://127.0.0.1:$BASE_PORT/health/ready" "$TMP_ROOT/base.log"
  fi
  if [[ "${BENCH_POSTGRAPHILE:-0}" == 1 ]]; then
    (cd bench/postgraphile && npm ci --no-audit --no-fund --silent) || die "npm ci of PostGraphile failed"
    PG5_PORT="$(pick_free_port)"
    # The package's own Node 22 comes first on PATH: PostGraphile 5 needs it, the machine's may be older.
    (cd bench/postgraphile && PATH="$PWD/node_modules/.bin:$PATH" DATABASE_URL="postgres://hub@127.0.0.1:$PG_PORT/hub_bench" PORT="$PG5_PORT" \
      exec node node_modules/.bin/postgraphile -C graphile.config.mjs) >"$TMP_ROOT/pg5.log" 2>&1 &
    PG5_PID=$!
    wait_for "http://127.0.0.1:$PG5_PORT/graphql" "$TMP_ROOT/pg5.log"
    SYSTEMS="$SYSTEMS pg5"
  fi
}

# The sample: a person with an active plan, interventions and a placement, their hospital, a zone.
choose_sample() {
  CF="$(psql_bench -c "SELECT p.\"Identifier\" FROM \"Persons\" p WHERE EXISTS (SELECT 1 FROM \"CarePlans\" cp WHERE cp.\"PersonId\" = p.\"Id\" AND cp.\"Status\" = 'Active'
    AND EXISTS (SELECT 1 FROM \"Interventions\" i WHERE i.\"CarePlanId\" = cp.\"Id\")) AND EXISTS (SELECT 1 FROM \"Placements\" pl WHERE pl.\"PersonId\" = p.\"Id\")
    ORDER BY p.\"Identifier\" LIMIT 1")"
  HOSPITAL="$(psql_bench -c "SELECT \"Id\" FROM \"Organizations\" WHERE \"Kind\" = 'Hospital' ORDER BY \"Id\" LIMIT 1")"
  read -r ZONE AUTHORITY < <(psql_bench -F ' ' -c "SELECT z.\"Code\", o.\"Id\" FROM \"Zones\" z
    JOIN \"Organizations\" o ON o.\"Kind\" = 'HealthAuthority' AND o.\"HealthAuthorityId\" = z.\"HealthAuthorityId\" WHERE z.\"ValidTo\" IS NULL ORDER BY z.\"Code\" LIMIT 1")
  [[ -n "$CF" && -n "$HOSPITAL" && -n "$ZONE" && -n "$AUTHORITY" ]] || die "the seeded data has no sample (person $CF, hospital $HOSPITAL, zone $ZONE, authority $AUTHORITY)"
  # The write cell's patients: persons with a zone of residence today, with their ids for PostGraphile's insert.
  psql_bench -F ' ' -c "SELECT p.\"Identifier\", p.\"Id\", zm.\"ZoneId\" FROM \"Persons\" p JOIN \"ZoneMemberships\" zm
    ON zm.\"MunicipalityId\" = p.\"ResidenceMunicipalityId\" AND zm.\"ValidFrom\" <= current_date AND (zm.\"ValidTo\" IS NULL OR zm.\"ValidTo\" >= current_date)
    ORDER BY p.\"Identifier\" LIMIT 5000" >"$TMP_ROOT/patients.txt"
  [[ -s "$TMP_ROOT/patients.txt" ]] || die "the seeded data has no person with a zone of residence"
  HOSPITAL_AUTH="Bearer $(hub token --sub bench-hospital --org "$HOSPITAL" --org-kind HOSPITAL --roles discharge-planner | tail -n 1)"
  ZONE_AUTH="Bearer $(hub token --sub bench-zone --org "$AUTHORITY" --org-kind HEALTH_AUTHORITY --roles social-worker --zones "$ZONE" | tail -n 1)"
  log "sample: person $CF, hospital $HOSPITAL, zone $ZONE"
}

LOOKUP_QUERY='query($cf: String!) { person(fiscalCode: $cf) { firstName lastName activeCarePlan { status interventions { kind } } caseManager { lastName } placements { requestedOn structure { name } } } }'
ZONE_QUERY='query($zone: String!) { persons(first: 100, where: { residence: { municipality: { zone: { code: { eq: $zone } } } } }, order: [{ lastName: ASC }]) { nodes { identifier lastName firstName residence { municipality { name } } } } }'

# PostGraphile's spelling of the same reads (its inflection of the hub's tables; connection-filter for the zone). Like the
# hub's row scopes (and the raw app), neither reads a person protected by a Centro antiviolenza.
PG5_LOOKUP_QUERY='query($cf: String!) { persons: allPeople(condition: { identifier: $cf }, filter: { protectingCentreId: { isNull: true } }, first: 1) { nodes { firstName lastName
  plans: carePlansByPersonId(condition: { status: "Active" }, orderBy: SIGNED_AT_DESC, first: 1) { nodes { status interventions: interventionsByCarePlanId(orderBy: [STARTS_ON_ASC, PRIMARY_KEY_ASC]) { nodes { kind } } } }
  cases: careCasesByPersonId(filter: { status: { in: ["Referred", "Assessing", "Active", "Suspended", "Reassessing"] }, caseManagerId: { isNull: false } }, orderBy: OPENED_ON_DESC, first: 1) { nodes { staffMemberByCaseManagerId { lastName } } }
  placements: placementsByPersonId(orderBy: [REQUESTED_ON_DESC, PRIMARY_KEY_ASC]) { nodes { requestedOn structure: structureByStructureId { name } } } } } }'
PG5_ZONE_QUERY='query($zone: String!) { persons: allPeople(first: 100, orderBy: [LAST_NAME_KEY_ASC, LAST_NAME_ASC, PRIMARY_KEY_ASC],
  filter: { protectingCentreId: { isNull: true }, municipalityByResidenceMunicipalityId: { zoneMembershipsByMunicipalityId: { some: { validTo: { isNull: true }, zoneByZoneId: { code: { equalTo: $zone } } } } } })
  { nodes { identifier lastName firstName residence: municipalityByResidenceMunicipalityId { name } } } }'

WRITE_QUERY='mutation File($input: SubmitDischargeRequestInput!) { submitDischargeRequest(input: $input) { dischargeRequest { status } errors { __typename } } }'
PG5_WRITE_QUERY='mutation($input: CreateDischargeRequestInput!) { createDischargeRequest(input: $input) { dischargeRequest { status } } }'

# body <query> <variables-json>
body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$1" "$2"; }

# The cells: name, then per system the URL, body and Authorization header.
define_cells() {
  LOOKUP_BODY="$(body "$LOOKUP_QUERY" "{\"cf\": \"$CF\"}")"
  ZONE_BODY="$(body "$ZONE_QUERY" "{\"zone\": \"$ZONE\"}")"
  TYPENAME_BODY='{"query":"{ __typename }"}'
  PG5_LOOKUP_BODY="$(body "$PG5_LOOKUP_QUERY" "{\"cf\": \"$CF\"}")"
  PG5_ZONE_BODY="$(body "$PG5_ZONE_QUERY" "{\"zone\": \"$ZONE\"}")"
  # Templates for bench/lib/wrk-write.lua: {REF}, {CF}, {PERSON}, {ZONE}, {ID} are filled per request.
  local hospital_id expected now
  hospital_id="$(printf 'Organization:%s' "${HOSPITAL//-/}" | base64 -w0 | tr '+/' '-_' | tr -d '=')"
  expected="$(date -u -d '+3 days' +%F)" now="$(date -u +%FT%TZ)"
  local filing="\"hospitalId\": \"$hospital_id\", \"ward\": \"Medicina\", \"fiscalCode\": \"{CF}\", \"expectedDischargeOn\": \"$expected\", \"needs\": \"Bench load\", \"proposedSetting\": \"HOME\""
  HUB_WRITE_TEMPLATE="$(body "$WRITE_QUERY" "{\"input\": {$filing, \"admissionReference\": \"hub-{REF}\"}}")"
  RAW_WRITE_TEMPLATE="$(body "$WRITE_QUERY" "{\"input\": {$filing, \"admissionReference\": \"raw-{REF}\"}}")"
  # PostGraphile's create takes the row itself (its id as rowId): every column without a default, stamps and status as the hub writes them.
  PG5_WRITE_TEMPLATE="$(body "$PG5_WRITE_QUERY" "{\"input\": {\"dischargeRequest\": {\"rowId\": \"{ID}\", \"hospitalOrganizationId\": \"$HOSPITAL\",
    \"ward\": \"Medicina\", \"admissionReference\": \"pg5-{REF}\", \"personId\": \"{PERSON}\", \"zoneId\": \"{ZONE}\", \"status\": \"Submitted\",
    \"submittedOn\": \"$(TZ=Europe/Rome date +%F)\", \"expectedDischargeOn\": \"$expected\", \"needs\": \"Bench load\", \"proposedSetting\": \"Home\", \"aids\": [],
    \"createdAt\": \"$now\", \"createdBy\": \"bench-hospital\", \"updatedAt\": \"$now\", \"updatedBy\": \"bench-hospital\", \"version\": \"1\"}}}")"
}

# request <system> <cell>: sets URL, BODY, AUTH and, for the write, TEMPLATE (BODY is then empty).
request() {
  TEMPLATE=""
  case "$1:$2" in
    hub:write) URL="http://127.0.0.1:$HUB_PORT/graphql" BODY="" TEMPLATE="$HUB_WRITE_TEMPLATE" AUTH="$HOSPITAL_AUTH" ;;
    raw:write) URL="http://127.0.0.1:$RAW_PORT/file" BODY="" TEMPLATE="$RAW_WRITE_TEMPLATE" AUTH="" ;;
    pg5:write) URL="http://127.0.0.1:$PG5_PORT/graphql" BODY="" TEMPLATE="$PG5_WRITE_TEMPLATE" AUTH="" ;;
    hub:lookup) URL="http://127.0.0.1:$HUB_PORT/graphql" BODY="$LOOKUP_BODY" AUTH="$HOSPITAL_AUTH" ;;
    hub:zone) URL="http://127.0.0.1:$HUB_PORT/graphql" BODY="$ZONE_BODY" AUTH="$ZONE_AUTH" ;;
    hub:typename) URL="http://127.0.0.1:$HUB_PORT/graphql" BODY="$TYPENAME_BODY" AUTH="$ZONE_AUTH" ;;
    base:write) request hub write; URL="http://127.0.0.1:$BASE_PORT/graphql" TEMPLATE="${TEMPLATE/hub-/base-}" ;;
    base:*) request hub "$2"; URL="http://127.0.0.1:$BASE_PORT/graphql" ;;
    pg5:lookup) URL="http://127.0.0.1:$PG5_PORT/graphql" BODY="$PG5_LOOKUP_BODY" AUTH="" ;;
    pg5:zone) URL="http://127.0.0.1:$PG5_PORT/graphql" BODY="$PG5_ZONE_BODY" AUTH="" ;;
    pg5:typename) URL="http://127.0.0.1:$PG5_PORT/graphql" BODY="$TYPENAME_BODY" AUTH="" ;;
    raw:lookup) URL="http://127.0.0.1:$RAW_PORT/lookup?cf=$CF" BODY="" AUTH="" ;;
    raw:zone) URL="http://127.0.0.1:$RAW_PORT/zone?code=$ZONE" BODY="" AUTH="" ;;
    raw:typename) URL="http://127.0.0.1:$RAW_PORT/typename" BODY="" AUTH="" ;;
  esac
}

fetch() {
  request "$1" "$2"
  if [[ -n "$BODY" ]]; then
    curl -s "$URL" -H 'content-type: application/json' -H "Authorization: $AUTH" --data-binary "$BODY"
  else
    curl -s "$URL"
  fi
}

# keep <glob>...: copies the answers a failed check compared out of TMP_ROOT (removed on exit); prints where.
keep() {
  local kept pattern
  kept="$(mktemp -d "${TMPDIR:-/tmp}/hub-bench-answers.XXXXXX")"
  for pattern in "$@"; do cp "$TMP_ROOT"/$pattern "$kept"/ 2>/dev/null || true; done
  echo "$kept"
}

# The hub and the raw SQL give the same data (the raw app answers in the hub's shape).
check_answers() {
  local cell system
  # A first request of each kind builds models and plans: under load it may run into the time limit.
  for cell in lookup zone typename; do
    for system in $SYSTEMS; do fetch "$system" "$cell" >/dev/null; done
  done
  for cell in lookup zone typename; do
    fetch hub "$cell" >"$TMP_ROOT/hub-$cell.json"
    local others=()
    for system in $SYSTEMS; do
      [[ "$system" == hub ]] && continue
      fetch "$system" "$cell" >"$TMP_ROOT/$system-$cell.json"
      others+=("$TMP_ROOT/$system-$cell.json")
    done
    python3 bench/lib/same-answers.py "$cell" "$TMP_ROOT/hub-$cell.json" "${others[@]}" || die "answers differ for $cell (see $(keep "*-$cell.json"))"
  done
  log "answers checked equal ($SYSTEMS): lookup, zone, typename"
  check_writes
}

# One write of each system for the same patient leaves the same request row; the hub's and the raw app's the
# same outbox and audit events too (PostGraphile writes neither).
check_writes() {
  local system patient reference
  patient="$(head -n 1 "$TMP_ROOT/patients.txt")"
  for system in $SYSTEMS; do
    request "$system" write
    reference="check-$system"
    # The template's "<system>-{REF}" becomes "<system>-check-<system>"; the patient is the first of the list.
    BODY="$(python3 - "$TEMPLATE" "$reference" $patient <<'PY'
import sys
template, ref, cf, person, zone = sys.argv[1:6]
print(template.replace("{REF}", ref).replace("{CF}", cf).replace("{PERSON}", person).replace("{ZONE}", zone).replace("{ID}", "00000000-0000-4000-8000-00000000000" + str(len(ref) % 10)))
PY
)"
    curl -s "$URL" -H 'content-type: application/json' ${AUTH:+-H "Authorization: $AUTH"} --data-binary "$BODY" >"$TMP_ROOT/$system-write.json"
    psql_bench -c "SELECT json_build_object('request', (SELECT row_to_json(r) FROM (SELECT \"HospitalOrganizationId\", \"Ward\", \"PersonId\", \"ZoneId\", \"Status\",
        \"SubmittedOn\", \"ExpectedDischargeOn\", \"Needs\", \"ProposedSetting\", \"Aids\", \"CreatedBy\", \"UpdatedBy\", \"Version\", \"CareCaseId\"
        FROM \"DischargeRequests\" WHERE \"AdmissionReference\" LIKE '%-$reference') r),
      'events', (SELECT json_agg(row_to_json(e) ORDER BY e) FROM (SELECT o.\"Type\", o.\"EntityType\", o.\"Version\", o.\"Actor\" FROM \"OutboxEvents\" o
        JOIN \"DischargeRequests\" d ON d.\"Id\" = o.\"EntityId\" WHERE d.\"AdmissionReference\" LIKE '%-$reference') e),
      'audit', (SELECT json_agg(row_to_json(a)) FROM (SELECT a.\"Subject\", a.\"OrganizationId\", a.\"Role\", a.\"Operation\", a.\"Mutation\", a.\"Action\",
        a.\"EntityType\", a.\"PersonId\", a.\"Sensitivity\", a.\"Outcome\" FROM \"AuditEvents\" a JOIN \"DischargeRequests\" d ON d.\"Id\" = a.\"EntityId\"
        WHERE d.\"AdmissionReference\" LIKE '%-$reference') a))" >"$TMP_ROOT/$system-written.json"
  done
  python3 bench/lib/same-answers.py written "$TMP_ROOT/hub-written.json" $(for system in $SYSTEMS; do [[ "$system" == hub ]] || echo "$TMP_ROOT/$system-written.json"; done) \
    || die "writes differ (see $(keep "*-write.json" "*-written.json"))"
  log "writes checked equal ($SYSTEMS): the request row, its outbox and audit events"
}

statements() { psql_bench -c "SELECT COALESCE(sum(calls), 0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'"; }

# CPU time (user + system, in clock ticks) of one process; 0 once it has gone.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# PostgreSQL's processes now, one "pid ticks" line each: the postmaster and every process it runs (backends, writers,
# autovacuum).
postgres_processes() {
  local postmaster process
  postmaster="$(head -n 1 "$PG_DATA/postmaster.pid")"
  for process in "$postmaster" $(pgrep -P "$postmaster"); do echo "$process $(ticks "$process")"; done
}

# postgres_ticks <before> <after>: the ticks PostgreSQL spent between two listings. A process that ended in between takes its
# time with it (PostGraphile's pool closes idle connections); one that started counts from its start.
postgres_ticks() {
  awk 'NR == FNR { before[$1] = $2; next } { total += $2 - ($1 in before ? before[$1] : 0) } END { print total + 0 }' <(echo "$1") <(echo "$2")
}

# The process that answers for a system.
pid_of() {
  case "$1" in
    hub) echo "$HUB_PID" ;;
    raw) echo "$RAW_PID" ;;
    base) echo "$BASE_PID" ;;
    pg5) echo "$PG5_PID" ;;
  esac
}

# run_wrk <threads> <clients> <seconds> [wrk options]: the request set by `request`, a write when TEMPLATE is set.
run_wrk() {
  local script=bench/lib/wrk-report.lua
  [[ -n "$TEMPLATE" ]] && script=bench/lib/wrk-write.lua
  BENCH_BODY="$BODY" BENCH_AUTH="$AUTH" BENCH_TEMPLATE="$TEMPLATE" BENCH_ROWS="$TMP_ROOT/patients.txt" \
    wrk -t"$1" -c"$2" -d"$3s" "${@:4}" -s "$script" "$URL"
}

# measure <system> <cell> <clients>: prints one table row. CPU per request: the system's own process, and PostgreSQL's
# (every system's work there counts against it; wrk's own CPU is in neither).
measure() {
  local system="$1" cell="$2" clients="$3" before after result threads=$((clients < 2 ? 1 : 2)) pid cpu_before pg_before cpu_after pg_after
  request "$system" "$cell"
  pid="$(pid_of "$system")"
  before="$(statements)" cpu_before="$(ticks "$pid")" pg_before="$(postgres_processes)"
  result="$(run_wrk "$threads" "$clients" "$DURATION" --latency | grep '^RESULT')"
  cpu_after="$(ticks "$pid")" pg_after="$(postgres_processes)" after="$(statements)"
  read -r _ count rate p50 p99 errors <<<"$result"
  local rss="-"
  [[ "$system" == hub ]] && rss="$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$HUB_PID/status")"
  awk -v s="$system" -v c="$cell" -v n="$clients" -v r="$rate" -v p50="$p50" -v p99="$p99" -v e="$errors" -v st="$((after - before))" -v cnt="$count" -v rss="$rss" \
    -v cpu="$((cpu_after - cpu_before))" -v pg="$(postgres_ticks "$pg_before" "$pg_after")" -v tick="$(getconf CLK_TCK)" \
    'BEGIN { per = (cnt > 0 ? 1000 / tick / cnt : 0);
      printf "| %-9s | %3d | %-4s | %9.0f | %7.2f | %7.2f | %6.2f | %6.2f | %6.1f | %6s | %s |\n", c, n, s, r, p50, p99, cpu * per, pg * per, (cnt > 0 ? st / cnt : 0), rss, e }'
}

# warm_up <cell>...: every system through those cells at 16 clients first: the figures are of warm processes (the hub, cold, runs
# at a third of its speed for its first minute under load while .NET recompiles its hot methods with the profile it has gathered).
warm_up() {
  local seconds="${BENCH_WARMUP:-20}" system cell
  log "warming up: $seconds s per system and cell ($*)"
  for system in $SYSTEMS; do
    for cell in "$@"; do
      (request "$system" "$cell"; run_wrk 2 16 "$seconds" >/dev/null)
    done
  done
}

# measure_cells <cell>...: one row per client count, cell and system. Each cell starts with the next system in turn, so that no
# system always runs right after the same neighbour (whose work, a burst of garbage collection or autovacuum, can spill over).
measure_cells() {
  local clients cell system turn=0 systems order
  read -ra systems <<<"$SYSTEMS"
  for clients in $CLIENTS; do
    for cell in "$@"; do
      order=("${systems[@]:turn % ${#systems[@]}}" "${systems[@]:0:turn % ${#systems[@]}}")
      turn=$((turn + 1))
      for system in "${order[@]}"; do
        # A short warm-up, so the first cell measures no JIT or plan caching.
        (request "$system" "$cell"; run_wrk 1 "$clients" 2 >/dev/null)
        measure "$system" "$cell" "$clients"
      done
    done
  done
}

wait_for_quiet() {
  [[ -n "${BENCH_QUIET_BELOW:-}" ]] || return 0
  log "waiting for a 1-minute load average below $BENCH_QUIET_BELOW"
  until awk -v limit="$BENCH_QUIET_BELOW" '{ exit !($1 < limit) }' /proc/loadavg; do sleep 10; done
}

main() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || die "wrk is needed (apt-get install wrk)"
  ensure_packages
  start_database
  seed
  start_systems
  choose_sample
  define_cells
  check_answers
  warm_up lookup zone typename
  wait_for_quiet
  log "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '| %s persons | clients | system | req/s | p50 ms | p99 ms | CPU ms/req | PostgreSQL CPU ms/req | statements/req | hub peak RSS MB | errors |\n|---|---|---|---|---|---|---|---|---|---|---|\n' "$PERSONS"
  # The reads first: the writes add discharge requests (which widen a hospital's row scope) and set autovacuum going, so a
  # read measured after them would measure their aftermath.
  measure_cells lookup zone typename
  warm_up write
  measure_cells write
  log "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
}

main "$@"
