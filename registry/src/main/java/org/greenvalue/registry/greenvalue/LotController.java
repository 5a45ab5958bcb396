package org.greenvalue.registry.greenvalue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "green-value lots", description = "Mint and transfer lots")
@SecurityRequirement(name = "oauth2")
class LotController {
  private final MintPolicy checks;
  private final LotService service;
  private final LotQueries queries;
  private final LotWrites writes;
  private final Ownership ownership;

  LotController(
      MintPolicy checks,
      LotService service,
      LotQueries queries,
      LotWrites writes,
      Ownership ownership) {
    this.ownership = ownership;
    this.checks = checks;
    this.service = service;
    this.queries = queries;
    this.writes = writes;
  }

  @PostMapping("/lots")
  @Operation(
      summary =
          "Mint a lot from an assured, anchored ΔCO2 credential of the caller's organisation,"
              + " owned by it; a credential with upstream references is refused (registry.write)")
  ResponseEntity<LotView> mint(
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody MintLotRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    String operation = "POST /lots";
    URI base = LotWrites.base();
    return writes.run(
        client,
        key,
        operation,
        request,
        LotView.class,
        () -> {
          String owner = ownership.requireMayMint(request, client);
          String reduction =
              MintPolicy.secured("reductionCredential", request.reductionCredential());
          InheritedValue.refuseUpstream(reduction);
          VerifiedClaim claim = checks.check(request, base);
          UUID id = ChainIds.idFor(client, operation, key);
          var credentials =
              new MintedCredentials(
                  reduction,
                  MintPolicy.secured("assuranceCredential", request.assuranceCredential()));
          return created(queries.view(service.mint(id, claim, credentials, owner, client)));
        });
  }

  @PostMapping("/lots/{id}/transfers")
  @Operation(
      summary =
          "Transfer part of a lot to another organisation against a delivery, as a child lot;"
              + " returns the transfer with its signed record (registry.write)")
  ResponseEntity<TransferView> transfer(
      @PathVariable UUID id,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody TransferRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    String operation = "POST /lots/" + id + "/transfers";
    return writes.run(
        client,
        key,
        operation,
        request,
        TransferView.class,
        () -> {
          LotRow lot = ownership.requireOwnersClient(id, client);
          ownership.requireReceiver(lot, request.to());
          var grams = Tonnes.toGrams(request.quantity(), "quantity");
          UUID child = ChainIds.idFor(client, operation, key);
          UUID transfer = ChainIds.derived(child, "transfer");
          String from = ownership.ownerOf(lot);
          return created(
              queries.view(service.transfer(id, transfer, child, from, request, grams, client)));
        });
  }

  @GetMapping("/lots/{id}")
  @Operation(summary = "A lot: available, allocated, retired, transferred, history (registry.read)")
  LotView lot(@PathVariable UUID id) {
    return queries.lot(id);
  }

  @GetMapping("/transfers/{id}")
  @Operation(summary = "A transfer with its signed transfer record (registry.read)")
  TransferView transfer(@PathVariable UUID id) {
    return queries.transfer(id);
  }

  static <T> ResponseEntity<T> created(T body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }
}
