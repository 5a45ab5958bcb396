package org.greenvalue.issuer.issuing;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.related.RelatedResourceRules;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.anchoring.AnchorOutbox;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.issuer.status.CallerStatusEntries;
import org.greenvalue.issuer.status.StatusClaims;
import org.greenvalue.issuer.status.StatusEntries;
import org.greenvalue.issuer.status.TakenEntry;
import org.greenvalue.service.problem.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues one credential: status entries (the caller's own {@code credentialStatus}, checked with
 * the registry, and the issuer's for the purposes it leaves out), then the signature (the library
 * refuses a credential that breaks the data model or its subject's rules), then one transaction
 * that stores the credential, queues its digest for anchoring and runs the caller's extra write
 * (e.g. the PACT footprint). Nothing is stored unless all of it is.
 */
@Service
public class CredentialIssuer {
  private final Organisations organisations;
  private final StatusEntries statusEntries;
  private final CallerStatusEntries callerStatus;
  private final StatusClaims claims;
  private final IssuedCredentials credentials;
  private final AnchorOutbox outbox;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CredentialIssuer(
      Organisations organisations,
      StatusEntries statusEntries,
      CallerStatusEntries callerStatus,
      StatusClaims claims,
      IssuedCredentials credentials,
      AnchorOutbox outbox,
      TransactionTemplate transaction,
      Clock clock) {
    this.organisations = organisations;
    this.statusEntries = statusEntries;
    this.callerStatus = callerStatus;
    this.claims = claims;
    this.credentials = credentials;
    this.outbox = outbox;
    this.transaction = transaction;
    this.clock = clock;
  }

  public IssuedCredential issue(Issuance issuance) {
    return issue(issuance, issued -> {});
  }

  public IssuedCredential issue(Issuance issuance, Consumer<IssuedCredential> alsoStore) {
    JsonObject unsigned = issuance.credential();
    String issuer = issuerOf(unsigned);
    if (issuer != null && !issuer.equals(issuance.org().did())) {
      throw Problem.invalid(
          "wrong-issuer", "the credential's issuer " + issuer + " is not " + issuance.org().did());
    }
    if (unsigned.containsKey("proof")) {
      throw Problem.invalid("already-secured", "the credential already has a proof");
    }
    String id = CredentialIds.given(unsigned);
    if (id != null && credentials.exists(id)) {
      throw Problem.conflict("credential-exists", "a credential with id " + id + " was issued");
    }
    KeyType keyType = issuance.signingKeyType(organisations.keyTypes(issuance.org()));
    CredentialSigner signer =
        organisations
            .signer(issuance.org(), keyType)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "no-key-for-format",
                        "organisation "
                            + issuance.org().id()
                            + " has no active "
                            + keyType
                            + " key"));
    Check related = RelatedResourceRules.shape(unsigned);
    if (related.failed()) {
      throw Problem.invalid("invalid-related-resource", related.name() + ": " + related.reason());
    }
    List<TakenEntry> given = callerStatus.check(unsigned, issuance.org().id());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String credentialId = id != null ? id : "urn:uuid:" + UUID.randomUUID();
    boolean legacy = VcDataModel11.requested(unsigned);
    if (legacy && !issuance.format().isDataIntegrity()) {
      throw Problem.invalid("vc-jwt-needs-2.0", VcDataModel11.NO_VC_JWT);
    }
    if (legacy && !given.isEmpty()) {
      throw Problem.invalid(
          "invalid-credential-status",
          "a VC Data Model 1.1 credential carries no Bitstring Status List entry here");
    }
    List<TakenEntry> entries = new ArrayList<>(given);
    if (!legacy) {
      entries.addAll(
          statusEntries.take(
              issuance.org().did(), given.stream().map(TakenEntry::purpose).toList()));
    }
    JsonObject complete =
        legacy
            ? VcDataModel11.complete(unsigned, credentialId, issuance.org().did(), now)
            : complete(unsigned, credentialId, issuance.org().did(), now, entries);
    Result<String> signed = signer.sign(complete, issuance.format(), issuance.mandatoryPointers());
    if (!signed.succeeded()) {
      throw Problem.invalid("refused-to-sign", signed.reason());
    }
    IssuedCredential issued =
        new IssuedCredential(
            credentialId,
            issuance.org().id(),
            issuance.kind(),
            issuance.format(),
            digest(signed.value(), issuance.format()).toString(),
            signed.value(),
            entries,
            issuance.evidenceDigest(),
            issuance.evidenceRoot(),
            now);
    try {
      transaction.executeWithoutResult(
          tx -> {
            credentials.insert(issued, CredentialLinks.of(issuance.kind(), complete));
            claims.claim(issued.id(), entries);
            outbox.enqueue(issued.digest(), issued.id(), now);
            alsoStore.accept(issued);
          });
    } catch (DuplicateKeyException e) {
      throw Problem.conflict("already-issued", "the credential or its footprint already exists");
    }
    return issued;
  }

  private static JsonObject complete(
      JsonObject unsigned, String id, String issuer, Instant now, List<TakenEntry> entries) {
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    for (var member : unsigned.entrySet()) {
      if (member.getKey().equals("credentialSubject")) {
        builder.add("id", id);
        if (!unsigned.containsKey("issuer")) {
          builder.add("issuer", issuer);
        }
        if (!unsigned.containsKey("validFrom")) {
          builder.add("validFrom", now.toString());
        }
      }
      if (!member.getKey().equals("id")) {
        builder.add(member.getKey(), member.getValue());
      }
    }
    JsonArrayBuilder status = JSON.createArrayBuilder();
    for (TakenEntry entry : entries) {
      status.add(JsonDocuments.parseObject(entry.json()).value());
    }
    builder.add("credentialStatus", status);
    JsonObject built = builder.build();
    if (!built.containsKey("issuer")) {
      return JSON.createObjectBuilder(built).add("issuer", issuer).build();
    }
    return built;
  }

  static String issuerOf(JsonObject credential) {
    JsonValue issuer = credential.get("issuer");
    if (issuer instanceof JsonString s) {
      return s.getString();
    }
    if (issuer instanceof JsonObject o && o.get("id") instanceof JsonString s) {
      return s.getString();
    }
    return issuer == null ? null : "";
  }

  static Sha256Digest digest(String secured, SecuringFormat format) {
    Result<Sha256Digest> digest =
        format == SecuringFormat.VC_JWT
            ? SecuredCredentialDigests.ofCompactJws(secured)
            : SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(secured).value());
    return digest.orElseThrow();
  }
}
