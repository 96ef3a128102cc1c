package dev.trent.store;

import java.time.Instant;

/** An alias: a name unique within its account and region, pointing at one key. */
public record StoredAlias(
    String accountId,
    String region,
    String aliasName,
    String targetKeyId,
    Instant creationDate,
    Instant lastUpdatedDate) {}
