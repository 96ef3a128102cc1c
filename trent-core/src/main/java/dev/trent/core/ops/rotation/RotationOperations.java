package dev.trent.core.ops.rotation;

import dev.trent.core.Operation;
import dev.trent.core.Services;
import java.util.List;

/** Automatic and on-demand rotation of symmetric keys, and their history. */
public final class RotationOperations {
  private RotationOperations() {}

  public static List<Operation<?, ?>> all(Services s) {
    return List.of(new EnableKeyRotation(s), new DisableKeyRotation(s), new GetKeyRotationStatus(s),
        new RotateKeyOnDemand(s), new ListKeyRotations(s));
  }
}
