package org.greenvalue.registry.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "status lists", description = "Bitstring Status List 1.0: allocate, set, publish")
class StatusListController {
  private final StatusListService service;
  private final StatusListPublisher publisher;
  private final StatusListProperties properties;
  private final Idempotency idempotency;
  private final ObjectMapper json;
  private final StatusOwnership ownership;

  StatusListController(
      StatusOwnership ownership,
      StatusListService service,
      StatusListPublisher publisher,
      StatusListProperties properties,
      Idempotency idempotency,
      ObjectMapper json) {
    this.ownership = ownership;
    this.service = service;
    this.publisher = publisher;
    this.properties = properties;
    this.idempotency = idempotency;
    this.json = json;
  }

  @PostMapping("/status-lists/{purpose}/entries")
  @Operation(
      summary =
          "Allocate an index; returns the credentialStatus entry (registry.write). A message"
              + " entry names statusSize (1 to 8) and statusMessage (2^statusSize items)")
  ResponseEntity<JsonNode> allocate(
      @PathVariable String purpose,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody AllocateRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    StatusPurpose statusPurpose = Purposes.parse(purpose);
    String client = Callers.clientId(jwt);
    URI base = baseUrl();
    return idempotency.run(
        client,
        key,
        "POST /status-lists/" + purpose + "/entries",
        request,
        JsonNode.class,
        () -> {
          String organisation =
              ownership.allocatingOrganisation(request.issuer(), request.organisation(), client);
          ListShape shape =
              ListShape.requested(statusPurpose, request.statusSize(), request.statusMessage());
          BitstringStatusListEntry entry =
              service.allocate(statusPurpose, shape, request.issuer(), organisation, client, base);
          return ResponseEntity.status(HttpStatus.CREATED).body(tree(entry));
        });
  }

  @PostMapping("/status-lists/{purpose}/entries/batch")
  @Operation(
      summary =
          "Allocate 1 to 1000 indexes in one transaction; returns {\"entries\": [credentialStatus"
              + " entry, ...]} (registry.write)")
  ResponseEntity<JsonNode> allocateBatch(
      @PathVariable String purpose,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody BatchAllocateRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    StatusPurpose statusPurpose = Purposes.parse(purpose);
    String client = Callers.clientId(jwt);
    URI base = baseUrl();
    return idempotency.run(
        client,
        key,
        "POST /status-lists/" + purpose + "/entries/batch",
        request,
        JsonNode.class,
        () -> {
          String organisation =
              ownership.allocatingOrganisation(request.issuer(), request.organisation(), client);
          ListShape shape =
              ListShape.requested(statusPurpose, request.statusSize(), request.statusMessage());
          List<BitstringStatusListEntry> entries =
              service.allocateBatch(
                  statusPurpose,
                  shape,
                  request.issuer(),
                  organisation,
                  request.count(),
                  client,
                  base);
          ObjectNode body = json.createObjectNode();
          ArrayNode array = body.putArray("entries");
          entries.forEach(entry -> array.add(tree(entry)));
          return ResponseEntity.status(HttpStatus.CREATED).body((JsonNode) body);
        });
  }

  @PutMapping("/status-lists/{purpose}/{listId}/entries/{index}")
  @Operation(
      summary =
          "Change an entry (registry.write): {set: true|false} on a one-bit list (revoke, suspend,"
              + " clear), or {status: \"0x2\"} on any list; a value that does not fit the"
              + " list's statusSize is a 422")
  ResponseEntity<StatusEntryState> setStatus(
      @PathVariable String purpose,
      @PathVariable @Min(1) long listId,
      @PathVariable @Min(0) int index,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody SetStatusRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    StatusPurpose statusPurpose = Purposes.parse(purpose);
    String client = Callers.clientId(jwt);
    return idempotency.run(
        client,
        key,
        "PUT /status-lists/" + purpose + "/" + listId + "/entries/" + index,
        request,
        StatusEntryState.class,
        () -> ResponseEntity.ok(service.setStatus(statusPurpose, listId, index, request, client)));
  }

  @GetMapping("/status-lists/{purpose}/{listId}/entries/{index}")
  @Operation(
      summary =
          "An allocated entry as a credential carries it, with its organisation and status, for"
              + " clients of that organisation (registry.write); 404 when never allocated")
  ObjectNode entry(
      @PathVariable String purpose,
      @PathVariable @Min(1) long listId,
      @PathVariable @Min(0) int index,
      @AuthenticationPrincipal Jwt jwt) {
    AllocatedEntry entry =
        service.entry(Purposes.parse(purpose), listId, index, Callers.clientId(jwt), baseUrl());
    ObjectNode body = json.createObjectNode();
    body.put("organisation", entry.organisation());
    body.put("issuer", entry.issuer());
    body.set("credentialStatus", tree(entry.credentialStatus()));
    body.put("status", "0x" + Integer.toHexString(entry.status()));
    return body;
  }

  @GetMapping("/status-lists/{purpose}/{listId}")
  @Operation(
      summary =
          "The signed BitstringStatusListCredential (public; ETag, conditional GET); Accept:"
              + " application/vc (default, */*), application/ld+json or application/json; 406"
              + " for anything else, application/vc+jwt included (the list is not signed as a JWT)")
  ResponseEntity<String> publish(
      @PathVariable String purpose,
      @PathVariable long listId,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      WebRequest request) {
    MediaType type = negotiate(accept);
    SignedList signed = publisher.current(Purposes.parse(purpose), listId, baseUrl());
    CacheControl cache = CacheControl.maxAge(properties.maxAge()).cachePublic();
    if (request.checkNotModified(signed.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(signed.etag())
          .cacheControl(cache)
          .varyBy(HttpHeaders.ACCEPT)
          .build();
    }
    return ResponseEntity.ok()
        .eTag(signed.etag())
        .cacheControl(cache)
        .varyBy(HttpHeaders.ACCEPT)
        .contentType(type)
        .body(signed.credential());
  }

  private static MediaType negotiate(String accept) {
    try {
      return StatusListMediaTypes.choose(accept)
          .orElseThrow(
              () ->
                  new Problem(
                      HttpStatus.NOT_ACCEPTABLE,
                      "not-acceptable",
                      "Not acceptable",
                      "the status list is served as application/vc, application/ld+json or"
                          + " application/json (it is not signed as application/vc+jwt)"));
    } catch (StatusListMediaTypes.Malformed e) {
      throw Problem.badRequest("malformed-accept", "the Accept header does not parse");
    }
  }

  private URI baseUrl() {
    return properties.publicBaseUrl() != null
        ? properties.publicBaseUrl()
        : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
  }

  private JsonNode tree(BitstringStatusListEntry entry) {
    try {
      return json.readTree(JsonDocuments.write(entry.toJson()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
