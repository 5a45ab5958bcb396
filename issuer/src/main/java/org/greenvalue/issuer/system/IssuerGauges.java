package org.greenvalue.issuer.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the database when scraped: status entries allocated ahead, digests waiting for
 * the registry's anchoring, credentials issued.
 */
@Component
class IssuerGauges {

  IssuerGauges(MeterRegistry meters, JdbcClient jdbc) {
    Gauge.builder(
            "gvr.issuer.status.pool", () -> count(jdbc, "SELECT count(*) FROM status_entry_pool"))
        .description("status list entries allocated ahead and not yet used")
        .register(meters);
    Gauge.builder(
            "gvr.issuer.anchor.queued",
            () -> count(jdbc, "SELECT count(*) FROM anchor_outbox WHERE state = 'QUEUED'"))
        .description("digests not yet accepted by the registry's anchoring")
        .register(meters);
    Gauge.builder(
            "gvr.issuer.credentials.issued",
            () -> count(jdbc, "SELECT count(*) FROM issued_credentials"))
        .description("credentials issued and stored")
        .register(meters);
  }

  private static double count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
