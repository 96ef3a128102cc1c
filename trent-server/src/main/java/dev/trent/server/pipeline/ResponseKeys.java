package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The members of a response that name keys ({@link TouchedKeys#RESPONSE_MEMBERS}: {@code KeyId},
 * {@code SourceKeyId}, {@code KeyMetadata.Arn}), read from the response record itself, as the codec
 * would write them: the response is not written a second time, nor its ciphertext scanned, to find
 * them. Records without such members give an empty object.
 */
final class ResponseKeys {
  /** The accessors of a response type's key members, looked up once per type. */
  private record Accessors(Method keyId, Method sourceKeyId, Method keyMetadata) {}

  private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
    @Override
    protected Accessors computeValue(Class<?> type) {
      return new Accessors(accessor(type, "keyId", String.class), accessor(type, "sourceKeyId", String.class),
          accessor(type, "keyMetadata", null));
    }
  };
  private static final ClassValue<Method> ARN = new ClassValue<>() {
    @Override
    protected Method computeValue(Class<?> type) {
      return accessor(type, "arn", String.class);
    }
  };

  private ResponseKeys() {}

  static ObjectNode of(Object response) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    if (response == null) {
      return out;
    }
    Accessors a = ACCESSORS.get(response.getClass());
    Object metadata = read(a.keyMetadata(), response);
    if (metadata != null) {
      ObjectNode m = out.putObject("KeyMetadata");
      Object arn = read(ARN.get(metadata.getClass()), metadata);
      if (arn != null) {
        m.put("Arn", (String) arn);
      }
    }
    Object keyId = read(a.keyId(), response);
    if (keyId != null) {
      out.put("KeyId", (String) keyId);
    }
    Object sourceKeyId = read(a.sourceKeyId(), response);
    if (sourceKeyId != null) {
      out.put("SourceKeyId", (String) sourceKeyId);
    }
    return out;
  }

  /** The record component {@code name} of {@code type} (of type {@code type} when given), or null. */
  private static Method accessor(Class<?> type, String name, Class<?> valueType) {
    if (!type.isRecord()) {
      return null;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name) && (valueType == null || c.getType() == valueType)) {
        return c.getAccessor();
      }
    }
    return null;
  }

  private static Object read(Method accessor, Object target) {
    if (accessor == null) {
      return null;
    }
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("a wire record's accessor failed", e);
    }
  }
}
