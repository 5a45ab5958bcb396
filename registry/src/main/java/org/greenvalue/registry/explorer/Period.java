package org.greenvalue.registry.explorer;

import java.time.Instant;

/** A time period, {@code [start, end)}. */
record Period(Instant start, Instant end) {}
