package dev.trent.protocol.wire;

import java.util.List;

public record TagResourceRequest(String keyId, List<Tag> tags) {}
