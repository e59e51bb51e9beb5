#!/usr/bin/env bash
# Issue 2 figures: time of the run command to a usable login page (first run: no run-data/ and no unpacked
# server; warm: the second run), and the server's heap after start. Run from the project root:
#   bash benchmarks/foundation.sh
# Needs the Maven cache filled once (any earlier build); stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
login=http://127.0.0.1:8080/callcenter/login.xhtml

measure() {
  local label=$1; shift
  local start; start=$(date +%s.%N)
  mvn -B -ntp -q -Prun verify "$@" > /tmp/callcenter-bench-run.log 2>&1 &
  local mvn_pid=$!
  until curl -fs -o /dev/null "$login"; do
    kill -0 "$mvn_pid" 2>/dev/null || { echo "run command died"; cat /tmp/callcenter-bench-run.log; exit 1; }
    sleep 0.2
  done
  local end; end=$(date +%s.%N)
  local wildfly; wildfly=$(pgrep -f 'jboss-modules.jar.*run-server' | head -1)
  curl -fs -o /dev/null "$login"
  local heap; heap=$(jcmd "$wildfly" GC.heap_info | awk '/garbage-first heap/ {gsub(",", ""); print "used " $6 " of " $4 " committed"}')
  jcmd "$wildfly" GC.run > /dev/null
  local after_gc; after_gc=$(jcmd "$wildfly" GC.heap_info | awk '/garbage-first heap/ {gsub(",", ""); print $6}')
  printf '%-6s run command to login page: %6.1f s; heap after start: %s; used after a full GC: %s\n' \
    "$label" "$(echo "$end - $start" | bc)" "$heap" "$after_gc"
  kill -TERM "$mvn_pid"; wait "$mvn_pid" 2>/dev/null || true
}

rm -rf run-data ear/target/run-server
measure first
measure warm
