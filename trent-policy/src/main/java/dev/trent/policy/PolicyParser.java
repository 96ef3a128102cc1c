package dev.trent.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a policy document into a {@link Policy}, enforcing the grammar of the IAM policy language
 * and the rules of each {@link PolicyKind}. Element names are case-sensitive; duplicate JSON keys
 * are refused (a silently dropped duplicate could hide a Deny).
 */
final class PolicyParser {
  static final String VERSION_2012 = "2012-10-17";
  static final String VERSION_2008 = "2008-10-17";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_ELEMENTS = Set.of(
      "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final Pattern IAM_SID = Pattern.compile("[0-9A-Za-z]*");
  private static final Pattern VENDOR = Pattern.compile("[A-Za-z0-9-]+");

  private PolicyParser() {}

  static Policy parse(String json, PolicyKind kind) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new MalformedPolicyException(PolicyMessages.SYNTAX_ERRORS);
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedPolicyException(PolicyMessages.SYNTAX_ERRORS);
    }
    if (!root.isObject()) {
      throw new MalformedPolicyException(PolicyMessages.NOT_AN_OBJECT);
    }
    rejectUnknown(root, DOCUMENT_ELEMENTS);
    String version = VERSION_2008;
    JsonNode versionNode = root.get("Version");
    if (versionNode != null) {
      version = text(versionNode, "Version");
      if (!version.equals(VERSION_2012) && !version.equals(VERSION_2008)) {
        throw new MalformedPolicyException(PolicyMessages.invalidVersion(version));
      }
    }
    String id = root.has("Id") ? text(root.get("Id"), "Id") : null;
    boolean variables = version.equals(VERSION_2012);
    List<Statement> statements = new ArrayList<>();
    Set<String> sids = new HashSet<>();
    for (JsonNode node : statementNodes(root.get("Statement"))) {
      Statement statement = statement(node, kind, variables);
      if (statement.sid() != null && !statement.sid().isEmpty() && !sids.add(statement.sid())) {
        throw new MalformedPolicyException(PolicyMessages.DUPLICATE_SIDS);
      }
      statements.add(statement);
    }
    return new Policy(json, version, id, statements);
  }

  private static List<JsonNode> statementNodes(JsonNode node) {
    if (node == null) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_STATEMENT);
    }
    if (node.isObject()) {
      return List.of(node);
    }
    if (!node.isArray()) {
      throw new MalformedPolicyException(PolicyMessages.STATEMENT_NOT_AN_OBJECT);
    }
    if (node.isEmpty()) {
      throw new MalformedPolicyException(PolicyMessages.NO_STATEMENTS);
    }
    List<JsonNode> nodes = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isObject()) {
        throw new MalformedPolicyException(PolicyMessages.STATEMENT_NOT_AN_OBJECT);
      }
      nodes.add(element);
    }
    return nodes;
  }

  private static Statement statement(JsonNode node, PolicyKind kind, boolean variables) {
    rejectUnknown(node, STATEMENT_ELEMENTS);
    String sid = node.has("Sid") ? text(node.get("Sid"), "Sid") : null;
    if (sid != null && kind != PolicyKind.RESOURCE && !IAM_SID.matcher(sid).matches()) {
      throw new MalformedPolicyException(PolicyMessages.SID_NOT_ALPHANUMERIC);
    }
    boolean deny = effect(node.get("Effect"));
    PrincipalElement principal = principal(node, kind);
    ActionElement action = action(node, kind);
    ResourceElement resource = resource(node, kind, variables);
    JsonNode condition = node.get("Condition");
    ConditionElement conditions = condition == null ? ConditionElement.NONE : ConditionParser.parse(condition, variables);
    return new Statement(sid, deny, principal, action, resource, conditions);
  }

  /** True for Deny, false for Allow. */
  private static boolean effect(JsonNode node) {
    if (node == null) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_EFFECT);
    }
    String effect = text(node, "Effect");
    if (effect.equals("Allow")) {
      return false;
    }
    if (effect.equals("Deny")) {
      return true;
    }
    throw new MalformedPolicyException(PolicyMessages.invalidEffect(effect));
  }

  private static PrincipalElement principal(JsonNode node, PolicyKind kind) {
    JsonNode positive = node.get("Principal");
    JsonNode negative = node.get("NotPrincipal");
    if (positive != null && negative != null) {
      throw new MalformedPolicyException(PolicyMessages.bothElements("Principal"));
    }
    if (kind == PolicyKind.IDENTITY) {
      if (positive != null || negative != null) {
        throw new MalformedPolicyException(PolicyMessages.PRINCIPAL_NOT_ALLOWED);
      }
      return PrincipalElement.IMPLIED;
    }
    if (positive == null && negative == null) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_PRINCIPAL);
    }
    return positive != null ? PrincipalParser.parse(positive, false, kind) : PrincipalParser.parse(negative, true, kind);
  }

  private static ActionElement action(JsonNode node, PolicyKind kind) {
    JsonNode positive = node.get("Action");
    JsonNode negative = node.get("NotAction");
    if (positive != null && negative != null) {
      throw new MalformedPolicyException(PolicyMessages.bothElements("Action"));
    }
    if (positive == null && negative == null) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_ACTIONS);
    }
    String element = positive != null ? "Action" : "NotAction";
    List<String> actions = JsonElements.strings(positive != null ? positive : negative);
    if (actions == null) {
      throw new MalformedPolicyException(PolicyMessages.notStrings(element));
    }
    if (actions.isEmpty()) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_ACTIONS);
    }
    for (String action : actions) {
      checkAction(action, kind);
    }
    return new ActionElement(actions, negative != null);
  }

  private static void checkAction(String action, PolicyKind kind) {
    if (action.equals("*")) {
      return;
    }
    int colon = action.indexOf(':');
    if (colon < 0) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_VENDOR);
    }
    if (action.indexOf(':', colon + 1) >= 0) {
      throw new MalformedPolicyException(PolicyMessages.ONE_COLON_ONLY);
    }
    String vendor = action.substring(0, colon);
    if (!VENDOR.matcher(vendor).matches()) {
      throw new MalformedPolicyException(PolicyMessages.vendorNotValid(vendor));
    }
    if (kind == PolicyKind.TRUST && !vendor.equalsIgnoreCase("sts")) {
      throw new MalformedPolicyException(PolicyMessages.TRUST_ACTIONS_ONLY);
    }
  }

  private static ResourceElement resource(JsonNode node, PolicyKind kind, boolean variables) {
    JsonNode positive = node.get("Resource");
    JsonNode negative = node.get("NotResource");
    if (positive != null && negative != null) {
      throw new MalformedPolicyException(PolicyMessages.bothElements("Resource"));
    }
    if (kind == PolicyKind.TRUST) {
      if (positive != null || negative != null) {
        throw new MalformedPolicyException(PolicyMessages.PROHIBITED_RESOURCE);
      }
      return ResourceElement.ANY;
    }
    if (positive == null && negative == null) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_RESOURCES);
    }
    String element = positive != null ? "Resource" : "NotResource";
    List<String> resources = JsonElements.strings(positive != null ? positive : negative);
    if (resources == null) {
      throw new MalformedPolicyException(PolicyMessages.notStrings(element));
    }
    if (resources.isEmpty()) {
      throw new MalformedPolicyException(PolicyMessages.MISSING_RESOURCES);
    }
    List<Template> templates = new ArrayList<>(resources.size());
    for (String resource : resources) {
      if (!resource.equals("*") && !(resource.startsWith("arn:") && colons(resource) >= 5)) {
        throw new MalformedPolicyException(PolicyMessages.resourceNotArn(resource));
      }
      templates.add(Template.parse(resource, variables));
    }
    return new ResourceElement(templates, negative != null);
  }

  private static int colons(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':') {
        count++;
      }
    }
    return count;
  }

  private static String text(JsonNode node, String element) {
    if (!node.isTextual()) {
      throw new MalformedPolicyException(PolicyMessages.notAString(element));
    }
    return node.textValue();
  }

  private static void rejectUnknown(JsonNode node, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new MalformedPolicyException(PolicyMessages.unknownField(name));
      }
    }
  }
}
