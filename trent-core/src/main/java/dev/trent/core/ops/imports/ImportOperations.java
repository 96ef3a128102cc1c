package dev.trent.core.ops.imports;

import dev.trent.core.Operation;
import dev.trent.core.Services;
import java.util.List;

/** Imported key material (BYOK). */
public final class ImportOperations {
  private ImportOperations() {}

  public static List<Operation<?, ?>> all(Services s) {
    return List.of(new GetParametersForImport(s), new ImportKeyMaterial(s),
        new DeleteImportedKeyMaterial(s));
  }
}
