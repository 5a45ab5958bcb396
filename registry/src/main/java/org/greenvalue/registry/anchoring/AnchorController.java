package org.greenvalue.registry.anchoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.greenvalue.ledger.anchor.DigestError;
import org.greenvalue.ledger.anchor.DigestRead;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Digests in, receipts out. The digest is the natural key, so a repeated submission is answered
 * with the digest's current state and writes nothing; no {@code Idempotency-Key} is needed.
 */
@RestController
@Tag(name = "anchors", description = "Anchor credential and evidence digests on chain")
@SecurityRequirement(name = "oauth2")
class AnchorController {
  private final SubmissionWriter writer;
  private final OutboxRepository outbox;
  private final Clock clock;

  AnchorController(SubmissionWriter writer, OutboxRepository outbox, Clock clock) {
    this.writer = writer;
    this.outbox = outbox;
    this.clock = clock;
  }

  @PostMapping("/anchors")
  @Operation(
      summary =
          "Submit a digest for anchoring (scope registry.write): 202 when new, 200 with its state"
              + " when submitted before")
  ResponseEntity<AnchorState> submit(
      @Valid @RequestBody SubmitRequest request, @AuthenticationPrincipal Jwt jwt) {
    String digest = valid(request.digest());
    Submission submission = new Submission(digest, now(), Callers.clientId(jwt));
    if (writer.append(submission)) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .location(URI.create("/anchors/" + digest))
          .body(
              new AnchorState(
                  digest, AnchorState.State.PENDING, submission.submittedAt(), null, null));
    }
    return ResponseEntity.ok(state(digest));
  }

  @GetMapping("/anchors/{digest}")
  @Operation(summary = "A digest's anchoring state, with its receipt once anchored")
  AnchorState find(@PathVariable String digest) {
    return state(valid(digest));
  }

  /** Now, to the microsecond PostgreSQL keeps, so the 202 and later reads agree. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private AnchorState state(String digest) {
    return outbox
        .find(digest)
        .orElseThrow(() -> Problem.notFound("unknown-digest", digest + " was never submitted"));
  }

  private static String valid(String digest) {
    if (DigestRead.read(digest) instanceof DigestError e) {
      throw new Problem(HttpStatus.BAD_REQUEST, "invalid-digest", "Invalid digest", e.reason());
    }
    return digest;
  }
}
