package org.greenvalue.service.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The idempotency keys each client has used, with the fingerprint and response of each. */
class IdempotencyRepository {
  private final JdbcClient jdbc;

  IdempotencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims {@code key} for this request; false when it was already used. A concurrent claim of the
   * same key waits for the first transaction to finish (the primary key's lock).
   */
  boolean claim(String clientId, String key, String requestHash, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO idempotency_keys (client_id, idempotency_key, request_hash, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(clientId, key, requestHash, Timestamp.from(now))
            .update()
        == 1;
  }

  Optional<StoredResponse> find(String clientId, String key) {
    return jdbc.sql(
            """
            SELECT request_hash, response_status, response_body FROM idempotency_keys
            WHERE client_id = ? AND idempotency_key = ?""")
        .params(clientId, key)
        .query(
            (rs, row) ->
                new StoredResponse(
                    rs.getString("request_hash"),
                    rs.getInt("response_status"),
                    rs.getString("response_body")))
        .optional();
  }

  void complete(String clientId, String key, int status, String body) {
    jdbc.sql(
            """
            UPDATE idempotency_keys SET response_status = ?, response_body = ?
            WHERE client_id = ? AND idempotency_key = ?""")
        .params(status, body, clientId, key)
        .update();
  }

  /** The request fingerprint and the response it got. */
  record StoredResponse(String requestHash, int status, String body) {}
}
