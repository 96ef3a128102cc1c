package dev.trent.protocol.validate;

/**
 * Where a value sits in the request, as AWS names it: lowerCamelCase member names joined by dots,
 * list elements as {@code <list>.<1-based index>.member}. Built as a chain so that the text is
 * only assembled for a violation.
 */
record MemberPath(MemberPath parent, String segment) {
  static final MemberPath ROOT = new MemberPath(null, "");

  MemberPath child(String name) {
    return new MemberPath(this, name);
  }

  MemberPath element(int oneBasedIndex) {
    return new MemberPath(this, oneBasedIndex + ".member");
  }

  @Override
  public String toString() {
    if (parent == null || parent.parent == null) {
      return segment;
    }
    return parent + "." + segment;
  }

  /** {@code KeyId} becomes {@code keyId}, as AWS prints member names. */
  static String camel(String memberName) {
    if (memberName.isEmpty() || Character.isLowerCase(memberName.charAt(0))) {
      return memberName;
    }
    return Character.toLowerCase(memberName.charAt(0)) + memberName.substring(1);
  }
}
