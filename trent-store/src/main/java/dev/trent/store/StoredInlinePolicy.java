package dev.trent.store;

/** An inline policy embedded in a user or role (by the owner's unique id). */
public record StoredInlinePolicy(String ownerId, String policyName, String document) {}
