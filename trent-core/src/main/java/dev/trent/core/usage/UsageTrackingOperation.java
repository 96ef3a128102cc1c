package dev.trent.core.usage;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.store.StoredKeyUsage;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Wraps a cryptographic operation so each success is noted in the {@link KeyUsageLog}, leaving the
 * operation itself untouched. The keys used are the response's {@code KeyId} and, for ReEncrypt,
 * {@code SourceKeyId}: every such response names its key by ARN. A failure (including a DryRun
 * answer, which is an exception) records nothing.
 */
final class UsageTrackingOperation<I, O> implements Operation<I, O> {
  private static final Set<String> KEY_MEMBERS = Set.of("keyId", "sourceKeyId");
  /**
   * The accessors of a response type's key members, looked up once per type: the JDK builds the
   * record components anew (natively) on every {@code getRecordComponents()} call, which cost a
   * twentieth of an Encrypt's server CPU.
   */
  private static final ClassValue<List<Method>> KEY_ACCESSORS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      List<Method> accessors = new ArrayList<>(2);
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          if (KEY_MEMBERS.contains(c.getName()) && c.getType() == String.class) {
            accessors.add(c.getAccessor());
          }
        }
      }
      return List.copyOf(accessors);
    }
  };

  private final Operation<I, O> operation;
  private final KeyUsageLog log;

  UsageTrackingOperation(Operation<I, O> operation, KeyUsageLog log) {
    this.operation = operation;
    this.log = log;
  }

  @Override
  public String name() {
    return operation.name();
  }

  @Override
  public Class<I> requestType() {
    return operation.requestType();
  }

  @Override
  public String action() {
    return operation.action();
  }

  @Override
  public Scope scope() {
    return operation.scope();
  }

  @Override
  public O execute(I request, RequestContext context) {
    O response = operation.execute(request, context);
    for (String keyId : keysOf(response)) {
      log.record(new StoredKeyUsage(keyId, name(), context.now(), context.requestId(), context.eventId()));
    }
    return response;
  }

  private static Set<String> keysOf(Object response) {
    Set<String> keys = new LinkedHashSet<>();
    if (response == null) {
      return keys;
    }
    for (Method accessor : KEY_ACCESSORS.get(response.getClass())) {
      try {
        String value = (String) accessor.invoke(response);
        if (value != null) {
          keys.add(value.substring(value.lastIndexOf('/') + 1));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("unreadable response member " + accessor.getName(), e);
      }
    }
    return keys;
  }
}
