package org.civicspace.reprisals.commons.application;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reprisals service; keys come from the environment only in production. */
@ConfigMapping(prefix = "civicspace.reprisals")
public interface ReprisalsConfig {

    /** Master keys by key id, each the base64 of 32 random bytes; keep old ids until the rotation has run. */
    Map<String, String> masterKeys();

    /** The id of the master key that wraps new data keys, and that rotation re-wraps every data key under. */
    String activeKeyId();

    /** The active master key given on its own, under the active key id ({@code CIVICSPACE_REPRISALS_MASTER_KEY}). */
    Optional<String> masterKey();

    /** The base64 256-bit key of the duplicate-detection blind index ({@code CIVICSPACE_REPRISALS_BLIND_INDEX_KEY}). */
    Optional<String> blindIndexKey();

    /** How long a critical case may wait for its first response. */
    @WithDefault("24h")
    Duration firstResponseDeadline();

    /** How long identifying data is kept after a case closes; then it is crypto-shredded. */
    @WithDefault("1825d")
    Duration retentionAfterClosure();

    /** How often the first-response watch and the retention sweep run. */
    @WithDefault("60s")
    String jobsEvery();

    /** The audit log's chain and its anchors outside the database. */
    Audit audit();

    /** The secure intake, open to people without an account. */
    Intake intake();

    /** Limits of the secure intake. */
    interface Intake {

        /** How many intake or follow-up requests one client address may make per window. */
        @WithDefault("10")
        int maxRequestsPerAddress();

        /** The window of that limit. */
        @WithDefault("1h")
        Duration window();

        /** The most addresses held in memory at once; past that the least recently used are forgotten. */
        @WithDefault("100000")
        long maxAddresses();
    }

    /** The audit log: the key of its MAC chain, and how often its head is anchored outside the database. */
    interface Audit {

        /** The base64 256-bit key of the chain's MACs ({@code CIVICSPACE_REPRISALS_AUDIT_KEY}); never in the database. */
        Optional<String> key();

        /** The name of this chain in the checkpoint topic, which several deployments may share. */
        @WithDefault("reprisals")
        String chain();

        /** How often the head is anchored when it moved. */
        @WithDefault("60s")
        String checkpointEvery();

        /** The head is also anchored at every entry whose sequence is a multiple of this. */
        @WithDefault("100")
        int checkpointEntries();
    }
}
