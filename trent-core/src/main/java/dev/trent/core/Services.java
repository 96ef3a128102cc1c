package dev.trent.core;

import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.MaterialVault;
import dev.trent.core.key.Sm2Regions;
import dev.trent.crypto.Randomness;
import dev.trent.store.Store;

/** What the operations share, wired once by the composition root. */
public record Services(
    Store store, KeyResolver resolver, MaterialVault vault, Randomness randomness, Sm2Regions sm2Regions) {}
