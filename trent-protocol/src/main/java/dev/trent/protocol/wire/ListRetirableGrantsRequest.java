package dev.trent.protocol.wire;

public record ListRetirableGrantsRequest(
    Integer limit, String marker, String retiringPrincipal, String retiringServicePrincipal) {}
