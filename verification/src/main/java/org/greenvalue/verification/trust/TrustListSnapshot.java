package org.greenvalue.verification.trust;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.verification.CredentialJson;
import org.greenvalue.verification.dids.DidHistory;
import org.greenvalue.verification.dids.KeyHistorySource;

/**
 * Offline trust: a signed {@code TrustListCredential} exported by the registry ({@code GET
 * /trust/list}), verified once when loaded. It lists the accreditations in force when it was issued
 * under {@code credentialSubject.accreditations} (or {@code entries}), each {@code {"did", "role",
 * "credentialType", "accreditedFrom" (or "validFrom"), "accreditedUntil"?, "status"}}; a DID is
 * trusted at a time when an active entry for the type covers it. A snapshot knows no status change
 * made after it. When it also carries {@code organisations} ({@code [{"id", "dids": [...]}]}), it
 * answers which organisation controls a DID; otherwise it knows none. Its {@code didHistory} (when
 * present) lists each DID's document versions as the registry's {@code GET /dids/history} answers
 * them, so key validity at issuance is decided offline too.
 */
public final class TrustListSnapshot implements TrustSource, KeyHistorySource {

  public static final String TYPE = "TrustListCredential";

  private final String issuer;
  private final Optional<Instant> issuedAt;
  private final List<Entry> entries;
  private final java.util.Map<String, String> organisations;
  private final VerificationReport report;
  private final KeyHistorySource histories;

  private TrustListSnapshot(
      String issuer,
      Optional<Instant> issuedAt,
      List<Entry> entries,
      java.util.Map<String, String> organisations,
      List<DidHistory> histories,
      VerificationReport report) {
    this.issuer = issuer;
    this.issuedAt = issuedAt;
    this.entries = List.copyOf(entries);
    this.organisations = java.util.Map.copyOf(organisations);
    this.report = report;
    this.histories = KeyHistorySource.of(histories, "");
  }

  /**
   * Verifies and reads a snapshot; refused when its proof or shape fails, when it is not a trust
   * list, or when {@code expectedIssuer} is given and did not sign it.
   */
  public static Result<TrustListSnapshot> load(
      String secured, CredentialVerifier verifier, Optional<String> expectedIssuer) {
    VerificationReport report = verifier.verify(secured);
    if (!report.valid()) {
      return Result.failure("the trust list does not verify: " + report.failures());
    }
    Optional<JsonObject> json = CredentialJson.payload(secured);
    if (json.isEmpty()) {
      return Result.failure("the trust list is not a credential");
    }
    var vc = VerifiableCredential.of(json.get());
    if (!vc.types().contains(TYPE)) {
      return Result.failure("not a " + TYPE + ": " + vc.types());
    }
    String issuer = vc.issuerId().orElse("");
    if (expectedIssuer.isPresent() && !expectedIssuer.get().equals(issuer)) {
      return Result.failure(
          "the trust list is signed by " + issuer + ", not the expected " + expectedIssuer.get());
    }
    List<JsonObject> subjects = vc.credentialSubjects();
    if (subjects.size() != 1) {
      return Result.failure("a trust list has exactly one credentialSubject");
    }
    Result<java.util.Map<String, String>> organisations = organisations(subjects.getFirst());
    if (!organisations.succeeded()) {
      return Result.failure(organisations.reason());
    }
    Result<List<DidHistory>> histories = histories(subjects.getFirst());
    if (!histories.succeeded()) {
      return Result.failure(histories.reason());
    }
    return entries(subjects.getFirst())
        .map(
            list ->
                new TrustListSnapshot(
                    issuer,
                    vc.validFrom(),
                    list,
                    organisations.value(),
                    histories.value(),
                    report));
  }

  /** The snapshot's own verification. */
  public VerificationReport report() {
    return report;
  }

  public String issuer() {
    return issuer;
  }

  public int size() {
    return entries.size();
  }

  @Override
  public Result<TrustDecision> decide(String did, String credentialType, Instant at) {
    var forDid =
        entries.stream()
            .filter(e -> e.did().equals(did) && e.credentialType().equals(credentialType))
            .toList();
    if (forDid.isEmpty()) {
      return Result.success(
          new TrustDecision(
              false, "the trust list has no accreditation of " + did + " for " + credentialType));
    }
    for (Entry e : forDid) {
      if (e.covers(at)) {
        return Result.success(
            e.active()
                ? new TrustDecision(
                    true, "accredited as " + e.role() + " from " + e.validFrom() + untilText(e))
                : new TrustDecision(false, "accreditation is " + e.status()));
      }
    }
    return Result.success(new TrustDecision(false, "no accreditation of " + did + " covers " + at));
  }

  @Override
  public Optional<String> organisationOf(String did) {
    return Optional.ofNullable(organisations.get(did));
  }

  @Override
  public Result<Optional<DidHistory>> historyOf(String did) {
    return histories.historyOf(did);
  }

  private static Result<List<DidHistory>> histories(JsonObject subject) {
    JsonValue value = subject.get("didHistory");
    if (value == null) {
      return Result.success(List.of());
    }
    if (!(value instanceof JsonArray array)) {
      return Result.failure("the trust list's didHistory is not an array");
    }
    var list = new ArrayList<DidHistory>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonObject o)) {
        return Result.failure("a didHistory entry is not an object");
      }
      Result<DidHistory> history = DidHistory.read(o);
      if (!history.succeeded()) {
        return Result.failure("the trust list's didHistory: " + history.reason());
      }
      list.add(history.value());
    }
    return Result.success(list);
  }

  private static String untilText(Entry e) {
    return e.validUntil().map(u -> " until " + u).orElse("");
  }

  @Override
  public String describe() {
    return "trust list snapshot by " + issuer + issuedAt.map(t -> " as of " + t).orElse("");
  }

  /** DID to organisation id, from the optional {@code organisations} array. */
  private static Result<java.util.Map<String, String>> organisations(JsonObject subject) {
    JsonValue value = subject.get("organisations");
    if (value == null || value == JsonValue.NULL) {
      return Result.success(java.util.Map.of());
    }
    if (!(value instanceof JsonArray array)) {
      return Result.failure("the trust list's organisations is not an array");
    }
    var byDid = new java.util.HashMap<String, String>();
    for (JsonValue item : array) {
      try {
        JsonObject o = (JsonObject) item;
        String id = o.getString("id");
        for (JsonValue did : o.getJsonArray("dids")) {
          String text = ((jakarta.json.JsonString) did).getString();
          String previous = byDid.putIfAbsent(text, id);
          if (previous != null && !previous.equals(id)) {
            return Result.failure("the trust list gives " + text + " two organisations");
          }
        }
      } catch (NullPointerException | ClassCastException e) {
        return Result.failure("malformed trust list organisation " + item);
      }
    }
    return Result.success(byDid);
  }

  private static Result<List<Entry>> entries(JsonObject subject) {
    JsonValue value =
        subject.containsKey("accreditations")
            ? subject.get("accreditations")
            : subject.get("entries");
    if (!(value instanceof JsonArray array)) {
      return Result.failure("the trust list has no accreditations array");
    }
    var list = new ArrayList<Entry>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonObject o)) {
        return Result.failure("a trust list entry is not an object");
      }
      try {
        String did = o.containsKey("did") ? o.getString("did") : o.getString("id");
        // The registry's TrustListCredential says accreditedFrom/accreditedUntil.
        String from = o.containsKey("accreditedFrom") ? "accreditedFrom" : "validFrom";
        String until = o.containsKey("accreditedFrom") ? "accreditedUntil" : "validUntil";
        list.add(
            new Entry(
                did,
                o.getString("role", ""),
                o.getString("credentialType"),
                Instant.parse(o.getString(from)),
                o.containsKey(until) && o.get(until) != JsonValue.NULL
                    ? Optional.of(Instant.parse(o.getString(until)))
                    : Optional.empty(),
                o.getString("status", "ACTIVE")));
      } catch (NullPointerException | ClassCastException | DateTimeParseException e) {
        return Result.failure("malformed trust list entry " + JsonDocuments.write(o));
      }
    }
    return Result.success(list);
  }

  private record Entry(
      String did,
      String role,
      String credentialType,
      Instant validFrom,
      Optional<Instant> validUntil,
      String status) {
    boolean covers(Instant at) {
      return !at.isBefore(validFrom) && validUntil.map(at::isBefore).orElse(true);
    }

    boolean active() {
      return status.toUpperCase(Locale.ROOT).equals("ACTIVE");
    }
  }
}
