package org.greenvalue.service.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.greenvalue.service.idempotency.IdempotencyRepository.StoredResponse;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per client and {@code Idempotency-Key}: the key is claimed, the write
 * done and its response stored in one transaction. The same key with the same request replays the
 * stored response; with a different request it is refused (422). A write that fails rolls back the
 * claim too, so the client may retry with the same key.
 */
public class Idempotency {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotency-Replayed";

  private final IdempotencyRepository keys;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;

  Idempotency(
      IdempotencyRepository keys, TransactionTemplate transaction, ObjectMapper json, Clock clock) {
    this.keys = keys;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @param operation what is done, e.g. {@code POST /trust/accreditations}; part of the fingerprint
   * @param request the parsed request body; its JSON is the rest of the fingerprint
   */
  public <T> ResponseEntity<T> run(
      String clientId,
      String key,
      String operation,
      Object request,
      Class<T> type,
      Supplier<ResponseEntity<T>> write) {
    requireKey(key);
    String fingerprint = fingerprint(operation, request);
    return transaction.execute(
        tx -> {
          if (!keys.claim(clientId, key, fingerprint, clock.instant())) {
            return replay(keys.find(clientId, key).orElseThrow(), fingerprint, type);
          }
          ResponseEntity<T> response = write.get();
          keys.complete(clientId, key, response.getStatusCode().value(), text(response.getBody()));
          return response;
        });
  }

  private <T> ResponseEntity<T> replay(StoredResponse stored, String fingerprint, Class<T> type) {
    if (!stored.requestHash().equals(fingerprint)) {
      throw Problem.invalid(
          "idempotency-key-reused",
          "this Idempotency-Key was already used for a different request");
    }
    try {
      return ResponseEntity.status(stored.status())
          .header(REPLAYED, "true")
          .body(json.readValue(stored.body(), type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored response is unreadable", e);
    }
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new Problem(
          HttpStatus.BAD_REQUEST,
          "idempotency-key-required",
          "Idempotency-Key required",
          "every write needs an Idempotency-Key header of 1 to 200 characters");
    }
  }

  private String fingerprint(String operation, Object request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint the request", e);
    }
  }

  private String text(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response is not serialisable", e);
    }
  }
}
