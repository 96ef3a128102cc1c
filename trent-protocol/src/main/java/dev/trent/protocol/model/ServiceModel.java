package dev.trent.protocol.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API model: operations by name and shapes by name, both in the model's order. Immutable and
 * thread-safe; {@link #kms()} is loaded once per class loader and shared.
 *
 * <p>Every shape name an operation, member, list, or map refers to is guaranteed to resolve, and
 * every operation input or output is a structure; a model that breaks this is refused when read.
 */
public final class ServiceModel {
  static final String KMS_RESOURCE = "/dev/trent/protocol/kms-model.json";

  private final String targetPrefix;
  private final Map<String, Operation> operations;
  private final Map<String, Shape> shapes;
  private final Map<String, Set<String>> inputBlobs;

  ServiceModel(String targetPrefix, Map<String, Operation> operations, Map<String, Shape> shapes) {
    this.targetPrefix = Objects.requireNonNull(targetPrefix, "targetPrefix");
    this.operations = Collections.unmodifiableMap(new LinkedHashMap<>(operations));
    this.shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    new ReferenceCheck(this.operations, this.shapes).run();
    Map<String, Set<String>> blobs = new HashMap<>();
    for (String name : this.operations.keySet()) {
      blobs.put(name, inputShape(name).stream().flatMap(input -> input.members().stream())
          .filter(m -> this.shapes.get(m.target()) instanceof BlobShape)
          .map(Member::name).collect(Collectors.toUnmodifiableSet()));
    }
    this.inputBlobs = Map.copyOf(blobs);
  }

  /** The AWS KMS model bundled with Trent ({@code kms-model.json} on the class path). */
  public static ServiceModel kms() {
    return Bundled.KMS;
  }

  /**
   * Reads a model in the format of {@code kms-model.json}.
   *
   * @throws IllegalArgumentException if the document is not such a model
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ServiceModel read(InputStream json) {
    try {
      return ServiceModelReader.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The prefix of {@code X-Amz-Target}, {@code TrentService} for KMS. */
  public String targetPrefix() {
    return targetPrefix;
  }

  public boolean hasOperation(String name) {
    return operations.containsKey(name);
  }

  /** Every operation name, in the model's order. */
  public Set<String> operationNames() {
    return operations.keySet();
  }

  public Optional<Operation> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  /** The input structure of an operation; empty for an unknown operation or one without input. */
  public Optional<StructureShape> inputShape(String operationName) {
    return operation(operationName).flatMap(Operation::input).map(this::structure);
  }

  /**
   * The members of an operation's input that are blobs (base64 on the wire), such as {@code
   * Plaintext} for Encrypt; empty for an unknown operation or one without any.
   */
  public Set<String> inputBlobMembers(String operationName) {
    return inputBlobs.getOrDefault(operationName, Set.of());
  }

  /** The output structure of an operation; empty for an unknown operation or one without output. */
  public Optional<StructureShape> outputShape(String operationName) {
    return operation(operationName).flatMap(Operation::output).map(this::structure);
  }

  /**
   * The shape of that name.
   *
   * @throws IllegalArgumentException if the model has no such shape
   */
  public Shape shape(String name) {
    Shape shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("no shape " + name);
    }
    return shape;
  }

  /** Every shape by name, in the model's order. */
  public Map<String, Shape> shapes() {
    return shapes;
  }

  private StructureShape structure(String name) {
    // ReferenceCheck guarantees operation inputs and outputs are structures.
    return (StructureShape) shapes.get(name);
  }

  /** Holder idiom: the bundled model is read on first use, once, without locking afterwards. */
  private static final class Bundled {
    static final ServiceModel KMS = load();

    private static ServiceModel load() {
      try (InputStream in = ServiceModel.class.getResourceAsStream(KMS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(KMS_RESOURCE + " is missing from the class path");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
