package org.greenvalue.service.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise each part of the kit. */
@RestController
class SampleController {
  static final AtomicInteger WRITES = new AtomicInteger();

  private final Idempotency idempotency;
  private final JdbcClient jdbc;

  SampleController(Idempotency idempotency, JdbcClient jdbc) {
    this.idempotency = idempotency;
    this.jdbc = jdbc;
  }

  record Thing(@NotBlank String name, @Positive int count) {}

  record Created(int number, String name, String client) {}

  @GetMapping("/things/{name}")
  Thing find(@PathVariable String name) {
    throw Problem.notFound("unknown-thing", "no thing named " + name);
  }

  @PostMapping("/things")
  ResponseEntity<Created> create(
      @AuthenticationPrincipal Jwt jwt,
      @RequestHeader(value = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody Thing thing) {
    String client = Callers.clientId(jwt);
    return idempotency.run(
        client,
        key,
        "POST /things",
        thing,
        Created.class,
        () ->
            ResponseEntity.status(201)
                .body(new Created(WRITES.incrementAndGet(), thing.name(), client)));
  }

  @GetMapping("/database")
  String database() {
    return jdbc.sql("SELECT current_setting('data_directory')").query(String.class).single();
  }
}
