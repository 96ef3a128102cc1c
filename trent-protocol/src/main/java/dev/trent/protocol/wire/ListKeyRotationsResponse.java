package dev.trent.protocol.wire;

import java.util.List;

public record ListKeyRotationsResponse(
    List<RotationsListEntry> rotations, String nextMarker, Boolean truncated) {}
