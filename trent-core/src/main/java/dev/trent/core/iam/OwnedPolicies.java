package dev.trent.core.iam;

import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredInlinePolicy;
import dev.trent.store.WriteTransaction;
import java.util.Locale;

/**
 * Inline policies and managed-policy attachments of users and roles: the rules both share.
 * Runs inside the caller's transaction.
 */
final class OwnedPolicies {
  /** AWS's quota of managed policies attached to one user or role. */
  static final int MAX_ATTACHED = 10;
  static final int MAX_DOCUMENT = 131_072;

  private final PolicyLanguage policies;

  OwnedPolicies(PolicyLanguage policies) {
    this.policies = policies;
  }

  void put(WriteTransaction tx, PolicyOwner owner, String policyName, String document) {
    IamNames.name(policyName, "policyName", 1, 128);
    checkDocument(document);
    policies.checkIdentityPolicy(document);
    int total = size(document);
    for (StoredInlinePolicy other : tx.inlinePolicies(owner.ownerId())) {
      if (!other.policyName().equals(policyName)) {
        total += size(other.document());
      }
    }
    if (total > owner.inlineQuota()) {
      throw new LimitExceeded("Maximum policy size of " + owner.inlineQuota()
          + " bytes exceeded for " + owner.kind().toLowerCase(Locale.ROOT) + " " + owner.name());
    }
    tx.putInlinePolicy(new StoredInlinePolicy(owner.ownerId(), policyName, document));
  }

  String get(ReadTransaction tx, PolicyOwner owner, String policyName) {
    IamNames.name(policyName, "policyName", 1, 128);
    return tx.inlinePolicy(owner.ownerId(), policyName).map(StoredInlinePolicy::document)
        .orElseThrow(() -> noSuchInline(owner, policyName));
  }

  void delete(WriteTransaction tx, PolicyOwner owner, String policyName) {
    IamNames.name(policyName, "policyName", 1, 128);
    if (!tx.deleteInlinePolicy(owner.ownerId(), policyName)) {
      throw noSuchInline(owner, policyName);
    }
  }

  void attach(WriteTransaction tx, PolicyOwner owner, String policyArn) {
    IamNames.required(policyArn, "policyArn");
    IamNames.length(policyArn, "policyArn", 20, 2048);
    if (tx.managedPolicy(policyArn).filter(p -> p.accountId().equals(owner.accountId())).isEmpty()) {
      throw new NoSuchEntity("Policy " + policyArn + " does not exist or is not attachable.");
    }
    String stored = tx.managedPolicy(policyArn).orElseThrow().arn();
    if (tx.attachedPolicies(owner.ownerId()).contains(stored)) {
      return;
    }
    if (tx.attachedPolicies(owner.ownerId()).size() >= MAX_ATTACHED) {
      throw new LimitExceeded("Cannot exceed quota for PoliciesPer" + owner.kind() + ": "
          + MAX_ATTACHED);
    }
    tx.attachPolicy(owner.ownerId(), stored);
  }

  void detach(WriteTransaction tx, PolicyOwner owner, String policyArn) {
    IamNames.required(policyArn, "policyArn");
    String stored = tx.managedPolicy(policyArn).map(p -> p.arn()).orElse(policyArn);
    if (!tx.detachPolicy(owner.ownerId(), stored)) {
      throw new NoSuchEntity("Policy " + policyArn + " was not found.");
    }
  }

  /** The dependents that block deleting the owner, as AWS's DeleteConflict says. */
  void requireNoPolicies(WriteTransaction tx, PolicyOwner owner) {
    if (!tx.inlinePolicies(owner.ownerId()).isEmpty()) {
      throw new DeleteConflict("Cannot delete entity, must delete policies first.");
    }
    if (!tx.attachedPolicies(owner.ownerId()).isEmpty()) {
      throw new DeleteConflict("Cannot delete entity, must detach all policies first.");
    }
  }

  static void checkDocument(String document) {
    IamNames.required(document, "policyDocument");
    IamNames.length(document, "policyDocument", 1, MAX_DOCUMENT);
  }

  /** IAM counts a policy's size without its whitespace. */
  static int size(String document) {
    return (int) document.chars().filter(c -> !Character.isWhitespace(c)).count();
  }

  private static NoSuchEntity noSuchInline(PolicyOwner owner, String policyName) {
    return new NoSuchEntity("The " + owner.kind().toLowerCase(Locale.ROOT) + " policy with name "
        + policyName + " cannot be found.");
  }
}
