package dev.trent.protocol.wire;

import java.util.List;

/** ListGrants and ListRetirableGrants answer with this shape. */
public record ListGrantsResponse(List<GrantListEntry> grants, String nextMarker, Boolean truncated) {}
