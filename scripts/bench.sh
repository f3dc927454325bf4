#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md, end to end:  make bench  (or scripts/bench.sh)
#
#   1. the extractor's Go benchmark (words/s), if loader/extract has one;
#   2. a throw-away Neo4j with a larger heap and page cache on a free port;
#   3. `claimgraph bench load`: the pipeline on a generated corpus against one
#      transaction per fact;
#   4. `claimgraph bench api`: GraphQL req/s and p50/p99 on a generated graph;
#   5. Neo4j stopped (and its store removed unless kept), also on failure or Ctrl-C.
#
# Both bench commands wipe the database they are given, so this script never uses an
# existing NEO4J_URI: it always starts its own Neo4j.
#
# Environment (all optional):
#   BENCH_LOAD_FLAGS   extra flags for `claimgraph bench load`, e.g. "--articles 20000"
#   BENCH_API_FLAGS    extra flags for `claimgraph bench api`, e.g. "--duration 60s --clients 16"
#   BENCH_NEO4J_HOME   keep the Neo4j store here instead of a temp dir: a later run with the
#                      same --entities and --seed reuses the API graph instead of building it
#   BENCH_OUT          also write the whole output to this file (default var/bench/LATEST.txt)
#   NEO4J_HEAP         JVM heap of the benchmark Neo4j        (default 4g)
#   NEO4J_PAGECACHE    page cache of the benchmark Neo4j      (default 2g)
#   NEO4J_TX_TIMEOUT   server transaction timeout             (default 10m; wiping a big graph
#                      runs in one auto-commit statement)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { echo "bench: $*" >&2; }

BENCH_OUT="${BENCH_OUT:-$ROOT/var/bench/LATEST.txt}"
mkdir -p "$(dirname "$BENCH_OUT")"
# Everything printed from here on goes to the terminal and to BENCH_OUT.
exec > >(tee "$BENCH_OUT") 2>&1

export NEO4J_HEAP="${NEO4J_HEAP:-4g}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-2g}"
export NEO4J_TX_TIMEOUT="${NEO4J_TX_TIMEOUT:-10m}"
unset NEO4J_URI

echo "== machine"
echo "date:       $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpu:        $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "memory:     $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
echo "go:         $(go version)"
echo "java:       $(java -version 2>&1 | head -n 1)"
echo "neo4j:      Community 5.26 (tools/neo4j), heap $NEO4J_HEAP, page cache $NEO4J_PAGECACHE"
# Other processes compete for the same cores; the load average says how much.
echo "load avg:   $(cut -d' ' -f1-3 /proc/loadavg) (before)"
# Untracked Go files are compiled in too, so they count as changes.
dirty=""
[[ -n "$(git status --porcelain -- '*.go' '*.tsv' 2>/dev/null)" ]] && dirty=" (with uncommitted changes to Go sources or lexicons)"
echo "commit:     $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$dirty"

echo
echo "== extraction (go test -bench BenchmarkExtract ./loader/extract/)"
if grep -qs 'func BenchmarkExtract' loader/extract/*_test.go; then
  out="$(go test -run '^$' -bench BenchmarkExtract -benchtime 3x ./loader/extract/)"
  printf '%s\n' "$out"
  printf '%s\n' "$out" | grep -qi 'words/s' || log "the extraction benchmark printed no words/s"
else
  echo "skipped: loader/extract has no BenchmarkExtract yet"
fi

go build -o bin/claimgraph ./cmd/claimgraph

export NEO4J_PORT=0
# The load benchmark always gets a fresh store; the API benchmark gets BENCH_NEO4J_HOME when
# it is set, so its generated graph can outlive the run. Two stores, because each benchmark
# wipes the single database of Neo4j Community.
LOAD_HOME="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-bench-load.XXXXXX")"
if [[ -n "${BENCH_NEO4J_HOME:-}" ]]; then
  API_HOME="$BENCH_NEO4J_HOME"
  keep_api=1
else
  API_HOME="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-bench-api.XXXXXX")"
  keep_api=0
fi

# shellcheck disable=SC2317  # invoked by the traps below
cleanup() {
  NEO4J_HOME="$LOAD_HOME" "$ROOT/scripts/neo4j-stop.sh" || true
  NEO4J_HOME="$API_HOME" "$ROOT/scripts/neo4j-stop.sh" || true
  rm -rf "$LOAD_HOME"
  if (( keep_api == 0 )); then rm -rf "$API_HOME"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_neo4j HOME: start Neo4j on a free port for HOME and export NEO4J_URI.
start_neo4j() {
  local out uri
  out="$(NEO4J_HOME="$1" "$ROOT/scripts/neo4j-start.sh")"
  uri="$(printf '%s\n' "$out" | tail -n 1)"
  [[ "$uri" == NEO4J_URI=bolt://* ]] || { log "unexpected start output: $out"; exit 1; }
  export NEO4J_URI="${uri#NEO4J_URI=}"
  echo "neo4j:      $NEO4J_URI (home $1)"
}

echo
echo "== load throughput"
start_neo4j "$LOAD_HOME"
# shellcheck disable=SC2086  # the flags are meant to split
bin/claimgraph bench load ${BENCH_LOAD_FLAGS:-}
NEO4J_HOME="$LOAD_HOME" "$ROOT/scripts/neo4j-stop.sh"

echo
echo "== API"
start_neo4j "$API_HOME"
# shellcheck disable=SC2086
bin/claimgraph bench api ${BENCH_API_FLAGS:-}

echo
echo "load avg:   $(cut -d' ' -f1-3 /proc/loadavg) (after)"
