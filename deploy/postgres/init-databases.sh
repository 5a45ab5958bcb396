#!/usr/bin/env bash
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d), as the
# superuser; the production-topology test (demo, ProductionTopologyTest) runs it on its own cluster.
# Per service, one database and two roles, neither a superuser nor able to create databases or
# roles: <service> owns the database and its schema (Flyway migrates as it); <service>_app is what
# the service runs as, with reading and writing rows only (no DDL: it cannot create, alter or drop
# tables, nor switch off the append-only triggers). Services talk over HTTP, never through each
# other's tables. The passwords are the secrets <service>-db-password and <service>-app-db-password,
# files in GVR_SECRETS_DIR (default /run/secrets, as docker-compose.yml mounts them).
set -euo pipefail
secrets="${GVR_SECRETS_DIR:-/run/secrets}"
for service in registry issuer verifier; do
  password="$(cat "$secrets/${service}-db-password")"
  app_password="$(cat "$secrets/${service}-app-db-password")"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="$service" -v password="$password" \
    -v app="${service}_app" -v app_password="$app_password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"role" TO :"app";
\connect :"role"
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"role";
GRANT USAGE ON SCHEMA public TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"role" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"role" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";
SQL
done
