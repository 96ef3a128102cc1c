package dev.trent.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A grant on one key. The store keeps the fields as given: operation names are the API's (e.g.
 * {@code Encrypt}), and {@code constraints} is an opaque document owned by the caller (null when
 * the grant has none).
 *
 * @param name the client's name for idempotent retries, or null
 * @param retiringPrincipal the principal that may retire the grant besides the usual ones, or null
 * @param issuingAccount the account root ARN of the grant's creator
 */
public record StoredGrant(
    String grantId,
    String keyId,
    String name,
    String granteePrincipal,
    String retiringPrincipal,
    String issuingAccount,
    List<String> operations,
    String constraints,
    Instant creationDate) {
  public StoredGrant {
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(granteePrincipal, "granteePrincipal");
    Objects.requireNonNull(issuingAccount, "issuingAccount");
    Objects.requireNonNull(creationDate, "creationDate");
    operations = List.copyOf(operations);
    for (String operation : operations) {
      if (operation.isEmpty() || operation.contains(",")) {
        throw new IllegalArgumentException("operation names are non-empty and comma-free");
      }
    }
  }
}
