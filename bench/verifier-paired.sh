#!/usr/bin/env bash
# Server CPU per POST /credentials/verify, two verifier builds compared in turns: both run at once
# (each its own JVM, database and tokens), wrk loads one then the other in short bursts, the order
# flipped every round, and each burst's CPU time per request is read from /proc. A round's ratio
# new/base is unaffected by load that hits both halves of the round, so the median ratio holds on
# a busy machine where absolute figures do not.
#   bench/verifier-paired.sh <base verifier-exec.jar> <new verifier-exec.jar> [jwt|rdfc] [rounds] [seconds]
# Needs wrk and bench/target/benchmarks.jar (jwt) or Node.js (rdfc, the body from bench/node).
# BASE_ARGS and NEW_ARGS add application arguments to one side, to compare settings of one build:
#   NEW_ARGS=--spring.threads.virtual.enabled=false bench/verifier-paired.sh v.jar v.jar jwt
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
. "$root/bench/http/wrk.sh"
java_bin="$(java21)"
base_jar="$1"
new_jar="$2"
kind="${3:-jwt}"
rounds="${4:-20}"
seconds="${5:-5}"
connections=16
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

start() { # <name> <jar> <port> [application arguments...]
  local name="$1" jar="$2" port="$3"
  shift 3
  PORT=$port "$java_bin" -jar "$jar" --spring.profiles.active=dev \
    --gvr.database.data-dir="$work/$name-db" --gvr.keys.master-key-file="$work/$name.key" \
    --logging.level.root=WARN "$@" > "$work/$name.log" 2>&1 &
  pids+=($!)
}
start base "$base_jar" 18182 ${BASE_ARGS:-}
base_pid=$!
start new "$new_jar" 18183 ${NEW_ARGS:-}
new_pid=$!
for port in 18182 18183; do
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    sleep 2
  done
done

body="$work/body.json"
verify_body "$kind" "$body" "$java_bin" 18190 "$work/node.log"
[ -n "$verify_body_server" ] && pids+=("$verify_body_server")

burst() { # <label> <pid> <port> <token> <seconds>: prints "<requests> <cpu ticks>"
  local before after out
  before=$(awk '{print $14 + $15}' "/proc/$2/stat")
  out=$(BODY="$body" TOKEN="$4" wrk -t1 -c$connections -d"$5s" -s "$root/bench/http/post.lua" \
    "http://127.0.0.1:$3/credentials/verify")
  after=$(awk '{print $14 + $15}' "/proc/$2/stat")
  echo "$out" | awk -v ticks=$((after - before)) '/requests in/ { print $1, ticks }'
}

base_token=$(client_token http://127.0.0.1:18182 verifier verifier-secret verifier.verify)
new_token=$(client_token http://127.0.0.1:18183 verifier verifier-secret verifier.verify)
for pair in "18182 $base_token" "18183 $new_token"; do
  set -- $pair
  curl -sf -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    --data-binary "@$body" "http://127.0.0.1:$1/credentials/verify" | grep -q '"verified":true' \
    || { echo "the $kind body does not verify on port $1" >&2; exit 1; }
done
echo "warming up both (20 s each)" >&2
burst warm "$base_pid" 18182 "$base_token" 20 > /dev/null
burst warm "$new_pid" 18183 "$new_token" 20 > /dev/null

hz=$(getconf CLK_TCK)
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    b=$(burst base "$base_pid" 18182 "$base_token" "$seconds")
    n=$(burst new "$new_pid" 18183 "$new_token" "$seconds")
  else
    n=$(burst new "$new_pid" 18183 "$new_token" "$seconds")
    b=$(burst base "$base_pid" 18182 "$base_token" "$seconds")
  fi
  echo "$round $b $n"
done > "$work/rounds"
awk -v hz="$hz" '{ base = $3 * 1000 / hz / $2; new = $5 * 1000 / hz / $4
  printf "round %2d: base %.3f ms/request (%d requests), new %.3f ms/request (%d), ratio %.3f\n",
    $1, base, $2, new, $4, new / base }' "$work/rounds" >&2
awk -v hz="$hz" '{ print ($5 / $4) / ($3 / $2), $3 * 1000 / hz / $2, $5 * 1000 / hz / $4 }' \
  "$work/rounds" | sort -n | awk -v kind="$kind" '
  { ratio[NR] = $1; bsum += $2; nsum += $3 }
  END {
    n = NR
    median = n % 2 ? ratio[(n + 1) / 2] : (ratio[n / 2] + ratio[n / 2 + 1]) / 2
    printf "%s: CPU per request new/base, median of %d rounds %.3f [quartiles %.3f, %.3f]; mean base %.3f ms, new %.3f ms\n",
      kind, n, median, ratio[int((n + 3) / 4)], ratio[int((3 * n + 1) / 4)], bsum / n, nsum / n
  }'
