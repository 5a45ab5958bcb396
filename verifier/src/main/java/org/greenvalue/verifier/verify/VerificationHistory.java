package org.greenvalue.verifier.verify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every verification: what, by whom, when and the verdict (the report itself is returned,
 * not stored). A verification is a read, so its history row does not hold up the response: rows go
 * to a bounded queue (a full queue makes requests wait, so none is dropped) and one writer thread
 * inserts them in batches, one transaction per batch. {@link #flush()} writes what is queued now;
 * shutting down flushes too.
 */
@Repository
public class VerificationHistory implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(VerificationHistory.class);
  private static final int BATCH = 500;
  private static final String INSERT =
      """
      INSERT INTO verification_history
        (kind, digest, issuer, verdict, failures, gaps, client_id, verified_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

  record Row(
      String kind,
      String digest,
      String issuer,
      String verdict,
      int failures,
      int gaps,
      String clientId,
      Timestamp at) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final BlockingQueue<Row> queue = new ArrayBlockingQueue<>(20_000);
  private final Thread writer;
  private volatile boolean running = true;

  VerificationHistory(
      JdbcClient jdbc, JdbcTemplate batch, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
    this.writer = Thread.ofPlatform().name("verification-history").daemon().start(this::write);
  }

  void record(String kind, Verification v, String clientId) {
    var row =
        new Row(
            kind,
            v.facts().digest().orElse(null),
            v.facts().issuer().orElse(null),
            VerificationJson.verdict(v),
            v.report().failures().size(),
            v.gaps().size(),
            clientId,
            Timestamp.from(clock.instant()));
    try {
      queue.put(row);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      insert(List.of(row));
    }
  }

  /** Writes every row queued so far, now, on the calling thread. */
  public synchronized void flush() {
    var rows = new ArrayList<Row>();
    queue.drainTo(rows);
    if (!rows.isEmpty()) {
      insert(rows);
    }
  }

  public long count(String digest) {
    flush();
    return jdbc.sql("SELECT count(*) FROM verification_history WHERE digest = :digest")
        .param("digest", digest)
        .query(Long.class)
        .single();
  }

  private void write() {
    var rows = new ArrayList<Row>(BATCH);
    while (running) {
      try {
        Row first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        rows.add(first);
        queue.drainTo(rows, BATCH - 1);
        synchronized (this) {
          insert(rows);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("could not write {} verification history rows", rows.size(), e);
      } finally {
        rows.clear();
      }
    }
  }

  private void insert(List<Row> rows) {
    transactions.executeWithoutResult(
        status ->
            batch.batchUpdate(
                INSERT,
                rows,
                rows.size(),
                (ps, row) -> {
                  ps.setString(1, row.kind());
                  ps.setString(2, row.digest());
                  ps.setString(3, row.issuer());
                  ps.setString(4, row.verdict());
                  ps.setInt(5, row.failures());
                  ps.setInt(6, row.gaps());
                  ps.setString(7, row.clientId());
                  ps.setTimestamp(8, row.at());
                }));
  }

  @Override
  public void destroy() {
    running = false;
    writer.interrupt();
    flush();
  }
}
