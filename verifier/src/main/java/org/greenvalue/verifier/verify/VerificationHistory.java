package org.greenvalue.verifier.verify;

import java.sql.Timestamp;
import java.time.Clock;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every verification: what, by whom, when and the verdict. The row is an audit record of a
 * read, not an accepted write, so it commits without waiting for the WAL flush ({@code
 * synchronous_commit = off} for this transaction only): a crash may lose the last few hundred
 * milliseconds of history, never corrupt it, and a verify request does not wait for the disk.
 */
@Repository
class VerificationHistory {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate transactions;

  VerificationHistory(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
  }

  void record(String kind, Verification v, String clientId) {
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("SET LOCAL synchronous_commit = off").update();
          insert(kind, v, clientId);
        });
  }

  private void insert(String kind, Verification v, String clientId) {
    jdbc.sql(
            """
            INSERT INTO verification_history
              (kind, digest, issuer, verdict, failures, gaps, client_id, verified_at)
            VALUES (:kind, :digest, :issuer, :verdict, :failures, :gaps, :client, :at)""")
        .param("kind", kind)
        .param("digest", v.facts().digest().orElse(null))
        .param("issuer", v.facts().issuer().orElse(null))
        .param("verdict", VerificationJson.verdict(v))
        .param("failures", v.report().failures().size())
        .param("gaps", v.gaps().size())
        .param("client", clientId)
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  long count(String digest) {
    return jdbc.sql("SELECT count(*) FROM verification_history WHERE digest = :digest")
        .param("digest", digest)
        .query(Long.class)
        .single();
  }
}
