package org.greenvalue.issuer.orgs;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Since when the key is to be distrusted (not in the future). */
record CompromiseKeyRequest(@NotNull Instant compromisedAt) {}
