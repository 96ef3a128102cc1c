package dev.trent.protocol.wire;

import java.time.Instant;

public record GetKeyRotationStatusResponse(
    Boolean keyRotationEnabled,
    String keyId,
    Integer rotationPeriodInDays,
    Instant nextRotationDate,
    Instant onDemandRotationStartDate) {}
