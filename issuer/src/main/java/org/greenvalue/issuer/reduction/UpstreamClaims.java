package org.greenvalue.issuer.reduction;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A ΔCO2 credential that inherits value names the allocations it relies on ({@code
 * credentialSubject.upstream}); before it is stored, the registry records its claim on each, as the
 * issuer's other registry writes are made. A refused claim (unknown allocation, another
 * organisation's, more than is unclaimed, another quantity for the same credential) refuses the
 * issuance: nothing is stored.
 */
@Component
class UpstreamClaims {
  private static final String URN = "urn:uuid:";

  /** One reference: the allocation (its UUID) and the quantity relied on, as written. */
  record Reference(String allocationId, String quantity) {}

  private final RegistryClient registry;

  UpstreamClaims(RegistryClient registry) {
    this.registry = registry;
  }

  /** The subject's upstream references, read from its raw JSON; 422 when malformed. */
  static List<Reference> of(JsonObject subject) {
    JsonValue upstream = subject.get("upstream");
    if (upstream == null) {
      return List.of();
    }
    if (!(upstream instanceof JsonArray array) || array.isEmpty()) {
      throw invalid("upstream is a non-empty array of references");
    }
    List<Reference> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject reference)) {
        throw invalid("upstream[" + i + "] is not an object");
      }
      String allocation =
          reference.get("allocationId") instanceof JsonString s ? s.getString() : "";
      if (!allocation.startsWith(URN) || !isUuid(allocation.substring(URN.length()))) {
        throw invalid("upstream[" + i + "].allocationId is not urn:uuid:<uuid>");
      }
      JsonValue amount = reference.get("quantity");
      String quantity;
      if (amount instanceof JsonString s) {
        quantity = s.getString();
      } else if (amount instanceof JsonNumber n) {
        quantity = n.bigDecimalValue().toPlainString();
      } else {
        throw invalid("upstream[" + i + "].quantity is missing");
      }
      out.add(new Reference(allocation.substring(URN.length()), quantity));
    }
    return out;
  }

  /** Claims each reference for {@code credentialId}; the first refusal is a problem naming it. */
  void claim(List<Reference> references, String credentialId) {
    for (Reference r : references) {
      try {
        registry.claimAllocation(
            r.allocationId(), credentialId, new java.math.BigDecimal(r.quantity()));
      } catch (RegistryException.Refused e) {
        throw refused(r, e);
      } catch (RegistryException.Unavailable e) {
        throw Problem.unavailable(
            "registry-unavailable",
            "the registry could not record the claim on allocation "
                + URN
                + r.allocationId()
                + "; nothing was issued");
      }
    }
  }

  private static Problem refused(Reference r, RegistryException.Refused e) {
    int status = e.problem().status();
    HttpStatus answer =
        status == 403
            ? HttpStatus.FORBIDDEN
            : status == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    return new Problem(
        answer,
        "upstream-claim-refused",
        "Upstream claim refused",
        "the registry refused the claim on allocation "
            + URN
            + r.allocationId()
            + " for "
            + r.quantity()
            + " tCO2e ("
            + status
            + (e.problem().slug().isEmpty() ? "" : " " + e.problem().slug())
            + "); nothing was issued");
  }

  private static Problem invalid(String detail) {
    return Problem.invalid("invalid-upstream", detail);
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
