package dev.trent.protocol.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** The KeyMetadata structure of DescribeKey, CreateKey and friends; absent members are null. */
public record KeyMetadata(
    @JsonProperty("AWSAccountId") String awsAccountId,
    String keyId,
    String arn,
    Instant creationDate,
    Boolean enabled,
    String description,
    String keyUsage,
    String keyState,
    Instant deletionDate,
    Instant validTo,
    String origin,
    String keyManager,
    String customerMasterKeySpec,
    String keySpec,
    List<String> encryptionAlgorithms,
    List<String> signingAlgorithms,
    List<String> macAlgorithms,
    List<String> keyAgreementAlgorithms,
    List<String> encapsulationAlgorithms,
    Boolean multiRegion,
    Integer pendingDeletionWindowInDays,
    String currentKeyMaterialId,
    String expirationModel) {}
