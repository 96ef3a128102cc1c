package dev.trent.core.ops.imports;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.wrap.WrappingAlgorithm;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.GetParametersForImportRequest;
import dev.trent.protocol.wire.GetParametersForImportResponse;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * GetParametersForImport: a fresh wrapping key pair and an import token, valid 24 hours (API
 * reference). The token is 32 random bytes naming the stored parameters; it is worthless without
 * the store and bound to one key.
 */
public final class GetParametersForImport
    implements Operation<GetParametersForImportRequest, GetParametersForImportResponse> {
  static final Duration VALIDITY = Duration.ofHours(24);
  private static final int TOKEN_LENGTH = 32;

  private final Services services;

  public GetParametersForImport(Services services) {
    this.services = services;
  }

  @Override
  public Class<GetParametersForImportRequest> requestType() {
    return GetParametersForImportRequest.class;
  }

  @Override
  public GetParametersForImportResponse execute(GetParametersForImportRequest request, RequestContext ctx) {
    WrappingAlgorithm algorithm = algorithm(request.wrappingAlgorithm());
    KeySpec spec = KeySpec.valueOf(request.wrappingKeySpec());
    boolean sm2 = spec == KeySpec.SM2;
    if (sm2 && !services.sm2Regions().allows(ctx.region())) {
      throw new UnsupportedOperationException("WrappingKeySpec SM2 is not supported in this Region.");
    }
    if (sm2 != (algorithm == WrappingAlgorithm.SM2PKE)) {
      throw new ValidationException("WrappingAlgorithm " + algorithm + " is not compatible with"
          + " WrappingKeySpec " + spec + ".");
    }
    StoredKey key = services.store().read(tx -> {
      StoredKey k = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      ImportRules.requireImportable(k);
      return k;
    });
    byte[] token = services.randomness().bytes(TOKEN_LENGTH);
    Instant validTo = ctx.now().plus(VALIDITY);
    // Key-pair generation is slow (RSA_4096: up to seconds), so it happens outside the transaction.
    StoredImportToken stored = services.vault().imports()
        .newToken(key, HexFormat.of().formatHex(token), algorithm, spec, validTo);
    services.store().write(tx -> {
      tx.insertImportToken(stored);
      return null;
    });
    return new GetParametersForImportResponse(ImportRules.arn(key), token, stored.publicKey(), validTo);
  }

  private static WrappingAlgorithm algorithm(String name) {
    if ("RSAES_PKCS1_V1_5".equals(name)) {
      // Withdrawn by AWS in 2023; the model still lists it.
      throw new ValidationException("WrappingAlgorithm RSAES_PKCS1_V1_5 is not supported.");
    }
    return WrappingAlgorithm.valueOf(name);
  }
}
