package dev.trent.protocol.validate;

import dev.trent.protocol.model.BlobShape;
import dev.trent.protocol.model.BooleanShape;
import dev.trent.protocol.model.IntegerShape;
import dev.trent.protocol.model.ListShape;
import dev.trent.protocol.model.MapShape;
import dev.trent.protocol.model.Member;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.model.Shape;
import dev.trent.protocol.model.StringShape;
import dev.trent.protocol.model.StructureShape;
import dev.trent.protocol.model.TimestampShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns shapes into checks, once per shape: patterns compiled, member paths and message parts
 * worked out, so that validating a request only walks the tree. Not thread-safe; used while a
 * validator is built.
 */
final class CheckCompiler {
  private final ServiceModel model;
  private final Map<String, Check> compiled = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  CheckCompiler(ServiceModel model) {
    this.model = model;
  }

  Check compile(String shapeName) {
    Check done = compiled.get(shapeName);
    if (done != null) {
      return done;
    }
    if (!inProgress.add(shapeName)) {
      // The KMS model has no recursive shapes; supporting them would need lazily linked checks.
      throw new IllegalStateException("recursive shape " + shapeName + " is not supported");
    }
    Check check = build(model.shape(shapeName));
    inProgress.remove(shapeName);
    compiled.put(shapeName, check);
    return check;
  }

  private Check build(Shape shape) {
    if (shape instanceof StructureShape s) {
      return structure(s);
    } else if (shape instanceof ListShape l) {
      return new ListCheck(l.length(), compile(l.member()));
    } else if (shape instanceof MapShape m) {
      // ServiceModel guarantees map keys are strings.
      return new MapCheck(m.length(), (StringCheck) compile(m.key()), compile(m.value()));
    } else if (shape instanceof StringShape s) {
      return new StringCheck(s);
    } else if (shape instanceof BlobShape b) {
      return new BlobCheck(b);
    } else if (shape instanceof IntegerShape i) {
      return new IntegerCheck(i);
    } else if (shape instanceof BooleanShape) {
      return new BooleanCheck();
    } else if (shape instanceof TimestampShape) {
      return new TimestampCheck();
    }
    throw new IllegalStateException("unhandled shape " + shape);
  }

  private StructureCheck structure(StructureShape shape) {
    List<StructureCheck.MemberCheck> members = new ArrayList<>();
    for (Member m : shape.members()) {
      members.add(new StructureCheck.MemberCheck(
          m.name(), MemberPath.camel(m.name()), m.required(), compile(m.target())));
    }
    return new StructureCheck(members);
  }
}
