/**
 * Unwrapping key material that customers import (BYOK): the wrapping algorithms of
 * GetParametersForImport, and AES key wrap with padding (RFC 5649) for the two-layer ones.
 */
package dev.trent.crypto.wrap;
