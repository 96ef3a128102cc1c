package dev.trent.protocol.wire;

import java.util.List;

public record ListAliasesResponse(List<AliasListEntry> aliases, String nextMarker, Boolean truncated) {}
