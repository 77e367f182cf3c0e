#!/usr/bin/env bash
# Runs once, when the postgres container starts on an empty data volume: one database per service that owns data,
# plus Keycloak's, each owned by a login role of the same name, reprisals by a separate owner (as the local stack does). The password comes from
# CIVICSPACE_DB_PASSWORD (deploy/compose/.env), passed to psql as a variable so it is never part of a command line.
set -euo pipefail

for database in registry accreditation events notifications keycloak; do
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v name="$database" -v password="$CIVICSPACE_DB_PASSWORD" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done

# reprisals belongs to reprisals_owner, which runs the migrations; the service runs as reprisals, which owns nothing
# and holds only what the migrations grant it: it may read and append to the audit log, never change it
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v password="$CIVICSPACE_DB_PASSWORD" <<'SQL'
CREATE ROLE reprisals_owner LOGIN PASSWORD :'password';
CREATE ROLE reprisals LOGIN PASSWORD :'password';
CREATE DATABASE reprisals OWNER reprisals_owner;
\connect reprisals
ALTER SCHEMA public OWNER TO reprisals_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO reprisals;
SQL
