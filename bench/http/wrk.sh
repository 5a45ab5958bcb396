# Sourced by the HTTP benchmark scripts. wrk (Debian package `wrk`) is the load client: written in C,
# one thread, it leaves the two cores to the servers being compared.
#   wrk_measure <label> <server pid> <seconds> <connections> <wrk args...>
# runs a warm-up (20 s, or $WRK_WARMUP), then the measured run, and prints one line: requests/s, latency p50/p99,
# non-2xx answers, and the server's CPU time per request (from /proc, whole process).
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }

wrk_measure() {
  local label="$1" pid="$2" seconds="$3" connections="$4"
  shift 4
  wrk -t1 -c"$connections" -d"${WRK_WARMUP:-20}s" "$@" > /dev/null
  local before after out
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@")
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  local ticks_per_s
  ticks_per_s=$(getconf CLK_TCK)
  echo "$out" | awk -v label="$label" -v ticks=$((after - before)) -v hz="$ticks_per_s" \
    -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { socket = $0 }
    END {
      printf "[%s] %.0f requests/s, p50 %s, p99 %s, %d requests, non-2xx %d, server CPU %.3f ms per request, load %s%s\n",
        label, rps, p50, p99, requests, bad + 0, ticks * 1000 / hz / requests, load, (socket ? "; " socket : "")
    }'
}

# client_token <base url> <client id> <secret> <scope>: an access token from the service's embedded
# authorization server (client credentials).
client_token() {
  curl -sf -u "$2:$3" -d grant_type=client_credentials -d "scope=$4" "$1/oauth2/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# verify_body <jwt|rdfc> <file> <java binary> <node port> <node log>: writes a VC-API verify request
# body. jwt: a vc+jwt from bench/target/benchmarks.jar. rdfc: the eddsa-rdfc-2022 credential the
# Node.js reference endpoint (bench/node/verify-server.mjs) signs on start; the endpoint keeps
# running on <node port>, its pid in $verify_body_server.
verify_body() {
  local kind="$1" file="$2" java_bin="$3" port="$4" log="$5"
  verify_body_server=
  if [ "$kind" = jwt ]; then
    "$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.http.JwtBody "$file" 2> /dev/null
    return
  fi
  (cd bench/node && npm install --no-audit --no-fund --silent)
  node bench/node/verify-server.mjs "$port" "$file" > "$log" 2>&1 &
  verify_body_server=$!
  for _ in $(seq 1 60); do [ -s "$file" ] && break; sleep 1; done
}
