package dev.trent.protocol.wire;

import java.time.Instant;

public record RotationsListEntry(
    String keyId,
    String keyMaterialId,
    String keyMaterialDescription,
    String importState,
    String keyMaterialState,
    String expirationModel,
    Instant validTo,
    Instant rotationDate,
    String rotationType) {}
