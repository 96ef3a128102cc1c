package dev.trent.core.key;

import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredImportToken;
import dev.trent.store.WrappedColumn;
import java.util.List;
import java.util.Optional;

/**
 * The registry of everything Trent wraps under the root key. Add a kind here when a record kind
 * stores something wrapped; {@code WrappedKindsTest} fails when a wrapped column is missing.
 */
public final class WrappedKinds {
  private WrappedKinds() {}

  /** Key material (symmetric, HMAC and private keys), bound to the key ARN and material id. */
  public static final WrappedKind KEY_MATERIAL = new WrappedKind() {
    private final WrappedColumn column =
        new WrappedColumn("key_material", List.of("key_id", "material_id"), "wrapped");

    @Override
    public String name() {
      return "key material";
    }

    @Override
    public WrappedColumn column() {
      return column;
    }

    @Override
    public Optional<byte[]> associatedData(ReadTransaction tx, List<String> rowKey) {
      return tx.key(rowKey.get(0)).map(key -> MaterialVault.associatedData(key, rowKey.get(1)));
    }
  };

  /** Import tokens' wrapping private keys, bound to the key ARN and token id. */
  public static final WrappedKind IMPORT_TOKEN = new WrappedKind() {
    private final WrappedColumn column =
        new WrappedColumn("import_token", List.of("token_id"), "wrapped_private_key");

    @Override
    public String name() {
      return "import token";
    }

    @Override
    public WrappedColumn column() {
      return column;
    }

    @Override
    public Optional<byte[]> associatedData(ReadTransaction tx, List<String> rowKey) {
      return tx.importToken(rowKey.get(0)).map(StoredImportToken::keyId).flatMap(tx::key)
          .map(key -> ImportedMaterials.associatedData(key, rowKey.get(0)));
    }
  };

  /** Secret access keys of IAM users, roots and sessions, bound to the key id and principal. */
  public static final WrappedKind ACCESS_KEY_SECRET = new WrappedKind() {
    private final WrappedColumn column =
        new WrappedColumn("iam_access_key", List.of("access_key_id"), "wrapped_secret");

    @Override
    public String name() {
      return "access key secret";
    }

    @Override
    public WrappedColumn column() {
      return column;
    }

    @Override
    public Optional<byte[]> associatedData(ReadTransaction tx, List<String> rowKey) {
      return tx.accessKey(rowKey.get(0)).map(AccessKeySecrets::associatedData);
    }
  };

  /** Every kind, in the order rotation visits them. */
  public static List<WrappedKind> all() {
    return List.of(KEY_MATERIAL, IMPORT_TOKEN, ACCESS_KEY_SECRET);
  }
}
