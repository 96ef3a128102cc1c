package dev.trent.store;

/** One tag of a key. */
public record StoredTag(String keyId, String tagKey, String tagValue) {}
