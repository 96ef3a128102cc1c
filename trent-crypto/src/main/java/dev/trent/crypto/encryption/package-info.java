/**
 * Asymmetric Encrypt and Decrypt (RSAES-OAEP, SM2PKE) behind {@link
 * dev.trent.crypto.encryption.AsymmetricEncrypter} and {@link
 * dev.trent.crypto.encryption.AsymmetricDecrypter}, built by {@link
 * dev.trent.crypto.encryption.AsymmetricCiphers}. Ciphertexts are the raw formats AWS KMS returns
 * and accepts; there is no Trent header, so Decrypt needs the KeyId and algorithm from the caller.
 */
package dev.trent.crypto.encryption;
