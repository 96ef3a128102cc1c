/**
 * GenerateMac and VerifyMac: HMAC (RFC 2104) behind {@link dev.trent.crypto.mac.Mac}, one instance
 * per HMAC key material ({@link dev.trent.crypto.mac.HmacJce}).
 */
package dev.trent.crypto.mac;
