/**
 * DeriveSharedSecret: ECDH (SP 800-56A cofactor Diffie-Hellman; every curve here has cofactor 1)
 * behind {@link dev.trent.crypto.agreement.KeyAgreement}, built by {@link
 * dev.trent.crypto.agreement.KeyAgreements} from the KMS key's PKCS#8 private key.
 */
package dev.trent.crypto.agreement;
