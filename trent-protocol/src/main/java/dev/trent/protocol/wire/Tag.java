package dev.trent.protocol.wire;

/** A key tag as the wire carries it. */
public record Tag(String tagKey, String tagValue) {}
