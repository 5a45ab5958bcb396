package org.greenvalue.registry.explorer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Anchored Merkle batches, newest first, by keyset on their id. */
@Repository
class ExplorerAnchors {
  static final String LIST =
      "SELECT * FROM anchor_batches WHERE state = 'ANCHORED' AND id < :after"
          + " ORDER BY id DESC LIMIT :n";
  static final String BY_TX =
      "SELECT * FROM anchor_batches WHERE tx_hash = :tx ORDER BY id LIMIT :n";

  private final JdbcClient jdbc;

  ExplorerAnchors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page<AnchorBatchView> list(Long after, int limit) {
    return Page.of(
        jdbc.sql(LIST)
            .param("after", after == null ? Long.MAX_VALUE : after)
            .param("n", limit + 1)
            .query(Rows::batch)
            .list(),
        limit,
        b -> Cursors.sequence(b.id()));
  }

  List<AnchorBatchView> byTransaction(String txHash) {
    return jdbc.sql(BY_TX)
        .param("tx", txHash)
        .param("n", Cursors.MAX_LIMIT)
        .query(Rows::batch)
        .list();
  }
}
