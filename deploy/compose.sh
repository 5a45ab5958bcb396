#!/usr/bin/env bash
# docker compose with the deployment's secrets: each file network/secrets/<name> (and the registry
# account's key, network/registry/key, as ledger-key) becomes GVR_SECRET_<NAME>, which
# docker-compose.yml's secrets read. Compose copies them into the containers owned by the service
# user with mode 0400; the files stay owner-only here. Arguments go to docker compose:
#   deploy/compose.sh up -d --build
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export_secret() {
  local name="$1" file="$2" variable
  variable="GVR_SECRET_$(tr 'a-z-' 'A-Z_' <<<"$name")"
  export "$variable=$(cat "$file")"
}
for file in "$root"/network/secrets/*; do
  if [[ -f "$file" ]]; then export_secret "$(basename "$file")" "$file"; fi
done
if [[ -f "$root/network/registry/key" ]]; then
  export_secret ledger-key "$root/network/registry/key"
fi
exec docker compose --project-directory "$root" "$@"
