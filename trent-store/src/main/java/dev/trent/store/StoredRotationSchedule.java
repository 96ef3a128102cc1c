package dev.trent.store;

import java.time.Instant;

/** Automatic rotation of one key, present only while it is enabled. */
public record StoredRotationSchedule(String keyId, int periodInDays, Instant nextRotationDate) {}
