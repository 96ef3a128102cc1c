package dev.trent.protocol.wire;

import java.util.List;

public record CreateKeyRequest(
    String policy,
    String description,
    String keyUsage,
    String customerMasterKeySpec,
    String keySpec,
    String origin,
    String customKeyStoreId,
    Boolean bypassPolicyLockoutSafetyCheck,
    List<Tag> tags,
    Boolean multiRegion,
    String xksKeyId) {}
