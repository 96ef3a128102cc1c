package dev.trent.core;

import dev.trent.core.ops.aliases.CreateAlias;
import dev.trent.core.ops.aliases.DeleteAlias;
import dev.trent.core.ops.aliases.ListAliases;
import dev.trent.core.ops.aliases.UpdateAlias;
import dev.trent.core.ops.asymmetric.AsymmetricOperations;
import dev.trent.core.ops.crypto.Decrypt;
import dev.trent.core.ops.crypto.Encrypt;
import dev.trent.core.ops.crypto.GenerateDataKey;
import dev.trent.core.ops.crypto.GenerateDataKeyWithoutPlaintext;
import dev.trent.core.ops.crypto.GenerateRandom;
import dev.trent.core.ops.crypto.ReEncrypt;
import dev.trent.core.ops.derived.DerivedSecretOperations;
import dev.trent.core.ops.keys.CancelKeyDeletion;
import dev.trent.core.ops.keys.CreateKey;
import dev.trent.core.ops.keys.DescribeKey;
import dev.trent.core.ops.keys.DisableKey;
import dev.trent.core.ops.keys.EnableKey;
import dev.trent.core.ops.keys.ListKeys;
import dev.trent.core.ops.keys.ScheduleKeyDeletion;
import dev.trent.core.ops.keys.UpdateKeyDescription;
import dev.trent.core.ops.grants.CreateGrant;
import dev.trent.core.ops.grants.ListGrants;
import dev.trent.core.ops.grants.ListRetirableGrants;
import dev.trent.core.ops.grants.RetireGrant;
import dev.trent.core.ops.grants.RevokeGrant;
import dev.trent.core.ops.imports.ImportOperations;
import dev.trent.core.ops.policies.GetKeyPolicy;
import dev.trent.core.ops.policies.ListKeyPolicies;
import dev.trent.core.ops.policies.PutKeyPolicy;
import dev.trent.core.ops.rotation.RotationOperations;
import dev.trent.core.ops.tags.ListResourceTags;
import dev.trent.core.ops.tags.TagResource;
import dev.trent.core.ops.tags.UntagResource;
import dev.trent.core.usage.GetKeyLastUsage;
import dev.trent.core.usage.KeyUsageLog;
import dev.trent.core.usage.UsageTracking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every operation Trent serves, by API name. Immutable. */
public final class OperationCatalog {
  private final Map<String, Operation<?, ?>> byName;

  /** With a usage log that is never flushed: for tests that only need the catalog's shape. */
  public OperationCatalog(Services s) {
    this(s, new KeyUsageLog(s.store()));
  }

  /** Cryptographic operations record each success in {@code usage}, for GetKeyLastUsage. */
  public OperationCatalog(Services s, KeyUsageLog usage) {
    List<Operation<?, ?>> all = new ArrayList<>(List.of(
        new CreateKey(s), new DescribeKey(s), new ListKeys(s), new EnableKey(s), new DisableKey(s),
        new UpdateKeyDescription(s), new ScheduleKeyDeletion(s), new CancelKeyDeletion(s),
        new Encrypt(s), new Decrypt(s), new ReEncrypt(s), new GenerateDataKey(s),
        new GenerateDataKeyWithoutPlaintext(s), new GenerateRandom(s),
        new CreateAlias(s), new UpdateAlias(s), new DeleteAlias(s), new ListAliases(s),
        new TagResource(s), new UntagResource(s), new ListResourceTags(s),
        new GetKeyPolicy(s), new PutKeyPolicy(s), new ListKeyPolicies(s),
        new CreateGrant(s), new ListGrants(s), new ListRetirableGrants(s), new RetireGrant(s),
        new RevokeGrant(s)));
    all.addAll(AsymmetricOperations.all(s));
    all.addAll(DerivedSecretOperations.all(s));
    all.addAll(RotationOperations.all(s));
    all.addAll(ImportOperations.all(s));
    all.add(new GetKeyLastUsage(s, usage));
    this.byName = all.stream().map(op -> UsageTracking.wrap(op, usage))
        .collect(Collectors.toUnmodifiableMap(Operation::name, Function.identity()));
  }

  public Optional<Operation<?, ?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return byName.keySet();
  }
}
