-- The audit chain is keyed: new entries carry an HMAC-SHA256 under a key that is never in the database. Entries
-- written before this carry the unkeyed SHA-256 and are accepted only at the start of the chain.
ALTER TABLE audit_entry ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT false;
-- the entry that the latest checkpoint outside the database anchors (only to know when the head moved since)
ALTER TABLE audit_head ADD COLUMN anchored_sequence BIGINT NOT NULL DEFAULT 0;

-- The service runs as ${runtime_role}, which owns nothing: it reads and writes rows, and may only read and append to
-- the audit log. It cannot update, delete or truncate entries, nor disable the trigger (that needs ownership).
-- Where the service still runs as the owner (one login for both), these grants change nothing for it.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime_role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtime_role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${runtime_role};
DO $$ BEGIN
    IF '${runtime_role}' <> current_user THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${flyway:table} FROM ${runtime_role};
    END IF;
END $$;
