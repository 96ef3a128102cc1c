package dev.trent.protocol.wire;

public record CreateGrantResponse(String grantToken, String grantId) {}
