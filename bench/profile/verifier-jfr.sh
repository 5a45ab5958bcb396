#!/usr/bin/env bash
# A JFR profile of the verifier under wrk load: 30 s of warm-up, then <seconds> recorded with
# settings=profile and deep stacks; prints the CPU per request while recording and writes
# <out>.jfr. Read it with bench/profile/jfr-parts.py <out>.jfr.
#   bench/profile/verifier-jfr.sh <verifier-exec.jar> jwt|rdfc <seconds> <out.jfr>
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
. "$root/bench/http/wrk.sh"
java_bin="$(java21)"
jar="$1" kind="$2" seconds="$3" out="$(realpath -m "$4")"
work="$(mktemp -d)"
port=18282
PORT=$port "$java_bin" -XX:FlightRecorderOptions:stackdepth=512 -jar "$jar" \
  --spring.profiles.active=dev --gvr.database.data-dir="$work/db" \
  --gvr.keys.master-key-file="$work/master.key" --logging.level.root=WARN > "$work/verifier.log" 2>&1 &
pid=$!
node_pid=
trap 'kill $pid $node_pid 2> /dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
  sleep 1
done
body="$work/body.json"
verify_body "$kind" "$body" "$java_bin" 18290 "$work/node.log"
node_pid=$verify_body_server
token=$(client_token "http://127.0.0.1:$port" verifier verifier-secret verifier.verify)
load() {
  BODY="$body" TOKEN="$token" wrk -t1 -c16 -d"$1s" -s bench/http/post.lua \
    "http://127.0.0.1:$port/credentials/verify"
}
load 30 > /dev/null
jcmd="$(dirname "$java_bin")/jcmd"
"$jcmd" $pid JFR.start name=load settings=profile filename="$out" > /dev/null
before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
result=$(load "$seconds")
after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
"$jcmd" $pid JFR.stop name=load > /dev/null
echo "$result" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
  '/requests in/ { printf "%d requests, %.3f ms CPU per request while recording\n", $1, ticks * 1000 / hz / $1 }'
echo "profile: $out"
