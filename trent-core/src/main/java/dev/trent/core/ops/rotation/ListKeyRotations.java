package dev.trent.core.ops.rotation;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.error.InvalidMarkerException;
import dev.trent.protocol.wire.ListKeyRotationsRequest;
import dev.trent.protocol.wire.ListKeyRotationsResponse;
import dev.trent.protocol.wire.RotationsListEntry;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ListKeyRotations: completed rotations oldest first, in pages of 1 to 1000 (100 by default);
 * with IncludeKeyMaterial ALL_KEY_MATERIAL the first material too, without RotationDate and
 * RotationType as the model says, and last the imported material pending rotation, if any. The
 * marker is the sequence of the last entry returned.
 */
public final class ListKeyRotations
    implements Operation<ListKeyRotationsRequest, ListKeyRotationsResponse> {
  private static final int DEFAULT_LIMIT = 100;

  private final Services services;

  public ListKeyRotations(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListKeyRotationsRequest> requestType() {
    return ListKeyRotationsRequest.class;
  }

  @Override
  public ListKeyRotationsResponse execute(ListKeyRotationsRequest request, RequestContext ctx) {
    int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
    boolean all = "ALL_KEY_MATERIAL".equals(request.includeKeyMaterial());
    long after = Math.max(marker(request.marker()), all ? -1 : 0);
    return services.store().read(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      RotationRules.requireReadable(key);
      RotationRules.requireSymmetric(key);
      List<StoredRotation> page = tx.rotations(key.keyId(), after, limit + 1);
      boolean truncated = page.size() > limit;
      List<StoredRotation> shown = page.subList(0, Math.min(limit, page.size()));
      boolean external = "EXTERNAL".equals(key.origin());
      List<StoredImport> imports = external ? tx.importedMaterials(key.keyId()) : List.of();
      List<RotationsListEntry> entries = new ArrayList<>(
          shown.stream().map(r -> entry(key, imports, r)).toList());
      Optional<StoredImport> pending = all && !truncated
          ? imports.stream().filter(StoredImport::pendingRotation).findFirst() : Optional.empty();
      if (pending.isPresent() && entries.size() == limit) {
        truncated = true; // the pending material comes on the next page
      } else {
        pending.ifPresent(p -> entries.add(pendingEntry(key, p)));
      }
      String next = truncated ? Long.toString(shown.get(shown.size() - 1).sequence()) : null;
      return new ListKeyRotationsResponse(entries, next, truncated);
    });
  }

  private static RotationsListEntry entry(StoredKey key, List<StoredImport> imports, StoredRotation r) {
    boolean first = r.rotationType() == null;
    String state = r.materialId().equals(key.currentMaterialId()) ? "CURRENT" : "NON_CURRENT";
    // The import members are present only for EXTERNAL keys (model documentation).
    boolean external = "EXTERNAL".equals(key.origin());
    Optional<StoredImport> mine = imports.stream().filter(i -> i.materialId().equals(r.materialId()))
        .findFirst();
    return new RotationsListEntry(key.keyId(), r.materialId(),
        mine.map(StoredImport::description).orElse(null),
        external ? (mine.isPresent() ? "IMPORTED" : "PENDING_IMPORT") : null, state,
        mine.map(StoredImport::expirationModel).orElse(null),
        mine.map(StoredImport::validTo).orElse(null),
        first ? null : r.rotationDate(), r.rotationType());
  }

  /** Material pending rotation has no rotation date or type (Developer Guide, list-rotations). */
  private static RotationsListEntry pendingEntry(StoredKey key, StoredImport p) {
    return new RotationsListEntry(key.keyId(), p.materialId(), p.description(), "IMPORTED",
        "PENDING_ROTATION", p.expirationModel(), p.validTo(), null, null);
  }

  private static long marker(String marker) {
    if (marker == null) {
      return -1;
    }
    try {
      long sequence = Long.parseLong(marker);
      if (sequence < 0) {
        throw new NumberFormatException(marker);
      }
      return sequence;
    } catch (NumberFormatException e) {
      throw new InvalidMarkerException("Invalid marker");
    }
  }
}
