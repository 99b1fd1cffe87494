# Throwaway PostgreSQL 15 for the test command and the benchmarks: installs the
# Debian packages the project needs where missing, runs initdb in a temp dir,
# starts postgres on a free 127.0.0.1 port and stops it again. Sourced, not run;
# the caller sets `set -euo pipefail` and defines log() and die().
#
# After start_postgres: PG_PORT, PG_DATA, TMP_ROOT. cleanup() (for an EXIT trap)
# stops postgres and removes TMP_ROOT; it exits with its argument, else with the status it finds.

PG_BIN=/usr/lib/postgresql/15/bin
PG_USER=""      # OS user that owns and runs the cluster (initdb refuses root)
TMP_ROOT=""     # everything throwaway lives here; removed on exit
PG_DATA=""
PG_PORT=""

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# ---------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------

# A fresh CI machine may lack the Debian packages we rely on. Install only what
# is missing, in one apt run, so the normal (preinstalled) case costs nothing.
ensure_packages() {
  local missing=()
  [[ -x "$PG_BIN/initdb" ]] || missing+=(postgresql-15)
  # Redis is not started yet; later work needs the binary to exist.
  command -v redis-server >/dev/null 2>&1 || [[ -x /usr/bin/redis-server ]] || missing+=(redis-server)
  # The GraphQL IDE's browser test drives a headless Chromium.
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)

  if ((${#missing[@]} == 0)); then
    return 0
  fi

  log "installing missing packages: ${missing[*]}"
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install: ${missing[*]}"
    sudo=(sudo)
  fi
  # Package postinst scripts would start the system-wide postgres/redis
  # services; we only want the binaries. policy-rc.d exiting 101 is Debian's
  # "don't start daemons" switch (Docker images usually ship one already).
  local policy=/usr/sbin/policy-rc.d added_policy=0 rc=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    added_policy=1
  fi
  {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  } || rc=$?
  if ((added_policy)); then
    "${sudo[@]}" rm -f "$policy"
  fi
  ((rc == 0)) || die "apt-get failed (exit $rc) installing: ${missing[*]}"

  [[ -x "$PG_BIN/initdb" ]] || die "postgresql-15 install did not provide $PG_BIN/initdb"
}

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------

# Run a command as the cluster owner. As root we must drop privileges because
# initdb/postgres refuse to run as root; otherwise just run it as ourselves.
# cd into TMP_ROOT so the unprivileged user never needs access to the cwd.
as_pg() {
  if is_root; then
    (cd "$TMP_ROOT" && runuser -u "$PG_USER" -- "$@")
  else
    "$@"
  fi
}

choose_pg_user() {
  if ! is_root; then
    PG_USER="$(id -un)"
  elif id -u postgres >/dev/null 2>&1; then
    PG_USER=postgres          # created by the Debian postgresql package
  else
    if ! id -u hubtest >/dev/null 2>&1; then
      log "creating system user 'hubtest' to own the test cluster"
      useradd --system --no-create-home --shell /usr/sbin/nologin hubtest
    fi
    PG_USER=hubtest
  fi
}

# Pure-bash port probe: a refused connection means nothing listens there.
# Start at a random port so parallel runs on one machine rarely collide.
pick_free_port() {
  local port=$((20000 + RANDOM % 20001)) tries
  for ((tries = 0; tries < 200; tries++)); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
    port=$((port >= 40000 ? 20000 : port + 1))
  done
  die "no free TCP port found in 20000-40000"
}

start_postgres() {
  choose_pg_user

  # As root the temp dir must be reachable by PG_USER, so keep it under /tmp
  # rather than a TMPDIR that might sit in root's private home.
  if is_root; then
    TMP_ROOT="$(mktemp -d /tmp/hub-test.XXXXXX)"
    chown "$PG_USER" "$TMP_ROOT"
  else
    TMP_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/hub-test.XXXXXX")"
  fi
  PG_DATA="$TMP_ROOT/data"

  log "initdb as '$PG_USER' in $PG_DATA"
  # trust auth + superuser 'hub': the cluster is local-only and disposable.
  # --no-sync: durability is pointless for a throwaway cluster.
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U hub --auth=trust \
    --encoding=UTF8 --locale=C --no-sync >"$TMP_ROOT/initdb.log" 2>&1 ||
    { cat "$TMP_ROOT/initdb.log" >&2; die "initdb failed"; }

  # Another process may grab the probed port before postgres binds it, so
  # retry with a fresh port a few times.
  local attempt
  for attempt in 1 2 3; do
    PG_PORT="$(pick_free_port)"
    log "starting postgres on 127.0.0.1:$PG_PORT (attempt $attempt)"
    # Listen on loopback only; socket in the temp dir (not /var/run/postgresql,
    # which may not exist or be writable). fsync etc. off for test speed.
    # -w: pg_ctl itself waits (<=30s) and notices if the postmaster dies.
    if as_pg "$PG_BIN/pg_ctl" start -w -t 30 -D "$PG_DATA" -l "$TMP_ROOT/postgres.log" -o "\
      -c listen_addresses=127.0.0.1 -p $PG_PORT \
      -c unix_socket_directories=$TMP_ROOT \
      -c max_connections=200 \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null &&
      wait_for_postgres; then
      return 0
    fi
    # Only a port clash is worth retrying; anything else is a real failure.
    grep -q 'could not bind\|Address already in use' "$TMP_ROOT/postgres.log" 2>/dev/null || break
    stop_postgres
  done
  tail -n 30 "$TMP_ROOT/postgres.log" >&2 || true
  die "postgres did not become ready (see log above)"
}

# Confirm with pg_isready over TCP (what the tests use); give up after 30s.
wait_for_postgres() {
  local deadline=$((SECONDS + 30))
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U hub -d postgres; do
    if ((SECONDS >= deadline)); then
      log "timed out after 30s waiting for pg_isready on 127.0.0.1:$PG_PORT"
      return 1
    fi
    sleep 0.2
  done
  log "postgres ready on 127.0.0.1:$PG_PORT"
}

# Idempotent and never fails: it runs from the EXIT trap.
stop_postgres() {
  [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]] || return 0
  local pid i
  pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || pid=""
  if ! as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 15 >/dev/null 2>&1; then
    # Fall back to killing the postmaster directly; its children follow it.
    [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
  fi
  # pg_ctl daemonises postgres, so init reaps it, sometimes a second or two
  # later. Wait (bounded) so no postgres process outlives this script.
  for ((i = 0; i < 50; i++)); do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
}

# Stops the caller's own background processes (hub, apps) and waits for each; never fails, since it runs
# from an EXIT trap under `set -e`, where a killed process's status (143) would end the trap before cleanup.
stop_processes() {
  local pid
  for pid in "$@"; do
    [[ -n "$pid" ]] || continue
    kill "$pid" 2>/dev/null || continue
    wait "$pid" 2>/dev/null || true
  done
}

cleanup() {
  local status=${1:-$?}
  trap - EXIT INT TERM
  stop_postgres
  [[ -n "$TMP_ROOT" ]] && rm -rf "$TMP_ROOT"
  exit "$status"
}

