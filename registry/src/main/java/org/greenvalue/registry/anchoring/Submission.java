package org.greenvalue.registry.anchoring;

import java.time.Instant;

/** One accepted {@code POST /anchors}, on its way into the outbox. */
record Submission(String digest, Instant submittedAt, String clientId) {}
