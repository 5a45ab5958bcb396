package org.greenvalue.registry.explorer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.greenvalue.registry.explorer.ExplorerRetirements.Stored;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public, read-only explorer API: no token. Lists are pages {@code {"items", "next"}} read by
 * keyset: pass {@code next} as {@code after}; {@code limit} 1..100 (default 20).
 */
@RestController
@RequestMapping("/explorer/api")
@Tag(name = "explorer", description = "Public, read-only: lots, retirements, trust, anchors")
class ExplorerController {
  private final ExplorerQueries queries;

  ExplorerController(ExplorerQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/lots")
  @Operation(summary = "Lots newest first; q matches a lot id, an owner, project or facility id")
  Page<LotSummary> lots(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String limit) {
    return queries.searchLots(q, after, limit);
  }

  @GetMapping("/lots/{id}")
  @Operation(summary = "A lot: history, custody path up and down, retirements")
  LotDetail lot(@PathVariable String id) {
    return queries.lot(id);
  }

  @GetMapping("/lots/{id}/events")
  @Operation(summary = "A lot's history, oldest first")
  Page<LotEventView> events(
      @PathVariable String id,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String limit) {
    return queries.lotEvents(id, after, limit);
  }

  @GetMapping("/lots/{id}/children")
  @Operation(summary = "The lots transferred out of a lot, oldest first")
  Page<LotSummary> children(
      @PathVariable String id,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String limit) {
    return queries.children(id, after, limit);
  }

  @GetMapping("/retirements")
  @Operation(summary = "Retirements newest first, optionally of one lot")
  Page<RetirementSummary> retirements(
      @RequestParam(required = false) String lot,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String limit) {
    return queries.retirements(lot, after, limit);
  }

  @GetMapping("/retirements/{id}")
  @Operation(summary = "A retirement with its certificate and a link to verify it")
  RetirementDetail retirement(@PathVariable String id) {
    URI base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
    return queries.retirement(id, base);
  }

  @GetMapping("/retirements/{id}/certificate")
  @Operation(summary = "The retirement certificate credential, as a file")
  ResponseEntity<byte[]> certificate(@PathVariable String id) {
    Stored r = queries.certificate(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("retirement-certificate-" + r.id() + ".json")
                .build()
                .toString())
        .body(r.certificateText().getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/organisations")
  @Operation(summary = "Registered organisations by id, with their DIDs")
  Page<OrganisationSummary> organisations(
      @RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
    return queries.organisations(after, limit);
  }

  @GetMapping("/organisations/{id}")
  @Operation(summary = "An organisation and the accreditation history of its DIDs")
  OrganisationDetail organisation(@PathVariable String id) {
    return queries.organisation(id);
  }

  @GetMapping("/organisations/{id}/accreditations")
  @Operation(summary = "An organisation's accreditation history, oldest first")
  Page<TrustEventView> accreditations(
      @PathVariable String id,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String limit) {
    return queries.accreditations(id, after, limit);
  }

  @GetMapping("/anchors")
  @Operation(summary = "Anchored Merkle batches newest first: transaction, block, time, size")
  Page<AnchorBatchView> anchors(
      @RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
    return queries.anchors(after, limit);
  }

  @GetMapping("/tx/{hash}")
  @Operation(summary = "Every registry record written by one transaction")
  TransactionView transaction(@PathVariable String hash) {
    return queries.transaction(hash);
  }
}
