package dev.trent.protocol.wire;

import java.time.Instant;
import java.util.List;

/** One grant, as ListGrants and ListRetirableGrants show it. */
public record GrantListEntry(
    String keyId,
    String grantId,
    String name,
    Instant creationDate,
    String granteePrincipal,
    String retiringPrincipal,
    String issuingAccount,
    List<String> operations,
    GrantConstraints constraints,
    String granteeServicePrincipal,
    String retiringServicePrincipal) {}
