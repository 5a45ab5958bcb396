#!/usr/bin/env bash
# Bytes each table grows by per row (heap, TOAST and indexes), measured on copies of the demo's
# databases: 200,000 rows are added to each table that grows with the credentials issued, shaped
# like the rows the story wrote. Run `scripts/demo.sh --exit` first. Used by docs/capacity.md.
set -euo pipefail
cd "$(dirname "$0")"
demo="${GVR_DEMO_HOME:-$HOME/.gvr/demo}"
bin=$(dirname "$(ls -d /tmp/embedded-pg/PG-*/bin/pg_ctl | head -1)")
work=$(mktemp -d /tmp/gvr-capacity.XXXXXX)
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
port=5651
started=()
stop_all() { for d in "${started[@]}"; do as_owner "$bin/pg_ctl -D $d stop -m fast" > /dev/null || true; done; rm -rf "$work"; }
trap stop_all EXIT
for service in registry issuer verifier; do
  cp -a "$demo/$service-db" "$work/$service"
  rm -f "$work/$service/postmaster.pid" "$work/$service/epg-lock"
  [ "$(id -u)" = 0 ] && chown -R postgres "$work"
  as_owner "$bin/pg_ctl -D $work/$service -o '-p $port -k $work -c listen_addresses=' -l $work/$service.log -w start" > /dev/null
  started+=("$work/$service")
  echo "== $service"
  psql -q -h "$work" -p "$port" -U postgres -d postgres -f "$service.sql"
  port=$((port + 1))
done
