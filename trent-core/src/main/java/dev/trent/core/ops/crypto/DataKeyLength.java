package dev.trent.core.ops.crypto;

import dev.trent.protocol.error.ValidationException;

/** The data-key length of GenerateDataKey*: exactly one of KeySpec and NumberOfBytes. */
final class DataKeyLength {
  private DataKeyLength() {}

  static int of(String keySpec, Integer numberOfBytes) {
    if ((keySpec == null) == (numberOfBytes == null)) {
      throw new ValidationException("Please specify either number of bytes or key spec.");
    }
    if (numberOfBytes != null) {
      return numberOfBytes;
    }
    return "AES_128".equals(keySpec) ? 16 : 32;
  }
}
