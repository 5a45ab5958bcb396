package org.greenvalue.registry.trust;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.ledger.trust.TrustStatus;
import org.greenvalue.registry.dids.DidHistory;
import org.greenvalue.registry.keys.RegistryKeys;
import org.springframework.stereotype.Service;

/**
 * The trust list as a credential signed by the registry ({@code eddsa-rdfc-2022}): every
 * accreditation in force at a time (optionally of one credential type or role), with its status
 * then and where it is on chain, and every registered DID document history ({@code didHistory}, as
 * {@code GET /dids/history} answers each). A verifier keeps it as an offline snapshot of the trust
 * registry.
 */
@Service
class TrustListPublisher {
  static final String CREDENTIAL_TYPE = "TrustListCredential";

  private final TrustRepository repository;
  private final RegistryKeys keys;
  private final DidHistory histories;
  private final Clock clock;

  TrustListPublisher(
      TrustRepository repository, RegistryKeys keys, DidHistory histories, Clock clock) {
    this.repository = repository;
    this.keys = keys;
    this.histories = histories;
    this.clock = clock;
  }

  String publish(String type, Role role, Instant requestedAt) {
    Instant at = requestedAt.truncatedTo(ChronoUnit.SECONDS);
    Map<String, List<TrustEvent>> bySubject =
        repository.confirmedEvents(type).stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.did() + "\n" + e.credentialType(),
                    java.util.TreeMap::new,
                    Collectors.toList()));
    JsonArrayBuilder entries = JSON.createArrayBuilder();
    for (List<TrustEvent> events : bySubject.values()) {
      Optional<TrustEvent> accreditation = TrustQueries.accreditationAt(events, at);
      if (accreditation.isEmpty() || (role != null && accreditation.get().role() != role)) {
        continue;
      }
      entries.add(entry(accreditation.get(), TrustQueries.statusChangeAt(events, at)));
    }
    JsonObjectBuilder subject =
        JSON.createObjectBuilder().add("type", "TrustList").add("snapshotAt", at.toString());
    if (type != null) {
      subject.add("credentialType", type);
    }
    if (role != null) {
      subject.add("role", role.name());
    }
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .id("urn:uuid:" + UUID.randomUUID())
            .type(CREDENTIAL_TYPE)
            .issuer(keys.did())
            .validFrom(clock.instant().truncatedTo(ChronoUnit.SECONDS))
            .credentialSubject(
                subject.add("accreditations", entries).add("didHistory", histories.all()).build())
            .build()
            .json();
    return keys.signer()
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow(reason -> new IllegalStateException("cannot sign the trust list: " + reason));
  }

  private static JsonObject entry(TrustEvent accreditation, Optional<TrustEvent> change) {
    TrustStatus status = change.map(TrustEvent::status).orElse(TrustStatus.ACTIVE);
    JsonObjectBuilder entry =
        JSON.createObjectBuilder()
            .add("did", accreditation.did())
            .add("role", accreditation.role().name())
            .add("credentialType", accreditation.credentialType())
            .add("accreditedFrom", accreditation.validFrom().toString());
    if (accreditation.validUntil() != null) {
      entry.add("accreditedUntil", accreditation.validUntil().toString());
    }
    if (accreditation.accreditingAuthority() != null) {
      entry.add("accreditingAuthority", accreditation.accreditingAuthority());
    }
    entry.add("trustStatus", status.name()).add("anchor", anchor(accreditation.ledger()));
    change.ifPresent(c -> entry.add("statusAnchor", anchor(c.ledger())));
    return entry.build();
  }

  private static JsonObject anchor(LedgerEvidence evidence) {
    return JSON.createObjectBuilder()
        .add("chainId", evidence.chainId())
        .add("contract", evidence.contract())
        .add("txHash", evidence.txHash())
        .add("blockNumber", evidence.blockNumber())
        .add("blockTime", evidence.blockTime().toString())
        .build();
  }
}
