#!/usr/bin/env bash
# Start a local Neo4j Community 5.26 (the in-process launcher in tools/neo4j) with Bolt on
# 127.0.0.1, in the background, and print its URI.
#
# Environment (all optional):
#   NEO4J_HOME           store, logs, pid and port files   (default: <repo>/var/neo4j)
#   NEO4J_PORT           Bolt port; 0 = let the OS pick one (default: 7687)
#   NEO4J_HEAP           JVM heap, -Xms and -Xmx             (default: 1g)
#   NEO4J_PAGECACHE      Neo4j page cache                    (default: 256m)
#   NEO4J_TX_TIMEOUT     transaction timeout, e.g. 60s, 5m   (default: 60s, read by the launcher)
#   NEO4J_PASSWORD       if set: auth on, user neo4j with this password (default: auth off)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt            (default: 180)
#   NEO4J_JAVA_OPTS      extra JVM flags, e.g. for profiling (default: none)
#
# Output contract: the last stdout line is `NEO4J_URI=bolt://127.0.0.1:PORT`; every other
# message goes to stderr, so callers can do  uri=$(scripts/neo4j-start.sh | tail -n1).
# If a launcher is already running for NEO4J_HOME, it only prints the URI (exit 0).
set -euo pipefail

log() { echo "neo4j-start: $*" >&2; }
die() { log "error: $*"; exit 1; }

# Resolve the repo root from this script's location so it works from any cwd.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAUNCHER_DIR="$ROOT/tools/neo4j"
JAR="$LAUNCHER_DIR/target/neo4j-launcher.jar"

NEO4J_HOME="${NEO4J_HOME:-$ROOT/var/neo4j}"
NEO4J_PORT="${NEO4J_PORT:-7687}"
NEO4J_HEAP="${NEO4J_HEAP:-1g}"
NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-256m}"
NEO4J_START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"

[[ "$NEO4J_PORT" =~ ^[0-9]+$ ]] || die "NEO4J_PORT must be a number (0 = free port), got '$NEO4J_PORT'"
[[ "$NEO4J_START_TIMEOUT" =~ ^[0-9]+$ ]] || die "NEO4J_START_TIMEOUT must be whole seconds"

mkdir -p "$NEO4J_HOME"
NEO4J_HOME="$(cd "$NEO4J_HOME" && pwd)"   # absolute: the launcher and stop script must agree
PID_FILE="$NEO4J_HOME/neo4j.pid"
PORT_FILE="$NEO4J_HOME/bolt.port"         # written (atomically) by the launcher once Bolt is up
LOG_FILE="$NEO4J_HOME/neo4j.log"

# --- helpers -------------------------------------------------------------------------------

# Major version of a java binary: "17.0.15" -> 17, "1.8.0_402" -> 8, "25" -> 25.
java_major() {
  local v
  v="$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  [[ "$v" == 1.* ]] && v="${v#1.}"
  v="${v%%[!0-9]*}"
  echo "${v:-0}"
}

# Java 17+ is needed (Neo4j 5.26). Prefer `java` on PATH, else $JAVA_HOME/bin/java.
find_java() {
  local j
  if j="$(command -v java)" && (( $(java_major "$j") >= 17 )); then
    echo "$j"; return
  fi
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (( $(java_major "$JAVA_HOME/bin/java") >= 17 )); then
    echo "$JAVA_HOME/bin/java"; return
  fi
  die "Java 17 or newer is required: put it on PATH or set JAVA_HOME"
}

# True if PID is alive, not a zombie, and is our launcher (guards against PID reuse).
is_launcher() {
  local pid="$1" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  state="$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ "$state" != "Z" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'neo4j-launcher\.jar'
}

# True if something accepts TCP connections on 127.0.0.1:PORT (bash's /dev/tcp, no curl/nc).
bolt_answers() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Port from the launcher's port file, or empty if there is none yet.
read_port() {
  local p=""
  [[ -f "$PORT_FILE" ]] && p="$(tr -dc '0-9' <"$PORT_FILE" || true)"
  echo "$p"
}

ready_port() {
  local port
  port="$(read_port)"
  [[ -n "$port" ]] && bolt_answers "$port" && echo "$port"
}

# --- serialise concurrent starts for the same home -------------------------------------------
# Two `make` targets starting the same home at once must not launch two JVMs on one store.
exec 9>"$NEO4J_HOME/.start.lock"
flock 9 || die "cannot lock $NEO4J_HOME/.start.lock"

# --- already running? ----------------------------------------------------------------------
pid=""
[[ -f "$PID_FILE" ]] && pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if [[ -n "$pid" ]] && is_launcher "$pid"; then
  if port="$(ready_port)"; then
    if [[ "$NEO4J_PORT" != 0 && "$NEO4J_PORT" != "$port" ]]; then
      log "warning: already running on port $port, not on the requested $NEO4J_PORT"
    fi
    log "already running (pid $pid, home $NEO4J_HOME)"
    echo "NEO4J_URI=bolt://127.0.0.1:$port"
    exit 0
  fi
  # Alive but Bolt not answering yet (still starting, or wedged): wait for it below.
  log "launcher pid $pid is alive but Bolt is not answering yet; waiting for it"
else
  if [[ -n "$pid" ]]; then
    log "removing stale pid file (pid $pid is not running)"
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
  pid=""
fi

if [[ -z "$pid" ]]; then
  # Fail fast with a clear message instead of a bind() stack trace after the JVM boots.
  if [[ "$NEO4J_PORT" != 0 ]] && bolt_answers "$NEO4J_PORT"; then
    die "port $NEO4J_PORT is already in use by another process (another NEO4J_HOME?); use NEO4J_PORT=0 for a free port"
  fi
  JAVA="$(find_java)"

  # --- build the launcher if needed --------------------------------------------------------
  # Rebuild when the jar (or its lib/ dir) is missing or the pom/sources are newer than it.
  if [[ ! -f "$JAR" || ! -d "$LAUNCHER_DIR/target/lib" ]] ||
     [[ -n "$(find "$LAUNCHER_DIR/pom.xml" "$LAUNCHER_DIR/src" -newer "$JAR" -print -quit)" ]]; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to build tools/neo4j"
    log "building the launcher (first build downloads ~170 MB into ~/.m2) ..."
    mkdir -p "$LAUNCHER_DIR/target"
    # Another start for a different home may be building at the same time: one build at a time.
    # -q: only errors; -B: batch mode. The output goes to a file and is shown only on
    # failure: stdout stays free for the URI, and Debian's Maven 3.8 prints stray ANSI
    # resets even with -q.
    BUILD_LOG="$LAUNCHER_DIR/target/build.log"
    if ! (
      flock 8
      cd "$LAUNCHER_DIR" && mvn -q -B package
    ) 8>"$LAUNCHER_DIR/target/.build.lock" >"$BUILD_LOG" 2>&1; then
      cat "$BUILD_LOG" >&2
      die "launcher build failed (log: $BUILD_LOG; retry with: cd tools/neo4j && mvn -B package)"
    fi
    [[ -f "$JAR" ]] || die "build finished but $JAR is missing"
    # The jar's mtime is the "built after these sources" stamp checked above.
    touch "$JAR"
  fi

  # --- JVM flags ---------------------------------------------------------------------------
  # From Neo4j 5's default neo4j.conf, plus java.nio (required embedded on Java 17, else
  # "LinkageError: Cannot to link java.nio.DirectByteBuffer"). Never add
  # -XX:+TrustFinalNonStaticFields: unsafe for Neo4j in embedded mode.
  JVM_FLAGS=(
    "-Xms$NEO4J_HEAP" "-Xmx$NEO4J_HEAP"
    -XX:+UseG1GC
    -XX:-OmitStackTraceInFastThrow
    -XX:+DisableExplicitGC
    -XX:+ExitOnOutOfMemoryError            # die loudly instead of limping on after an OOM
    -Djdk.nio.maxCachedBufferSize=1024
    -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true
    -Dfile.encoding=UTF-8
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    --enable-native-access=ALL-UNNAMED
  )
  if [[ -n "${NEO4J_JAVA_OPTS:-}" ]]; then
    read -r -a extra <<<"$NEO4J_JAVA_OPTS"
    JVM_FLAGS+=("${extra[@]}")
  fi

  # Keep the previous run's log for post-mortems; the new one starts empty so the
  # "last 50 lines" on failure are this run's.
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"

  log "starting Neo4j (home $NEO4J_HOME, port $NEO4J_PORT, heap $NEO4J_HEAP, pagecache $NEO4J_PAGECACHE)"
  # setsid + nohup: own session, immune to the caller's hangup/Ctrl-C, so it outlives the
  # calling shell (make, a terminal). The inner bash writes its own PID and then execs java,
  # so the pid file holds java's PID whether or not setsid had to fork.
  # NEO4J_TX_TIMEOUT and NEO4J_PASSWORD reach the launcher through the environment (a
  # password on the command line would show in `ps`). `9>&-`: the JVM must not inherit the
  # start lock, or it would hold it for its whole life and block every later start.
  # shellcheck disable=SC2016  # $$, $0 and $@ are for the inner bash
  setsid nohup bash -c 'echo $$ >"$0.tmp" && mv -f "$0.tmp" "$0" && exec "$@"' \
    "$PID_FILE" "$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" \
    --home "$NEO4J_HOME" --port "$NEO4J_PORT" --pagecache "$NEO4J_PAGECACHE" \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &

  for _ in $(seq 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] || die "launcher did not start (no pid file); see $LOG_FILE"
fi

# --- wait for Bolt ---------------------------------------------------------------------------
fail() {
  log "error: $*"
  log "last 50 lines of $LOG_FILE:"
  tail -n 50 "$LOG_FILE" >&2 2>/dev/null || true
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
  exit 1
}

start=$SECONDS
until port="$(ready_port)"; do
  is_launcher "$pid" || fail "Neo4j exited during startup"
  (( SECONDS - start < NEO4J_START_TIMEOUT )) || fail "Bolt not reachable after ${NEO4J_START_TIMEOUT}s"
  sleep 0.5
done

log "ready in $((SECONDS - start))s (pid $pid, log $LOG_FILE)"
echo "NEO4J_URI=bolt://127.0.0.1:$port"
