package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import dev.trent.protocol.model.BlobShape;
import dev.trent.protocol.model.Bounds;
import java.util.ArrayList;
import java.util.List;

/** A base64 blob; its length counts decoded bytes. AWS never shows a blob's value in messages. */
final class BlobCheck extends ScalarCheck {
  private final Bounds length;

  BlobCheck(BlobShape shape) {
    super(lengthConstraints(shape.length()));
    this.length = shape.length();
  }

  @Override
  List<String> broken(JsonNode value) {
    long bytes;
    if (value.isBinary()) {
      bytes = ((BinaryNode) value).binaryValue().length; // decoded by the parser, already canonical
    } else if (value.isTextual()) {
      bytes = Base64Length.of(value.textValue());
    } else {
      throw TypeMismatch.scalar(value, "a Blob");
    }
    if (bytes < length.min()) {
      return List.of(ConstraintText.lengthAtLeast(length.min()));
    }
    if (bytes > length.max()) {
      return List.of(ConstraintText.lengthAtMost(length.max()));
    }
    return List.of();
  }

  @Override
  String show(JsonNode value) {
    return null;
  }

  static List<String> lengthConstraints(Bounds length) {
    List<String> all = new ArrayList<>(2);
    if (length.hasMax()) {
      all.add(ConstraintText.lengthAtMost(length.max()));
    }
    if (length.hasMin()) {
      all.add(ConstraintText.lengthAtLeast(length.min()));
    }
    return all;
  }
}
