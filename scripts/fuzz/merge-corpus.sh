#!/usr/bin/env bash
# Adds the useful part of a fuzzing run's generated corpus to a target's committed inputs.
#
#   ./mvnw -B -P fuzz -pl credentials -am test -Dtest=MultikeyFuzzTest#publicMultikeyIsRefusedOrRoundTrips
#   scripts/fuzz/merge-corpus.sh credentials MultikeyFuzzTest publicMultikeyIsRefusedOrRoundTrips
#
# Reads <module>/.cifuzz-corpus/<class>/<method>/ (Jazzer's generated corpus) and the test classpath
# of the run (its surefire report), and runs libFuzzer's set-cover merge through Jazzer's own driver
# against the committed inputs in src/test/resources/<package>/<Class>Inputs/<method>/:
#   1. the fewest inputs that reach coverage edges the committed inputs do not;
#   2. with BUCKETS=1 (a second merge, as long again), then the smallest inputs that reach new
#      hit-count buckets,
# smallest first, until the directory holds MAX_FILES files or MAX_BYTES bytes. See docs/fuzzing.md.
set -euo pipefail

module=$1 class=$2 method=$3
max_files=${MAX_FILES:-40}
max_bytes=${MAX_BYTES:-102400}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/$module"

report=$(ls target/surefire-reports/TEST-*."$class".xml)
fqcn=$(basename "$report" .xml)
fqcn=${fqcn#TEST-}
property() { grep -o "name=\"$1\" value=\"[^\"]*" "$report" | sed 's/.*value="//'; }
classpath=$(property surefire.test.class.path)
java_home=$(property java.home)
inputs=src/test/resources/$(dirname "${fqcn//.//}")/${class}Inputs/$method
generated=.cifuzz-corpus/$fqcn/$method
includes=$(sed -n 's:.*<jazzer.instrumentation_includes>\(.*\)</jazzer.instrumentation_includes>.*:\1:p' "$root/pom.xml")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$inputs" "$work/classes" "$work/edges" "$work/buckets"
"$java_home/bin/javac" -cp "$classpath" -d "$work/classes" "$root/scripts/fuzz/FuzzTargetByName.java"

# merge.sh <into> <extra libFuzzer flags...>: set-cover merge of the generated corpus into <into>
merge() {
  local into=$1
  shift
  FUZZ_TARGET="$fqcn#$method" "$java_home/bin/java" -cp "$classpath:$work/classes" \
    com.code_intelligence.jazzer.Jazzer --target_class=FuzzTargetByName \
    --instrumentation_includes="$includes" -merge=1 -set_cover_merge=1 "$@" "$into" "$generated" \
    >> "$work/merge.log" 2>&1 || { tail -30 "$work/merge.log"; exit 1; }
}
cp -r "$inputs/." "$work/edges/"
merge "$work/edges" -use_counters=0
cp -r "$work/edges/." "$work/buckets/"
if [ "${BUCKETS:-0}" = 1 ]; then
  merge "$work/buckets"
fi

files=$(ls "$inputs" | wc -l)
bytes=$(find "$inputs" -type f -exec cat {} + | wc -c)
added=0
for candidate in $( (cd "$work/edges" && ls -Sr) ) $( (cd "$work/buckets" && ls -Sr) ); do
  [ -e "$inputs/$candidate" ] && continue
  size=$(wc -c < "$work/buckets/$candidate" 2> /dev/null || wc -c < "$work/edges/$candidate")
  if (( files + 1 > max_files || bytes + size > max_bytes )); then
    continue
  fi
  cp "$work/edges/$candidate" "$inputs/" 2> /dev/null || cp "$work/buckets/$candidate" "$inputs/"
  files=$((files + 1)) bytes=$((bytes + size)) added=$((added + 1))
done
grep 'MERGE-OUTER: [0-9]* new files' "$work/merge.log" | sed "s/^/$class#$method: /"
echo "$class#$method: added $added inputs; $inputs holds $files files, $bytes bytes"
