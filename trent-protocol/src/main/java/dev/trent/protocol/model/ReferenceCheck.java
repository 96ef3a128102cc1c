package dev.trent.protocol.model;

import java.util.Map;

/** Refuses a model whose shape references dangle, so lookups by name never fail later. */
record ReferenceCheck(Map<String, Operation> operations, Map<String, Shape> shapes) {

  void run() {
    operations.values().forEach(op -> {
      op.input().ifPresent(name -> structure(name, op.name() + " input"));
      op.output().ifPresent(name -> structure(name, op.name() + " output"));
    });
    shapes.values().forEach(this::targets);
  }

  private void targets(Shape shape) {
    if (shape instanceof StructureShape s) {
      s.members().forEach(m -> exists(m.target(), s.name() + "." + m.name()));
    } else if (shape instanceof ListShape l) {
      exists(l.member(), l.name() + " member");
    } else if (shape instanceof MapShape m) {
      exists(m.value(), m.name() + " value");
      if (!(shapes.get(m.key()) instanceof StringShape)) {
        throw new IllegalArgumentException(m.name() + " key: " + m.key() + " is not a string");
      }
    }
  }

  private void structure(String name, String where) {
    if (!(shapes.get(name) instanceof StructureShape)) {
      throw new IllegalArgumentException(where + ": " + name + " is not a structure");
    }
  }

  private void exists(String name, String where) {
    if (!shapes.containsKey(name)) {
      throw new IllegalArgumentException(where + ": unknown shape " + name);
    }
  }
}
