package dev.trent.protocol.wire;

import java.util.List;

public record ListResourceTagsResponse(List<Tag> tags, String nextMarker, Boolean truncated) {}
