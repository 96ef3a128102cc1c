package dev.trent.server.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.core.events.KeyEvent;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A key event in EventBridge's envelope (EventBridge User Guide, "Amazon EventBridge events"):
 * {@code version} "0", a unique {@code id}, {@code detail-type}, {@code source} "aws.kms",
 * {@code account}, {@code time} in whole seconds, {@code region}, {@code resources} (the key ARN)
 * and {@code detail}. Rendered as one line of JSON.
 */
final class EventEnvelope {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventEnvelope() {}

  static String render(KeyEvent event) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", "0");
    root.put("id", UUID.randomUUID().toString());
    root.put("detail-type", event.detailType());
    root.put("source", "aws.kms");
    root.put("account", event.accountId());
    root.put("time", event.time().truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("region", event.region());
    root.putArray("resources").add(event.keyArn());
    ObjectNode detail = root.putObject("detail");
    event.detail().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> detail.put(e.getKey(), e.getValue()));
    return root.toString();
  }
}
