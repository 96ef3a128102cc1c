package dev.trent.protocol.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A structure; {@link #members()} keep the model's order, which is also the order of messages. */
public record StructureShape(String name, List<Member> members) implements Shape {
  public StructureShape {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }

  public Optional<Member> member(String memberName) {
    return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
  }

  /** The names of the required members, in member order. */
  public List<String> required() {
    return members.stream().filter(Member::required).map(Member::name).toList();
  }
}
