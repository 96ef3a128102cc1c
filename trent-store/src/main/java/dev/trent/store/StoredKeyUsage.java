package dev.trent.store;

import java.time.Instant;

/**
 * The last successful cryptographic use of a key: the API operation, when, its request id and the
 * id of its audit (CloudTrail) event, which may be null.
 */
public record StoredKeyUsage(
    String keyId, String operation, Instant usedAt, String requestId, String eventId) {}
