package dev.trent.protocol.wire;

/** One entry of ListKeys. */
public record KeyListEntry(String keyId, String keyArn) {}
