package dev.trent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench/run.sh summary}: the table of every {@code <scenario>.json} in the results
 * directory, in Markdown, written to {@code summary.md}: after re-running one scenario, the
 * summary shows it next to the others, each row with its own commit.
 */
final class Summary {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Summary() {}

  static String markdown(Path resultsDir) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    for (String scenario : Bench.SCENARIOS) {
      Path file = resultsDir.resolve(scenario + ".json");
      if (Files.exists(file)) {
        results.add(JSON.readTree(file.toFile()));
      }
    }
    StringBuilder out = new StringBuilder();
    Set<String> commits = new LinkedHashSet<>();
    Set<String> commands = new LinkedHashSet<>();
    results.forEach(r -> {
      commits.add(r.path("commit").asText() + (r.path("dirty").asBoolean() ? " (dirty)" : ""));
      commands.add(r.path("command").asText());
    });
    out.append("Commit: `").append(String.join("`, `", commits)).append("`  \n");
    out.append("Command: `").append(String.join("`; `", commands)).append("`  \n");
    if (!results.isEmpty()) {
      JsonNode m = results.get(0).path("machine");
      out.append(String.format(Locale.ROOT, "Machine: %d CPUs (%s), %.1f GiB, %s, %s%n%n",
          m.path("cpus").asInt(), m.path("cpu_model").asText(), m.path("memory_bytes").asLong() / (double) (1L << 30),
          m.path("os").asText(), m.path("java").asText()));
    }
    out.append("| Scenario | Operation | req/s | p50 ms | p99 ms | CPU % | CPU us/req | limit req/s | ratio to limit"
        + " | p99 ms @50% rate | other CPU % |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : results) {
      String scenario = r.path("scenario").asText();
      if (!"ok".equals(r.path("status").asText()) && r.path("operations").isEmpty()) {
        out.append("| ").append(scenario).append(" | ").append(r.path("status").asText()).append(": ")
            .append(r.path("reason").asText()).append(" | | | | | | | | | |\n");
        continue;
      }
      for (JsonNode op : r.path("operations")) {
        JsonNode half = op.path("half_rate");
        out.append("| ").append(scenario)
            .append(" | ").append(op.path("operation").asText())
            .append(" | ").append(fmt(op.path("ops_per_s"), "%,.0f"))
            .append(" | ").append(fmt(op.path("p50_ms"), "%.2f"))
            .append(" | ").append(fmt(op.path("p99_ms"), "%.2f"))
            .append(" | ").append(fmt(op.path("server_cpu_percent"), "%.0f"))
            .append(" | ").append(fmt(op.path("server_cpu_us_per_op"), "%.0f"))
            .append(" | ").append(fmt(op.path("limit_ops_per_s"), "%,.0f"))
            .append(" | ").append(fmt(op.path("ratio_to_limit"), "%.2f"))
            .append(" | ").append(half.isMissingNode() ? "-"
                : fmt(half.path("p99_ms"), "%.2f") + fmt(half.path("target_ops_per_s"), " (%,.0f/s)"))
            .append(" | ").append(fmt(op.path("other_cpu_percent"), "%.0f"))
            .append(" |\n");
      }
    }
    StringBuilder raw = new StringBuilder();
    for (JsonNode r : results) {
      if (r.has("raw_jca_ops_per_s")) {
        raw.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s (%d threads) | %s |%n",
            r.path("scenario").asText(), r.path("operation").asText(), fmt(r.path("ops_per_s"), "%,.0f"),
            r.path("raw_jca_primitive").asText(), fmt(r.path("raw_jca_ops_per_s"), "%,.0f"),
            r.path("raw_jca_threads").asInt(), fmt(r.path("ratio_to_raw_jca"), "%.2f")));
      }
    }
    if (raw.length() > 0) {
      out.append("\n| Scenario | Operation | API req/s | raw JCA primitive | raw JCA ops/s | API / raw |\n"
          + "|---|---|---:|---|---:|---:|\n")
          .append(raw);
    }
    StringBuilder goals = new StringBuilder();
    for (JsonNode r : results) {
      for (JsonNode g : r.path("goals")) {
        goals.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", r.path("scenario").asText(),
            g.path("goal").asText(), g.path("target").asText(), fmt(g.path("value"), "%,.3f")
                + (g.path("note").asText().isEmpty() ? "" : " (" + g.path("note").asText() + ")"),
            g.path("met").asBoolean() ? "met" : "**missed**"));
      }
    }
    if (goals.length() > 0) {
      out.append("\n| Scenario | Goal | Target | Measured | |\n|---|---|---|---|---|\n").append(goals);
    }
    return out.toString();
  }

  private static String fmt(JsonNode v, String format) {
    return v == null || v.isMissingNode() || v.isNull() ? "n/a" : String.format(Locale.ROOT, format, v.asDouble());
  }
}
