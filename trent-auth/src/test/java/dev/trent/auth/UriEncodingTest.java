package dev.trent.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriEncodingTest {
  @Test
  void canonicalPath_removesDotSegmentsButKeepsEmptyOnes() {
    assertThat(UriEncoding.canonicalPath("")).isEqualTo("/");
    assertThat(UriEncoding.canonicalPath("/a/./b/../c/")).isEqualTo("/a/c/");
    assertThat(UriEncoding.canonicalPath("/../..")).isEqualTo("/");
    assertThat(UriEncoding.canonicalPath("//example//")).isEqualTo("//example//");
  }

  @Test
  void canonicalPath_encodesTheSentPathAgain() {
    // an SDK sends "/a%20b" for "/a b" and signs it encoded twice
    assertThat(UriEncoding.canonicalPath("/a%20b")).isEqualTo("/a%2520b");
    assertThat(UriEncoding.canonicalPath("/example space/")).isEqualTo("/example%20space/");
  }

  @Test
  void decode_keepsBrokenEscapesAndPlusLiterally() {
    assertThat(UriEncoding.encode(UriEncoding.decode("a%2fb%zz+%4"), false))
        .isEqualTo("a%2Fb%25zz%2B%254");
  }
}
