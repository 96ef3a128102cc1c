package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.protocol.error.CustomKeyStoreNotFoundException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.GenerateRandomRequest;
import dev.trent.protocol.wire.GenerateRandomResponse;

/** GenerateRandom: 1 to 1024 bytes from the server's strong random source. */
public final class GenerateRandom implements Operation<GenerateRandomRequest, GenerateRandomResponse> {
  private final Services services;

  public GenerateRandom(Services services) {
    this.services = services;
  }

  @Override
  public Class<GenerateRandomRequest> requestType() {
    return GenerateRandomRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ACCOUNT;
  }

  @Override
  public GenerateRandomResponse execute(GenerateRandomRequest request, RequestContext ctx) {
    if (request.numberOfBytes() == null) {
      throw new ValidationException("NumberOfBytes is required.");
    }
    if (request.customKeyStoreId() != null) {
      // No custom key store exists until custom key stores are served, so every id is unknown.
      throw new CustomKeyStoreNotFoundException(
          "Custom key store " + request.customKeyStoreId() + " does not exist.");
    }
    DryRun.refuseRecipient(request.recipient());
    return new GenerateRandomResponse(services.randomness().bytes(request.numberOfBytes()));
  }
}
