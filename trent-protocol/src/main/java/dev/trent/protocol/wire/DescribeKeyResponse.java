package dev.trent.protocol.wire;

public record DescribeKeyResponse(KeyMetadata keyMetadata) {}
