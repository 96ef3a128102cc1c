package dev.trent.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;

public record GenerateRandomRequest(Integer numberOfBytes, String customKeyStoreId, JsonNode recipient) {}
