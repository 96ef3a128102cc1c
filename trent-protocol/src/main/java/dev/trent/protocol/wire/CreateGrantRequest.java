package dev.trent.protocol.wire;

import java.util.List;

public record CreateGrantRequest(
    String keyId,
    String granteePrincipal,
    String retiringPrincipal,
    List<String> operations,
    GrantConstraints constraints,
    List<String> grantTokens,
    String name,
    Boolean dryRun,
    String granteeServicePrincipal,
    String retiringServicePrincipal) {}
