package dev.trent.core.key;

import java.util.List;

/**
 * The regions where SM2 keys may be created. AWS offers SM2 only in its China Regions; Trent
 * does the same by default ({@code cn-*}) and lets the configuration widen it.
 *
 * @param patterns region names, where a trailing {@code *} matches any suffix
 */
public record Sm2Regions(List<String> patterns) {
  public static final Sm2Regions AWS_DEFAULT = new Sm2Regions(List.of("cn-*"));

  public Sm2Regions {
    patterns = List.copyOf(patterns);
  }

  public boolean allows(String region) {
    return patterns.stream().anyMatch(p -> p.endsWith("*")
        ? region.startsWith(p.substring(0, p.length() - 1)) : region.equals(p));
  }
}
