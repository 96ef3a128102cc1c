package dev.trent.protocol.wire;

import java.util.List;

public record DescribeKeyRequest(String keyId, List<String> grantTokens) {}
