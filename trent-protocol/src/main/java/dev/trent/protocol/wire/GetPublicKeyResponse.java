package dev.trent.protocol.wire;

import java.util.List;

/**
 * GetPublicKey's output: the DER SubjectPublicKeyInfo and what the key may be used for. Of the
 * algorithm lists, only the one of the key's usage is present; the others are null.
 */
public record GetPublicKeyResponse(
    String keyId,
    byte[] publicKey,
    String customerMasterKeySpec,
    String keySpec,
    String keyUsage,
    List<String> encryptionAlgorithms,
    List<String> signingAlgorithms,
    List<String> keyAgreementAlgorithms,
    List<String> encapsulationAlgorithms) {}
