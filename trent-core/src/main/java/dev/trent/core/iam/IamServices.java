package dev.trent.core.iam;

import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.core.identity.IdentityDirectory;
import dev.trent.core.identity.IdentityIds;
import dev.trent.store.Store;
import java.time.Clock;

/**
 * What the IAM and STS actions share.
 *
 * @param changed called after every committed change to identities, keys or policies, to drop the
 *     caches of this node (the directory's, the credential lookup's)
 */
public record IamServices(
    Store store,
    IdentityIds ids,
    AccessKeySecrets secrets,
    PolicyLanguage policies,
    IdentityDirectory directory,
    IamAccess access,
    Clock clock,
    Runnable changed) {

  public IamServices(Store store, IdentityIds ids, AccessKeySecrets secrets,
      PolicyLanguage policies, IdentityDirectory directory, Clock clock, Runnable changed) {
    this(store, ids, secrets, policies, directory, new IamAccess(directory, policies, clock), clock,
        () -> {
          directory.invalidate();
          changed.run();
        });
  }
}
