package dev.trent.core.ops.grants;

import dev.trent.core.authz.GrantConstraint;
import dev.trent.core.key.Arns;
import dev.trent.protocol.error.InvalidMarkerException;
import dev.trent.protocol.validate.ValidationErrors;
import dev.trent.protocol.wire.GrantConstraints;
import dev.trent.protocol.wire.GrantListEntry;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.util.regex.Pattern;

/** How ListGrants and ListRetirableGrants show a grant, and their paging rules. */
final class GrantEntries {
  static final int DEFAULT_LIMIT = 50;
  private static final Pattern MARKER = Pattern.compile("[0-9a-f]{64}");

  private GrantEntries() {}

  /** API reference: Limit between 1 and 100, default 50. */
  static int limit(Integer limit) {
    int value = limit == null ? DEFAULT_LIMIT : limit;
    ValidationErrors.requireInRange("limit", value, 1, 100);
    return value;
  }

  /** A marker is the last grant id of the previous page. */
  static String marker(String marker) {
    if (marker != null && !MARKER.matcher(marker).matches()) {
      throw new InvalidMarkerException("Invalid marker");
    }
    return marker;
  }

  static GrantListEntry of(StoredGrant g, StoredKey key) {
    GrantConstraint c = GrantConstraint.fromJson(g.constraints());
    return new GrantListEntry(Arns.key(key.region(), key.accountId(), key.keyId()), g.grantId(),
        g.name(), g.creationDate(), g.granteePrincipal(), g.retiringPrincipal(), g.issuingAccount(),
        g.operations(), c.isNone() ? null : new GrantConstraints(c.subset(), c.exact(), null),
        null, null);
  }
}
