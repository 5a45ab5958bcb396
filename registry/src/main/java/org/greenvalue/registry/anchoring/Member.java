package org.greenvalue.registry.anchoring;

import java.time.Instant;

/** A digest of a batch, at its leaf, with when it was submitted (for the lag metric). */
record Member(String digest, int leafIndex, Instant submittedAt) {}
