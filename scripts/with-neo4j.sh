#!/usr/bin/env bash
# Run a command against a throwaway Neo4j:  scripts/with-neo4j.sh go test ./...
#
# Starts Neo4j on a free port (NEO4J_PORT=0) with a fresh store in a temp dir, exports
# NEO4J_URI=bolt://127.0.0.1:PORT, runs the command, then always stops Neo4j and removes
# the temp dir (also on failure or Ctrl-C). Exits with the command's status.
#
# If NEO4J_URI is already set, nothing is started: the command runs against that Neo4j
# (a dev's long-running `make neo4j-start`, a server, Aura ...).
set -euo pipefail

if [[ -n "${NEO4J_URI:-}" ]]; then
  echo "with-neo4j: using existing NEO4J_URI=$NEO4J_URI" >&2
  exec "$@"
fi

(( $# > 0 )) || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

NEO4J_HOME="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-neo4j.XXXXXX")"
export NEO4J_HOME
export NEO4J_PORT=0

# shellcheck disable=SC2317  # invoked by the traps below
cleanup() {
  "$ROOT/scripts/neo4j-stop.sh" || true
  rm -rf "$NEO4J_HOME"
}
# EXIT covers normal exit, `set -e` failures and the exits below; turning INT/TERM into
# exits makes sure the EXIT trap runs on Ctrl-C or a CI timeout as well.
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# neo4j-start.sh prints NEO4J_URI=... as its last stdout line; its messages go to stderr.
out="$("$ROOT/scripts/neo4j-start.sh")"
uri="$(printf '%s\n' "$out" | tail -n 1)"
[[ "$uri" == NEO4J_URI=bolt://* ]] || { echo "with-neo4j: unexpected start output: $out" >&2; exit 1; }
export NEO4J_URI="${uri#NEO4J_URI=}"
echo "with-neo4j: NEO4J_URI=$NEO4J_URI" >&2

# Not `exec`: the trap must run after the command.
status=0
"$@" || status=$?
exit "$status"
