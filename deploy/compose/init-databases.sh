#!/usr/bin/env bash
# Runs once, when the postgres container starts on an empty data volume: one database per service that owns data,
# plus Keycloak's, each owned by a login role of the same name (as the local stack does). The password comes from
# CIVICSPACE_DB_PASSWORD (deploy/compose/.env), passed to psql as a variable so it is never part of a command line.
set -euo pipefail

for database in registry accreditation events reprisals keycloak; do
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v name="$database" -v password="$CIVICSPACE_DB_PASSWORD" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
