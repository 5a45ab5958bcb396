#!/usr/bin/env bash
# Fuzzes targets one after another through the fuzz profile and prints a line per target: its
# executions (libFuzzer's "Done N runs") and whether it found something.
#
#   scripts/fuzz/run.sh                      every @FuzzTest, SECONDS (default 600) each
#   scripts/fuzz/run.sh credentials:MultikeyFuzzTest#publicMultikeyIsRefusedOrRoundTrips ...
#
# A finding is written into the target's inputs directory (src/test/resources/...Inputs/<method>/),
# where ./mvnw verify replays it; each run's Maven log is kept in target/fuzz-logs/. See
# docs/fuzzing.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
seconds=${SECONDS_PER_TARGET:-600}

all_targets() {
  grep -rl --include='*FuzzTest.java' '@FuzzTest' -- */src/test/java | sort | while read -r file; do
    module=${file%%/*}
    class=$(basename "$file" .java)
    grep -A3 '@FuzzTest' "$file" | sed -n 's/.*void \([A-Za-z0-9_]*\)(.*/\1/p' |
      while read -r method; do echo "$module:$class#$method"; done
  done
}

targets=("$@")
if [ ${#targets[@]} = 0 ]; then
  mapfile -t targets < <(all_targets)
fi
mkdir -p target/fuzz-logs
for target in "${targets[@]}"; do
  module=${target%%:*}
  test=${target#*:}
  log=target/fuzz-logs/${test//#/-}.log
  status=0
  ./mvnw -B -o -P fuzz -pl "$module" -am test -Dfuzz.seconds="$seconds" -Dtest="$test" \
    -Dspotless.check.skip=true > "$log" 2>&1 || status=$?
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  finding=$(grep -m1 -E '== Java Exception|Java Assertion Error|crash-[0-9a-f]{40}' "$log" || true)
  echo "$target | ${runs:-no libFuzzer summary} | exit $status | ${finding:-no finding}"
done
