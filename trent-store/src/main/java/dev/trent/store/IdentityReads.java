package dev.trent.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads of IAM identities: accounts, users, roles, access keys, policies. Part of {@link
 * ReadTransaction}. Names of users, roles and managed policies are matched regardless of case;
 * lists are ordered by the binary order of the name, like every list of the store.
 */
public interface IdentityReads {
  Optional<StoredAccount> account(String accountId);

  Optional<StoredUser> user(String accountId, String userName);

  /** Users of the account whose path starts with {@code pathPrefix}, by name, after {@code afterName}. */
  List<StoredUser> users(String accountId, String pathPrefix, String afterName, int limit);

  Optional<StoredRole> role(String accountId, String roleName);

  Optional<StoredAccessKey> accessKey(String accessKeyId);

  /** The access keys of a user, role or root (by owner id), by access key id. */
  List<StoredAccessKey> accessKeys(String ownerId);

  /** The tags of a user or role (by its unique id), by tag key. */
  Map<String, String> identityTags(String ownerId);

  Optional<StoredInlinePolicy> inlinePolicy(String ownerId, String policyName);

  /** Inline policies of a user or role, by name. */
  List<StoredInlinePolicy> inlinePolicies(String ownerId);

  Optional<StoredManagedPolicy> managedPolicy(String policyArn);

  /** ARNs of the managed policies attached to a user or role, in binary order. */
  List<String> attachedPolicies(String ownerId);

  /** How many users and roles the managed policy is attached to. */
  int attachmentCount(String policyArn);
}
