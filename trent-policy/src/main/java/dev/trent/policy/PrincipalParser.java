package dev.trent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a {@code Principal}/{@code NotPrincipal} element into a {@link PrincipalElement}.
 *
 * <p>Accepted: {@code "*"}; {@code {"AWS": ...}} with {@code "*"}, a twelve-digit account, or the
 * ARN of an account root, IAM user, IAM role, assumed-role session or federated user; {@code
 * {"Service": ...}} with a service principal name; {@code {"Federated": ...}} with a provider.
 * Anything else, including partial wildcards ({@code arn:aws:iam::111122223333:user/*}), which AWS
 * does not allow in principals, is invalid: KMS says {@value PolicyMessages#INVALID_PRINCIPALS},
 * IAM names the principal.
 */
final class PrincipalParser {
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  private static final Pattern IAM_ARN = Pattern.compile(
      "arn:[a-z][a-z0-9-]*:iam::[0-9]{12}:(root|user/[^*?]+|role/[^*?]+)");
  private static final Pattern STS_ARN = Pattern.compile(
      "arn:[a-z][a-z0-9-]*:sts::[0-9]{12}:(assumed-role/[^/*?]+/[^/*?]+|federated-user/[^/*?]+)");
  private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*[a-z0-9]");
  private static final Pattern FEDERATED = Pattern.compile("[^*?\\s]+");

  private PrincipalParser() {}

  static PrincipalElement parse(JsonNode node, boolean negated, PolicyKind kind) {
    if (node.isTextual()) {
      if (node.textValue().equals("*")) {
        return new PrincipalElement(true, Set.of(), Set.of(), negated, List.of());
      }
      throw invalid(kind, "AWS", node.textValue());
    }
    if (!node.isObject() || node.isEmpty()) {
      throw invalid(kind, "AWS", node.toString());
    }
    boolean anyone = false;
    Set<String> accounts = new HashSet<>();
    Set<String> names = new HashSet<>();
    List<String> aws = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String type = entry.getKey();
      List<String> values = JsonElements.strings(entry.getValue());
      if (values == null || values.isEmpty()) {
        throw invalid(kind, type, entry.getValue().toString());
      }
      for (String value : values) {
        switch (type) {
          case "AWS" -> {
            boolean star = addAws(value, accounts, names, kind);
            anyone |= star;
            if (!star) {
              aws.add(value);
            }
          }
          case "Service" -> names.add(checked(SERVICE, type, value, kind));
          case "Federated" -> names.add(checked(FEDERATED, type, value, kind));
          default -> throw invalid(kind, type, value);
        }
      }
    }
    return new PrincipalElement(anyone, accounts, names, negated, aws);
  }

  /** Adds one AWS principal; true if it is {@code "*"}. */
  private static boolean addAws(String value, Set<String> accounts, Set<String> names, PolicyKind kind) {
    if (value.equals("*")) {
      return true;
    }
    if (ACCOUNT.matcher(value).matches()) {
      accounts.add(value);
    } else if (IAM_ARN.matcher(value).matches() && value.endsWith(":root")) {
      accounts.add(accountOf(value));
    } else if (IAM_ARN.matcher(value).matches() || STS_ARN.matcher(value).matches()) {
      names.add(value);
    } else {
      throw invalid(kind, "AWS", value);
    }
    return false;
  }

  private static String accountOf(String arn) {
    // arn:<partition>:<service>::<account>:<resource>
    int start = arn.indexOf("::") + 2;
    return arn.substring(start, start + 12);
  }

  private static String checked(Pattern pattern, String type, String value, PolicyKind kind) {
    if (!pattern.matcher(value).matches()) {
      throw invalid(kind, type, value);
    }
    return value;
  }

  private static MalformedPolicyException invalid(PolicyKind kind, String type, String value) {
    return new MalformedPolicyException(kind == PolicyKind.TRUST
        ? PolicyMessages.invalidTrustPrincipal(type, value)
        : PolicyMessages.INVALID_PRINCIPALS);
  }
}
