#!/usr/bin/env bash
# Writes the deployment's secrets, one file each under network/secrets/ (owner-only), keeping any
# that exist. deploy/compose.sh hands them to docker compose; docker-compose.yml names each.
#   deploy/secrets-generate.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/network/secrets"
umask 077
mkdir -p "$dir"
random() { head -c 32 /dev/urandom | base64; }
for name in postgres-password registry-db-password issuer-db-password verifier-db-password \
  registry-app-db-password issuer-app-db-password verifier-app-db-password \
  registry-master-key issuer-master-key verifier-master-key \
  registry-authority-secret registry-issuer-secret registry-verifier-secret \
  issuer-admin-secret verifier-admin-secret; do
  if [[ ! -e "$dir/$name" ]]; then
    random > "$dir/$name"
    echo "wrote $dir/$name"
  fi
done
