/**
 * KMS key specs, freshly generated key material and its two encodings.
 *
 * <p>Every asymmetric private key travels as a DER PKCS#8 {@code PrivateKeyInfo} inside a {@link
 * dev.trent.crypto.SecretBytes}; every public key as a DER X.509 {@code SubjectPublicKeyInfo}, the
 * form GetPublicKey returns. HMAC keys are raw bytes. Callers outside this module never see a JCA or
 * Bouncy Castle key type: they hand these bytes plus the {@link dev.trent.crypto.keys.KeySpec} to
 * the factories of the primitive packages ({@code signature}, {@code encryption}, {@code mac},
 * {@code agreement}, {@code kem}).
 */
package dev.trent.crypto.keys;
