package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredManagedPolicy;
import dev.trent.store.WriteTransaction;

/**
 * Customer-managed policies: CreatePolicy and DeletePolicy. Trent keeps one version per policy, its
 * default ({@code v1}). Thread-safe.
 */
public final class ManagedPolicies {
  /** AWS's quota on a managed policy's size, without whitespace. */
  static final int MAX_SIZE = 6144;

  private final IamServices iam;

  public ManagedPolicies(IamServices iam) {
    this.iam = iam;
  }

  public StoredManagedPolicy create(IamCaller caller, String policyName, String path,
      String document, String description) {
    IamNames.name(policyName, "policyName", 1, 128);
    String policyPath = IamNames.path(path, "path");
    OwnedPolicies.checkDocument(document);
    if (description != null) {
      IamNames.length(description, "description", 0, 1000);
    }
    String arn = IdentityArns.policy(caller.accountId(), policyPath, policyName);
    iam.access().require(caller, "iam:CreatePolicy", arn);
    iam.policies().checkIdentityPolicy(document);
    if (OwnedPolicies.size(document) > MAX_SIZE) {
      throw new LimitExceeded("Cannot exceed quota for PolicySize: " + MAX_SIZE);
    }
    StoredManagedPolicy policy = new StoredManagedPolicy(caller.accountId(), iam.ids().policyId(),
        policyName, policyPath, arn, document, description, iam.clock().instant());
    try {
      return changing(tx -> {
        if (tx.managedPolicy(arn).isPresent()) {
          throw alreadyExists(policyName);
        }
        tx.insertManagedPolicy(policy);
        return policy;
      });
    } catch (StoreConflictException e) {
      throw alreadyExists(policyName);
    }
  }

  public void delete(IamCaller caller, String policyArn) {
    IamNames.required(policyArn, "policyArn");
    IamNames.length(policyArn, "policyArn", 20, 2048);
    iam.access().require(caller, "iam:DeletePolicy", policyArn);
    changing(tx -> {
      StoredManagedPolicy policy = tx.managedPolicy(policyArn)
          .filter(p -> p.accountId().equals(caller.accountId()))
          .orElseThrow(() -> new NoSuchEntity("Policy " + policyArn + " was not found."));
      if (tx.attachmentCount(policy.arn()) > 0) {
        throw new DeleteConflict("Cannot delete a policy attached to entities.");
      }
      tx.deleteManagedPolicy(policy.arn());
      return null;
    });
  }

  private <T> T changing(java.util.function.Function<WriteTransaction, T> work) {
    T result = iam.store().write(work);
    iam.changed().run();
    return result;
  }

  private static EntityAlreadyExists alreadyExists(String name) {
    return new EntityAlreadyExists(
        "A policy called " + name + " already exists. Duplicate names are not allowed.");
  }
}
