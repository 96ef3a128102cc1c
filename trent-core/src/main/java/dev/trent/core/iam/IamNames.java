package dev.trent.core.iam;

import dev.trent.store.WriteTransaction;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameter constraints of the IAM API reference, failing with AWS's ValidationError text:
 * {@code 1 validation error detected: Value 'x' at 'userName' failed to satisfy constraint: ...}.
 */
public final class IamNames {
  /** UserName, RoleName, PolicyName, RoleSessionName: {@code [\w+=,.@-]+}. */
  private static final String NAME_PATTERN = "[\\w+=,.@-]+";
  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
  private static final String PATH_PATTERN = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)";
  private static final Pattern PATH = Pattern.compile(PATH_PATTERN);
  private static final int MAX_TAGS = 50;

  private IamNames() {}

  /** A required name of at most {@code max} characters. */
  public static String name(String value, String member, int min, int max) {
    required(value, member);
    length(value, member, min, max);
    if (!NAME.matcher(value).matches()) {
      throw invalid(value, member, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
    }
    return value;
  }

  /** An optional path, {@code /} when absent. */
  public static String path(String value, String member) {
    if (value == null) {
      return "/";
    }
    length(value, member, 1, 512);
    if (!PATH.matcher(value).matches()) {
      throw invalid(value, member, "Member must satisfy regular expression pattern: " + PATH_PATTERN);
    }
    return value;
  }

  public static String required(String value, String member) {
    if (value == null) {
      throw new ValidationError("1 validation error detected: Value null at '" + member
          + "' failed to satisfy constraint: Member must not be null");
    }
    return value;
  }

  public static void length(String value, String member, int min, int max) {
    if (value.length() < min) {
      throw invalid(value, member, "Member must have length greater than or equal to " + min);
    }
    if (value.length() > max) {
      throw invalid(value, member, "Member must have length less than or equal to " + max);
    }
  }

  /** Tag keys 1..128 and values 0..256 characters, at most 50 tags per entity. */
  public static void tags(Map<String, String> tags, int existing) {
    tags.forEach((key, value) -> {
      length(key, "tags.member.key", 1, 128);
      length(value, "tags.member.value", 0, 256);
    });
    if (existing > MAX_TAGS) {
      throw new LimitExceeded("The number of tags has reached the maximum limit.");
    }
  }

  /**
   * Adds {@code tags} to the user or role {@code ownerId}, replacing values of keys it has: IAM's
   * quota counts the tags the entity keeps afterwards.
   */
  static void addTags(WriteTransaction tx, String ownerId, Map<String, String> tags) {
    Set<String> keys = new HashSet<>(tx.identityTags(ownerId).keySet());
    keys.addAll(tags.keySet());
    tags(Map.of(), keys.size());
    tags.forEach((k, v) -> tx.putIdentityTag(ownerId, k, v));
  }

  static ValidationError invalid(String value, String member, String constraint) {
    return new ValidationError("1 validation error detected: Value '" + value + "' at '" + member
        + "' failed to satisfy constraint: " + constraint);
  }
}
