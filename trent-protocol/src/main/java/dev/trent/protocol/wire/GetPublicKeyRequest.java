package dev.trent.protocol.wire;

import java.util.List;

public record GetPublicKeyRequest(String keyId, List<String> grantTokens) {}
