package dev.trent.protocol.wire;

import java.util.List;

public record ListKeysResponse(List<KeyListEntry> keys, String nextMarker, Boolean truncated) {}
