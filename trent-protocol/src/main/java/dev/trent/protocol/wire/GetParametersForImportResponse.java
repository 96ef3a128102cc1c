package dev.trent.protocol.wire;

import java.time.Instant;

public record GetParametersForImportResponse(
    String keyId, byte[] importToken, byte[] publicKey, Instant parametersValidTo) {}
