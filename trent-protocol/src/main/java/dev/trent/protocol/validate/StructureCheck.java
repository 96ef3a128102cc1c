package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.StringJoiner;

/**
 * A structure: each member in model order, absent or null ones only checked for being required.
 * Members the model does not know are ignored, as AWS ignores them.
 */
final class StructureCheck extends Check {
  /** One member, with everything needed per request worked out in advance. */
  record MemberCheck(String name, String camelName, boolean required, Check check) {}

  private final List<MemberCheck> members;

  StructureCheck(List<MemberCheck> members) {
    this.members = List.copyOf(members);
  }

  @Override
  void check(JsonNode value, MemberPath path, List<ConstraintViolation> out) {
    if (!value.isObject()) {
      throw TypeMismatch.structure(value);
    }
    for (MemberCheck member : members) {
      JsonNode memberValue = value.get(member.name());
      if (memberValue == null || memberValue.isNull()) {
        if (member.required()) {
          out.add(ConstraintViolation.notNull(path.child(member.camelName()).toString()));
        }
      } else {
        member.check().check(memberValue, path.child(member.camelName()), out);
      }
    }
  }

  /** {@code {KeyId=..., ...}} for a structure inside a list or map; hidden if any member must be. */
  @Override
  String show(JsonNode value) {
    StringJoiner shown = new StringJoiner(", ", "{", "}");
    for (MemberCheck member : members) {
      JsonNode memberValue = value.get(member.name());
      if (memberValue != null && !memberValue.isNull()) {
        String one = member.check().show(memberValue);
        if (one == null) {
          return null;
        }
        shown.add(member.name() + "=" + one);
      }
    }
    return shown.toString();
  }
}
