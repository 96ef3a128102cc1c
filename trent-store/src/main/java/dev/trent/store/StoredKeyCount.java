package dev.trent.store;

/** How many keys, across all accounts and regions, are in one key state with one key spec. */
public record StoredKeyCount(String keyState, String keySpec, long count) {}
