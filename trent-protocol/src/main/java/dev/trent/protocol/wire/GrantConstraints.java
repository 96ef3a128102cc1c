package dev.trent.protocol.wire;

import java.util.Map;

/** A grant's encryption-context constraints; each null when absent. */
public record GrantConstraints(
    Map<String, String> encryptionContextSubset, Map<String, String> encryptionContextEquals, String sourceArn) {}
