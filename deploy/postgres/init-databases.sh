#!/usr/bin/env bash
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d), as the
# superuser. One database per service, owned by a role of its own that is no superuser and can
# create neither databases nor roles: services talk over HTTP, never through each other's tables.
# Each role's password is the compose secret <service>-db-password (docker-compose.yml).
set -euo pipefail
for service in registry issuer verifier; do
  password="$(cat "/run/secrets/${service}-db-password")"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
