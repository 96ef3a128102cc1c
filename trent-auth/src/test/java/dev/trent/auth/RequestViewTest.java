package dev.trent.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestViewTest {
  private static final List<Map.Entry<String, String>> LINES = List.of(
      Map.entry("Host", "kms.us-east-1.amazonaws.com"),
      Map.entry("X-Amz-Date", "20261128T000000Z"),
      Map.entry("x-amz-meta", "first"),
      Map.entry("X-AMZ-META", "second"),
      Map.entry("Content-Type", "application/x-amz-json-1.1"));

  @Test
  void received_foldsNamesOnce_keepingRepeatsInArrivalOrder() {
    RequestView view = RequestView.received("POST", "/", null, LINES, bytes("{}"));

    assertThat(view.headers()).containsOnlyKeys("host", "x-amz-date", "x-amz-meta", "content-type");
    assertThat(view.headerValues("X-Amz-Meta")).containsExactly("first", "second");
    assertThat(view.firstHeader("HOST")).contains("kms.us-east-1.amazonaws.com");
    assertThat(view.headers().keySet()).containsExactly("host", "x-amz-date", "x-amz-meta", "content-type");
  }

  @Test
  void received_isTheSameViewAsTheCopyingConstructor() {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    LINES.forEach(line -> byName.computeIfAbsent(line.getKey(), n -> new ArrayList<>()).add(line.getValue()));

    RequestView received = RequestView.received("POST", "/", "a=b", LINES, bytes("{\"KeyId\":\"k\"}"));
    RequestView built = new RequestView("POST", "/", "a=b", byName, bytes("{\"KeyId\":\"k\"}"));

    assertThat(received).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(received.toString()).isEqualTo(built.toString());
  }

  @Test
  void received_headersCannotBeChanged() {
    RequestView view = RequestView.received("POST", "/", null, LINES, bytes("{}"));

    assertThatThrownBy(() -> view.headers().put("host", List.of("elsewhere")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> view.headerValues("x-amz-meta").add("third"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void body_isCopiedOut_andNeverShown() {
    RequestView view = RequestView.received("POST", "/", null, LINES, bytes("{\"Plaintext\":\"c2VjcmV0\"}"));

    view.body()[0] = 'X';

    assertThat(new String(view.body(), StandardCharsets.UTF_8)).isEqualTo("{\"Plaintext\":\"c2VjcmV0\"}");
    assertThat(view.toString()).doesNotContain("c2VjcmV0").contains("body=24 bytes");
  }

  @Test
  void theConstructor_copiesTheBodyIn() {
    byte[] body = bytes("{}");
    RequestView view = new RequestView("POST", "/", null, Map.of(), body);

    body[0] = 'X';

    assertThat(view.body()).isEqualTo(bytes("{}"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
