/**
 * Sign and Verify for every KMS {@code SigningAlgorithmSpec}, behind {@link
 * dev.trent.crypto.signature.Signer} and {@link dev.trent.crypto.signature.Verifier}, built by
 * {@link dev.trent.crypto.signature.Signatures} from a {@link dev.trent.crypto.keys.KeySpec} and the
 * encoded key. Before calling a primitive the operation layer checks {@link
 * dev.trent.crypto.signature.SigningAlgorithm#supports(dev.trent.crypto.keys.KeySpec)} and {@link
 * dev.trent.crypto.signature.SigningAlgorithm#acceptsMessage(MessageType, int)} and raises AWS's
 * errors itself; a primitive handed an input those checks refuse throws {@link
 * java.lang.IllegalArgumentException}, a bug.
 */
package dev.trent.crypto.signature;
