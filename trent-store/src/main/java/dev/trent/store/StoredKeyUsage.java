package dev.trent.store;

import java.time.Instant;

/** The last successful cryptographic use of a key: the API operation, when, and its request id. */
public record StoredKeyUsage(String keyId, String operation, Instant usedAt, String requestId) {}
