package org.greenvalue.registry.anchoring;

import jakarta.validation.constraints.NotNull;

/** {@code POST /anchors}: the digest to anchor, {@code sha256:<64 lowercase hex>}. */
record SubmitRequest(@NotNull String digest) {}
