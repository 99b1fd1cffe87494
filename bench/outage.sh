#!/usr/bin/env bash
# Benchmark: a database outage under write load (issue 11, section 3).
#
# Starts a throwaway PostgreSQL (as scripts/test.sh does) and the hub on it in Production mode,
# runs a write load (submitDischargeRequest, each with a unique admission reference and
# idempotency key; a 503 is retried with the same key after Retry-After), kills PostgreSQL
# (pg_ctl stop -m immediate: every backend dies at once, crash recovery on restart) KILL_AT
# seconds in, restarts it OUTAGE seconds later, and prints:
#   requests sent, 5xx answers (503 DATABASE_UNAVAILABLE apart from any other), responses leaking
#   internals, acknowledged writes lost (checked in the database afterwards), committed writes
#   answered as failures, the longest 503, and the time from PostgreSQL's restart to the
#   first successful write.
#
# Usage: bench/outage.sh [SECONDS] [WORKERS] [KILL_AT] [OUTAGE]
#   BENCH_HUB_LOG=/path keeps the hub's log.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_OF_LOAD="${1:-20}"
WORKERS="${2:-16}"
KILL_AT="${3:-6}"
OUTAGE="${4:-4}"
HUB_PID=""
LOAD_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=../scripts/lib/postgres.sh
source scripts/lib/postgres.sh

stop_all() {
  local status=$?
  [[ -n "${BENCH_HUB_LOG:-}" && -n "$TMP_ROOT" && -f "$TMP_ROOT/hub.log" ]] && cp "$TMP_ROOT/hub.log" "$BENCH_HUB_LOG"
  stop_processes "$LOAD_PID" "$HUB_PID"
  cleanup "$status"
}

psql_hub() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d hub_bench -Atc "$1"; }

now() { date +%s.%N; }

restart_postgres() {
  as_pg "$PG_BIN/pg_ctl" start -w -t 60 -D "$PG_DATA" -l "$TMP_ROOT/postgres.log" -o "\
    -c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$TMP_ROOT -c max_connections=200 \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  wait_for_postgres
}

main() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_packages
  start_postgres
  export ASPNETCORE_ENVIRONMENT=Production
  export Hub__Database__Provider=Postgres Hub__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=hub_bench"
  export Hub__Seed__Demo=true Hub__Seed__Persons=300
  Hub__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
  export Hub__Auth__SigningKey

  dotnet build src/Hub.Api -c Release -v quiet -nologo >/dev/null
  HUB_PORT="$(pick_free_port)"
  dotnet run --project src/Hub.Api -c Release --no-build -- --urls "http://127.0.0.1:$HUB_PORT" >"$TMP_ROOT/hub.log" 2>&1 &
  HUB_PID=$!
  local deadline=$((SECONDS + 120))
  until curl -sf "http://127.0.0.1:$HUB_PORT/health/ready" >/dev/null; do
    ((SECONDS < deadline)) || { tail -n 30 "$TMP_ROOT/hub.log" >&2; die "hub did not start"; }
    sleep 0.5
  done

  local hospital token
  hospital="$(psql_hub "select \"Id\" from \"Organizations\" where \"Kind\" = 'Hospital' order by \"Name\" limit 1")"
  [[ -n "$hospital" ]] || die "no hospital in the demo data"
  psql_hub "select \"Identifier\" from \"Persons\" where \"IdentifierKind\" = 'FiscalCode' and \"DeathDate\" is null" >"$TMP_ROOT/codes.txt"
  token="$(dotnet run --project src/Hub.Api -c Release --no-build -- token --sub bench-ward --org "$hospital" \
    --org-kind HOSPITAL --roles discharge-planner | tail -n 1)"
  local hospital_id
  # A global id: base64url of "Organization:<uuid without dashes>", unpadded.
  hospital_id="$(printf 'Organization:%s' "${hospital//-/}" | base64 -w0 | tr '+/' '-_' | tr -d '=')"

  log "write load: $WORKERS workers for $SECONDS_OF_LOAD s; PostgreSQL killed at ${KILL_AT} s for ${OUTAGE} s"
  local before
  before="$(psql_hub 'select count(*) from "DischargeRequests"')"
  python3 bench/lib/outage-load.py "http://127.0.0.1:$HUB_PORT/graphql" "$token" "$hospital_id" "$TMP_ROOT/codes.txt" \
    "$SECONDS_OF_LOAD" "$WORKERS" "$TMP_ROOT/load.jsonl" &
  LOAD_PID=$!
  local load_start killed_at restarted_at
  load_start="$(now)"
  sleep "$KILL_AT"
  as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w >/dev/null
  killed_at="$(now)"
  log "PostgreSQL killed"
  sleep 1
  # One read and one readiness probe in the middle of the outage: how fast the 503 comes.
  curl -s -o /dev/null -w '[bench] query during the outage: HTTP %{http_code} in %{time_total} s\n' "http://127.0.0.1:$HUB_PORT/graphql" \
    -H 'content-type: application/json' -H "Authorization: Bearer $token" --data-binary '{"query":"{ zones(first: 1) { totalCount } }"}' >&2
  curl -s -o /dev/null -w '[bench] /health/ready during the outage: HTTP %{http_code} in %{time_total} s\n' "http://127.0.0.1:$HUB_PORT/health/ready" >&2
  sleep "$((OUTAGE - 1))"
  restart_postgres
  restarted_at="$(now)"
  log "PostgreSQL back"
  wait "$LOAD_PID"
  LOAD_PID=""

  psql_hub "select \"AdmissionReference\" || ' ' || \"Id\" from \"DischargeRequests\" where \"AdmissionReference\" like 'bench/%'" >"$TMP_ROOT/stored.txt"
  local after
  after="$(psql_hub 'select count(*) from "DischargeRequests"')"
  python3 - "$TMP_ROOT/load.jsonl" "$TMP_ROOT/stored.txt" "$load_start" "$killed_at" "$restarted_at" "$before" "$after" <<'PY'
import base64, json, sys
load, stored_file, start, killed, restarted, before, after = sys.argv[1:8]
start, killed, restarted = float(start), float(killed) - float(start), float(restarted) - float(start)
records = [json.loads(line) for line in open(load)]
attempts = [r for r in records if r["kind"] == "attempt"]
writes = [r for r in records if r["kind"] == "write"]
stored = dict(line.split(" ", 1) for line in open(stored_file).read().splitlines() if line)
def key(global_id): return base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode().split(":", 1)[1]
acknowledged = [w for w in writes if w["id"]]
lost = [w for w in acknowledged if stored.get(w["reference"], "").replace("-", "") != key(w["id"])]
failed = [w for w in writes if not w["id"]]
committed_failed = [w for w in failed if w["reference"] in stored]
unavailable = [a for a in attempts if a["status"] == 503]
other_5xx = [a for a in attempts if a["status"] >= 500 and a["status"] != 503]
unreachable = [a for a in attempts if a["status"] == 0]
leaks = [a for a in attempts if a["leak"]]
after_restart = sorted((a for a in attempts if a["at"] >= restarted), key=lambda a: a["at"])
first_ok = next((a for a in after_restart if a["status"] == 200), None)
def spread(items):
    times = sorted((a["done"] - a["at"]) * 1000 for a in items)
    return f"median {times[len(times) // 2]:.0f} ms, max {times[-1]:.0f} ms" if times else "none"
failures_after_restart = sum(1 for a in after_restart if a["status"] != 200)
print(f"requests sent                         {len(attempts)}")
print(f"logical writes                        {len(writes)} (acknowledged {len(acknowledged)}, failed {len(failed)})")
print(f"5xx answers                           {len(unavailable) + len(other_5xx)} (503 DATABASE_UNAVAILABLE {len(unavailable)}, other 5xx {len(other_5xx)}, hub unreachable {len(unreachable)})")
print(f"responses leaking internals           {len(leaks)}")
print(f"acknowledged writes lost              {len(lost)}")
print(f"committed writes answered as failures {len(committed_failed)}")
print(f"rows added / acknowledged             {int(after) - int(before)} / {len(acknowledged)}")
print(f"latency of 200 answers                {spread([a for a in attempts if a['status'] == 200])}")
print(f"latency of 503 answers                {spread(unavailable)}")
print(f"non-200 to requests sent after restart {failures_after_restart}")
recovery = "never" if first_ok is None else f"sent +{(first_ok['at'] - restarted) * 1000:.0f} ms, answered +{(first_ok['done'] - restarted) * 1000:.0f} ms"
print(f"first success after the restart       {recovery}")
print(f"(killed at {killed:.1f} s, back at {restarted:.1f} s)")
for w in failed[:3]:
    print("  a failed write:", w["status"], (w["body"] or "")[:200])
PY
}

main "$@"
