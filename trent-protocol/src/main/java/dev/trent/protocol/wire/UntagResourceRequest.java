package dev.trent.protocol.wire;

import java.util.List;

public record UntagResourceRequest(String keyId, List<String> tagKeys) {}
