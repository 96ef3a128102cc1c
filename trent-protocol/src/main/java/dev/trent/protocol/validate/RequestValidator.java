package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.model.ServiceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a parsed request body against its operation's input shape, as AWS does before an
 * operation runs. Immutable and thread-safe: build one per model and share it; the shapes are
 * compiled once, here.
 *
 * <p>What is checked: the JSON type of every member the model knows (members it does not know are
 * ignored, JSON null counts as absent), then required members, lengths (string characters, decoded
 * blob bytes, list and map entries), integer ranges, patterns (matched against the whole value)
 * and enums, through nested structures, lists and maps.
 */
public final class RequestValidator {
  private static final List<StructureCheck.MemberCheck> NO_MEMBERS = List.of();

  private final Map<String, StructureCheck> inputs;

  public RequestValidator(ServiceModel model) {
    CheckCompiler compiler = new CheckCompiler(model);
    Map<String, StructureCheck> byOperation = new HashMap<>();
    for (String operation : model.operationNames()) {
      String input = model.operation(operation).orElseThrow().input().orElse(null);
      byOperation.put(operation, input == null
          ? new StructureCheck(NO_MEMBERS)
          : (StructureCheck) compiler.compile(input));
    }
    this.inputs = Map.copyOf(byOperation);
  }

  /**
   * Validates one request body.
   *
   * @param operationName an operation of the model, such as {@code GenerateRandom}
   * @param input the parsed body, never null; an empty body is an empty object
   * @throws SerializationException when the body is not a JSON object or a member has the wrong
   *     JSON type for its shape (the first such member, in model order)
   * @throws ValidationException listing every constraint violation, in model member order
   * @throws IllegalArgumentException when the model has no such operation (resolve the target
   *     first)
   */
  public void validate(String operationName, JsonNode input) {
    StructureCheck check = inputs.get(Objects.requireNonNull(operationName, "operationName"));
    if (check == null) {
      throw new IllegalArgumentException("no operation " + operationName);
    }
    if (!Objects.requireNonNull(input, "input").isObject()) {
      throw TypeMismatch.body(input);
    }
    List<ConstraintViolation> violations = new ArrayList<>();
    check.check(input, MemberPath.ROOT, violations);
    if (!violations.isEmpty()) {
      throw ValidationErrors.exception(violations);
    }
  }
}
