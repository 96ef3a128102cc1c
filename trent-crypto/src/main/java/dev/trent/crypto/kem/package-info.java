/**
 * Encapsulate and Decapsulate: ML-KEM (FIPS 203) behind {@link
 * dev.trent.crypto.kem.KemEncapsulator} and {@link dev.trent.crypto.kem.KemDecapsulator}, built by
 * {@link dev.trent.crypto.kem.Kems} from the KMS key's encoded keys.
 */
package dev.trent.crypto.kem;
