package org.greenvalue.verification;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidDocumentParser;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.verification.dids.DidHistory;

/**
 * A did:web organisation for key history tests: its keys by fragment, today's document (served by
 * {@link #resolver()}) and its registry history in the shape of {@code GET /dids/history}.
 */
public final class WebIssuer {
  public final String did = "did:web:issuer.example:org-" + UUID.randomUUID();
  private final Map<String, SigningKey> keys = new LinkedHashMap<>();
  private final List<JsonObject> versions = new ArrayList<>();
  private JsonObject today;

  public WebIssuer(String... fragments) {
    for (String f : fragments) {
      keys.put(f, SigningKey.generate(KeyType.ED25519));
    }
  }

  public String method(String fragment) {
    return did + "#" + fragment;
  }

  /** Appends a version whose document holds these keys, and makes it today's document. */
  public WebIssuer version(Instant validFrom, JsonObject change, String... fragments) {
    today = document(fragments);
    versions.add(
        JSON.createObjectBuilder()
            .add("did", did)
            .add("version", versions.size() + 1)
            .add("validFrom", validFrom.toString())
            .add("document", today)
            .add("change", change)
            .build());
    return this;
  }

  public static JsonObject change(String kind) {
    return JSON.createObjectBuilder().add("kind", kind).build();
  }

  public JsonObject compromise(String fragment, Instant at) {
    return JSON.createObjectBuilder()
        .add("kind", "KEY_COMPROMISED")
        .add("keyId", method(fragment))
        .add("compromisedAt", at.toString())
        .build();
  }

  public JsonObject historyJson() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    versions.forEach(list::add);
    return JSON.createObjectBuilder().add("did", did).add("versions", list).build();
  }

  public DidHistory history() {
    return DidHistory.read(historyJson()).orElseThrow();
  }

  /** Resolves this DID to today's document only. */
  public DidResolver resolver() {
    return new DidResolver() {
      @Override
      public boolean supports(String d) {
        return d.startsWith("did:web:");
      }

      @Override
      public Result<DidDocument> resolve(String d) {
        return d.equals(did)
            ? DidDocumentParser.parse(today, did)
            : Result.failure("unknown DID " + d);
      }
    };
  }

  /** A credential of this issuer, signed with the fragment's key, claiming {@code validFrom}. */
  public String sign(
      CredentialSubject subject, String fragment, Instant validFrom, SecuringFormat format) {
    JsonObject credential =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", "urn:uuid:" + UUID.randomUUID())
            .add("issuer", did)
            .add("validFrom", validFrom.toString())
            .build();
    return new CredentialSigner(keys.get(fragment), method(fragment), Issued.CLOCK)
        .sign(credential, format)
        .orElseThrow();
  }

  /** A ΔCO2 credential over a fresh pack in the directory. */
  public String signReduction(
      java.nio.file.Path dir, String fragment, Instant validFrom, SecuringFormat format)
      throws java.io.IOException {
    var pack = Issued.pack(dir.resolve("pack-" + UUID.randomUUID() + ".zip"));
    return sign(Issued.reductionSubject(pack, "1000.500", "850.250"), fragment, validFrom, format);
  }

  /** Anchors the credential's digest alone in a batch on the ledger; its receipt. */
  public static org.greenvalue.ledger.anchor.AnchorReceipt anchor(
      org.greenvalue.ledger.Ledger ledger, String credential) {
    var outcome =
        (org.greenvalue.ledger.anchor.BatchOutcome.Anchored)
            org.greenvalue.ledger.anchor.AnchorBatcher.of(ledger)
                .anchorTexts(
                    org.greenvalue.ledger.Bytes32.keccakOf("batch-" + UUID.randomUUID()),
                    List.of(Issued.digestOf(credential)));
    return outcome.receipts().getFirst();
  }

  /** A receipt for the credential alone in a batch, never sent to a chain, at {@code time}. */
  public static String forgedReceipt(String credential, Instant time) {
    return Issued.receipt(Issued.digestOf(credential), time);
  }

  private JsonObject document(String... fragments) {
    JsonArrayBuilder methods = JSON.createArrayBuilder();
    JsonArrayBuilder refs = JSON.createArrayBuilder();
    for (String f : fragments) {
      methods.add(
          JSON.createObjectBuilder()
              .add("id", method(f))
              .add("type", "Multikey")
              .add("controller", did)
              .add("publicKeyMultibase", Multikey.encodePublic(keys.get(f).publicKey())));
      refs.add(method(f));
    }
    return JSON.createObjectBuilder()
        .add("id", did)
        .add("verificationMethod", methods)
        .add("assertionMethod", refs)
        .build();
  }
}
