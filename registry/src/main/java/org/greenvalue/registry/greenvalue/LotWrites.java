package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenvalue.service.idempotency.Idempotency;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Runs a lot write under its Idempotency-Key, and keeps what the write was asked while it runs, so
 * that a transaction it leaves unconfirmed is stored with its request ({@link PendingLotWrites})
 * and the registry can finish it later by itself ({@link PendingLotWriteReconciler}).
 */
@Component
class LotWrites {

  /**
   * A lot write as its client asked it.
   *
   * @param base the registry's base URL as the client addressed it (the mint decision reads the
   *     registry's own status lists and receipts by it)
   */
  record Asked(String client, String key, String operation, String request, URI base) {}

  /** A write running on this thread, its request as received. */
  private record Running(String client, String key, String operation, Object request) {}

  private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<URI> REPLAYED_BASE = new ThreadLocal<>();

  private final Idempotency idempotency;
  private final ObjectMapper json;

  LotWrites(Idempotency idempotency, ObjectMapper json) {
    this.idempotency = idempotency;
    this.json = json;
  }

  <T> ResponseEntity<T> run(
      String client,
      String key,
      String operation,
      Object request,
      Class<T> type,
      Supplier<ResponseEntity<T>> write) {
    Running running = new Running(client, key, operation, request);
    return idempotency.run(
        client,
        key,
        operation,
        request,
        type,
        () -> {
          Running outer = CURRENT.get();
          CURRENT.set(running);
          try {
            return write.get();
          } finally {
            if (outer == null) {
              CURRENT.remove();
            } else {
              CURRENT.set(outer);
            }
          }
        });
  }

  /**
   * The write running on this thread as its client asked it, if any; its request is written as JSON
   * only now, since only a write left unconfirmed is kept.
   */
  Optional<Asked> current() {
    Running running = CURRENT.get();
    if (running == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Asked(
            running.client(), running.key(), running.operation(), text(running.request()), base()));
  }

  /** The base URL of the request being served, or of the write being replayed. */
  static URI base() {
    URI replayed = REPLAYED_BASE.get();
    return replayed != null
        ? replayed
        : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
  }

  /** Runs a stored write's replay with the base URL its client used. */
  static <T> T replayingAt(URI base, Supplier<T> replay) {
    REPLAYED_BASE.set(base);
    try {
      return replay.get();
    } finally {
      REPLAYED_BASE.remove();
    }
  }

  private String text(Object request) {
    try {
      return json.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a lot write request that cannot be written as JSON", e);
    }
  }
}
