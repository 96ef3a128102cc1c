package dev.trent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a {@code Condition} element: {@code {"<operator>": {"<key>": <value or values>}}}.
 * Unknown operators are refused ({@code Invalid Condition type : ...}, as IAM says); keys must name
 * their vendor ({@code kms:}, {@code aws:}, ...). Values may use policy variables in 2012-10-17
 * documents.
 */
final class ConditionParser {
  private ConditionParser() {}

  static ConditionElement parse(JsonNode node, boolean variables) {
    if (!node.isObject()) {
      throw new MalformedPolicyException(PolicyMessages.conditionNotObject("Condition"));
    }
    List<ConditionClause> clauses = new ArrayList<>();
    for (Map.Entry<String, JsonNode> block : node.properties()) {
      ConditionOperator operator = ConditionOperator.parse(block.getKey());
      if (operator == null) {
        throw new MalformedPolicyException(PolicyMessages.invalidConditionType(block.getKey()));
      }
      if (!block.getValue().isObject()) {
        throw new MalformedPolicyException(PolicyMessages.conditionNotObject("The block of condition operator " + block.getKey()));
      }
      for (Map.Entry<String, JsonNode> entry : block.getValue().properties()) {
        String key = entry.getKey();
        if (key.indexOf(':') <= 0) {
          throw new MalformedPolicyException(PolicyMessages.MISSING_VENDOR);
        }
        List<String> values = JsonElements.scalars(entry.getValue());
        if (values == null) {
          throw new MalformedPolicyException(PolicyMessages.conditionValues(key));
        }
        List<Template> templates = new ArrayList<>(values.size());
        for (String value : values) {
          templates.add(Template.parse(value, variables));
        }
        clauses.add(new ConditionClause(operator, key, templates));
      }
    }
    return clauses.isEmpty() ? ConditionElement.NONE : new ConditionElement(clauses);
  }
}
