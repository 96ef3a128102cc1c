package dev.trent.protocol.wire;

public record GetParametersForImportRequest(
    String keyId, String wrappingAlgorithm, String wrappingKeySpec) {}
