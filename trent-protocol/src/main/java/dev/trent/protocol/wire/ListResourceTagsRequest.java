package dev.trent.protocol.wire;

public record ListResourceTagsRequest(String keyId, Integer limit, String marker) {}
