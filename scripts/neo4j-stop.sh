#!/usr/bin/env bash
# Stop the local Neo4j launcher started by scripts/neo4j-start.sh for NEO4J_HOME.
#
# Sends SIGTERM (the launcher's shutdown hook closes the store cleanly), waits up to
# NEO4J_STOP_TIMEOUT seconds (default 60), then SIGKILLs with a warning. Removes the pid
# and port files. Exits 0 if nothing was running.
#
# Environment: NEO4J_HOME (default <repo>/var/neo4j), NEO4J_STOP_TIMEOUT (default 60).
set -euo pipefail

log() { echo "neo4j-stop: $*" >&2; }

# Resolve the repo root from this script's location so it works from any cwd.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEO4J_HOME="${NEO4J_HOME:-$ROOT/var/neo4j}"
NEO4J_STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
PID_FILE="$NEO4J_HOME/neo4j.pid"
PORT_FILE="$NEO4J_HOME/bolt.port"

# True if PID is alive, not a zombie, and is our launcher (guards against PID reuse:
# never signal an unrelated process that happens to have the old PID).
is_launcher() {
  local pid="$1" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  state="$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ "$state" != "Z" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'neo4j-launcher\.jar'
}

# True while PID exists and is not a zombie. Used after the identity check: a JVM that is
# tearing down has an empty /proc/PID/cmdline, but it is not gone yet.
alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state="$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != "Z" ]]
}

if [[ ! -f "$PID_FILE" ]]; then
  log "not running (no pid file in $NEO4J_HOME)"
  exit 0
fi

pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if ! is_launcher "$pid"; then
  log "not running (stale pid file, pid '$pid'); cleaning up"
  rm -f "$PID_FILE" "$PORT_FILE"
  exit 0
fi

log "stopping Neo4j (pid $pid)"
kill -TERM "$pid" 2>/dev/null || true

# The launcher is not our child (setsid), so poll instead of `wait`.
deadline=$((SECONDS + NEO4J_STOP_TIMEOUT))
while alive "$pid" && (( SECONDS < deadline )); do
  sleep 0.2
done

if alive "$pid"; then
  log "warning: still running after ${NEO4J_STOP_TIMEOUT}s; sending SIGKILL (next start will run store recovery)"
  kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 50); do alive "$pid" || break; sleep 0.1; done
fi

rm -f "$PID_FILE" "$PORT_FILE"
log "stopped"
