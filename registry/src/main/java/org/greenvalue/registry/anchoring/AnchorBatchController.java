package org.greenvalue.registry.anchoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenvalue.service.security.Callers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Digests in batches: an issuer forwards what it issued in one request per batch, and learns what
 * became of them in one request per batch. Both answer {@code {"anchors": [state, …]}}.
 */
@RestController
@Tag(name = "anchors", description = "Anchor credential and evidence digests on chain")
@SecurityRequirement(name = "oauth2")
class AnchorBatchController {
  private final SubmissionWriter writer;
  private final OutboxRepository outbox;
  private final Clock clock;

  AnchorBatchController(SubmissionWriter writer, OutboxRepository outbox, Clock clock) {
    this.writer = writer;
    this.outbox = outbox;
    this.clock = clock;
  }

  record Anchors(List<AnchorState> anchors) {}

  @PostMapping("/anchors/batch")
  @Operation(
      summary =
          "Submit up to 1,000 digests for anchoring (scope registry.write), durable on return;"
              + " each digest's state in the order given, PENDING for those new")
  Anchors submit(@RequestBody DigestBatch batch, @AuthenticationPrincipal Jwt jwt) {
    List<String> digests = batch.validated();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String client = Callers.clientId(jwt);
    Set<String> added =
        writer.appendAll(digests.stream().map(d -> new Submission(d, now, client)).toList());
    Map<String, AnchorState> known =
        added.size() == digests.size() ? Map.of() : byDigest(outbox.findAll(digests));
    return new Anchors(
        digests.stream()
            .map(
                d ->
                    added.contains(d)
                        ? new AnchorState(d, AnchorState.State.PENDING, now, null, null)
                        : known.get(d))
            .toList());
  }

  @PostMapping("/anchors/lookup")
  @Operation(
      summary =
          "The states of up to 1,000 digests (scope registry.read), with receipts once anchored;"
              + " digests never submitted are left out")
  Anchors lookup(@RequestBody DigestBatch batch) {
    List<String> digests = batch.validated();
    Map<String, AnchorState> known = byDigest(outbox.findAll(digests));
    return new Anchors(digests.stream().filter(known::containsKey).map(known::get).toList());
  }

  private static Map<String, AnchorState> byDigest(List<AnchorState> states) {
    return states.stream().collect(Collectors.toMap(AnchorState::digest, Function.identity()));
  }
}
