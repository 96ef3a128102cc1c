package dev.trent.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code publicKey} is the peer's DER SubjectPublicKeyInfo: public, so not redacted. */
public record DeriveSharedSecretRequest(
    String keyId,
    String keyAgreementAlgorithm,
    byte[] publicKey,
    List<String> grantTokens,
    Boolean dryRun,
    JsonNode recipient) {}
