package dev.trent.protocol.wire;

public record ListGrantsRequest(
    Integer limit, String marker, String keyId, String grantId, String granteePrincipal,
    String granteeServicePrincipal) {}
