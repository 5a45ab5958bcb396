package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import org.greenvalue.common.verification.Check;

/**
 * The date rules of VC Data Model 1.1: {@code issuanceDate} is required (§4.6) and {@code
 * expirationDate} optional (§4.7), each an RFC 3339 date and time with a time zone (xsd:dateTime);
 * {@code validFrom} and {@code validUntil} are 2.0 terms the 1.1 context does not define.
 */
final class LegacyDateRules {

  static final List<Function<JsonObject, Check>> RULES =
      List.of(
          LegacyDateRules::issuanceDate,
          json -> CredentialShapeRules.dateTimeStamp("vc.expirationDate", json, "expirationDate"),
          LegacyDateRules::period,
          LegacyDateRules::noV2Dates);

  private LegacyDateRules() {}

  static Check issuanceDate(JsonObject json) {
    return json.containsKey("issuanceDate")
        ? CredentialShapeRules.dateTimeStamp("vc.issuanceDate", json, "issuanceDate")
        : Check.failed("vc.issuanceDate", "a VC Data Model 1.1 credential needs issuanceDate");
  }

  static Check period(JsonObject json) {
    var credential = VerifiableCredential.of(json);
    var issued = credential.issuanceDate();
    var expires = credential.expirationDate();
    if (issued.isEmpty() || expires.isEmpty()) {
      return Check.skipped("vc.validityPeriod", "issuanceDate and expirationDate not both given");
    }
    return issued.get().isAfter(expires.get())
        ? Check.failed(
            "vc.validityPeriod",
            "issuanceDate " + issued.get() + " is after expirationDate " + expires.get())
        : Check.passed("vc.validityPeriod", "issuanceDate is not after expirationDate");
  }

  static Check noV2Dates(JsonObject json) {
    for (String term : List.of("validFrom", "validUntil")) {
      if (json.containsKey(term)) {
        return Check.failed(
            "vc.dataModel",
            term
                + " is not defined in VC Data Model 1.1; a 1.1 credential uses issuanceDate"
                + " and expirationDate");
      }
    }
    return Check.passed("vc.dataModel", "VC Data Model 1.1 dates only");
  }
}
