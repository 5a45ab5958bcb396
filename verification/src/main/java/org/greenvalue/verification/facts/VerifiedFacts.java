package org.greenvalue.verification.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verification established about a credential, typed, for eligibility policies and for a
 * page to show. A fact is present only when the check behind it ran; {@link #valid} says whether
 * the whole report held.
 *
 * @param valid no check failed and at least one passed
 * @param credentialTypes the credential's {@code type} values
 * @param credentialId its {@code id}, when it has one
 * @param digest its {@code sha256:} digest (the one anchored and named by assurance)
 * @param issuer the issuer's DID
 * @param issuerTrusted whether the trust source said the issuer was accredited at issuance
 * @param subjectKind our subject kind ({@code EMISSION_REDUCTION}, ...), when it is one of ours
 * @param issuedAt when it was issued (validFrom, else the proof's creation time)
 * @param reduction the ΔCO2 figures, for a reduction credential
 * @param footprint the PCF figures, for a footprint credential
 * @param assurance the assurance that covers it, when one was given and checked
 * @param anchor where it was anchored, when the receipt checked out
 * @param status what its status lists said
 * @param lot the green-value lot minted from it, when a lot source knows one
 * @param custody the custody chain walked for a ΔCO2 credential with {@code upstream} references,
 *     when any of it could be read
 * @param dataModel the VC Data Model version it follows ({@code 2.0} or {@code 1.1}), when its
 *     context names one
 * @param proofTypes how it is secured: each proof's cryptosuite (e.g. {@code eddsa-rdfc-2022}) or
 *     legacy type (e.g. {@code Ed25519Signature2020}), or the JWT form ({@code vc+jwt}, {@code
 *     vc-jwt-1.1})
 */
public record VerifiedFacts(
    boolean valid,
    List<String> credentialTypes,
    Optional<String> credentialId,
    Optional<String> digest,
    Optional<String> issuer,
    boolean issuerTrusted,
    Optional<String> subjectKind,
    Optional<Instant> issuedAt,
    Optional<ReductionFacts> reduction,
    Optional<FootprintFacts> footprint,
    Optional<AssuranceFacts> assurance,
    Optional<AnchorFacts> anchor,
    StatusFacts status,
    Optional<LotFacts> lot,
    Optional<CustodyFacts> custody,
    Optional<String> dataModel,
    List<String> proofTypes) {

  public VerifiedFacts {
    credentialTypes = List.copyOf(credentialTypes);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dataModel, "dataModel");
    proofTypes = List.copyOf(proofTypes);
  }

  /** Facts without data model version and proof types (as built before they were reported). */
  public VerifiedFacts(
      boolean valid,
      List<String> credentialTypes,
      Optional<String> credentialId,
      Optional<String> digest,
      Optional<String> issuer,
      boolean issuerTrusted,
      Optional<String> subjectKind,
      Optional<Instant> issuedAt,
      Optional<ReductionFacts> reduction,
      Optional<FootprintFacts> footprint,
      Optional<AssuranceFacts> assurance,
      Optional<AnchorFacts> anchor,
      StatusFacts status,
      Optional<LotFacts> lot,
      Optional<CustodyFacts> custody) {
    this(
        valid,
        credentialTypes,
        credentialId,
        digest,
        issuer,
        issuerTrusted,
        subjectKind,
        issuedAt,
        reduction,
        footprint,
        assurance,
        anchor,
        status,
        lot,
        custody,
        Optional.empty(),
        List.of());
  }

  /** Facts of input that could not be read at all. */
  public static VerifiedFacts none() {
    return new VerifiedFacts(
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        StatusFacts.UNCHECKED,
        Optional.empty(),
        Optional.empty());
  }

  /** The same facts with {@link #valid} replaced. */
  public VerifiedFacts withValid(boolean isValid) {
    return new VerifiedFacts(
        isValid,
        credentialTypes,
        credentialId,
        digest,
        issuer,
        issuerTrusted,
        subjectKind,
        issuedAt,
        reduction,
        footprint,
        assurance,
        anchor,
        status,
        lot,
        custody,
        dataModel,
        proofTypes);
  }

  /** ΔCO2 figures, tCO2e, exact. */
  public record ReductionFacts(
      BigDecimal baselineEmissions,
      BigDecimal projectEmissions,
      BigDecimal reduction,
      String unit,
      Instant periodStart,
      Instant periodEnd,
      String projectId,
      String facilityId,
      String methodology) {}

  /** PACT footprint figures. */
  public record FootprintFacts(
      String footprintId,
      List<String> productIds,
      List<String> productCategories,
      String declaredUnit,
      BigDecimal pcfExcludingBiogenicUptake,
      Instant periodStart,
      Instant periodEnd) {
    public FootprintFacts {
      productIds = List.copyOf(productIds);
      productCategories = List.copyOf(productCategories);
    }
  }

  /** The assurance credential that covers the claim, as checked. */
  public record AssuranceFacts(
      String provider,
      boolean providerAccredited,
      String level,
      String opinion,
      String standard,
      String accreditationReference) {}

  /** Where the digest was anchored. */
  public record AnchorFacts(
      long chainId,
      String contract,
      String txHash,
      long blockNumber,
      Instant blockTime,
      boolean checkedOnChain) {}

  /**
   * What the status lists said.
   *
   * @param checked whether any status entry was checked
   * @param revoked a revocation bit is set
   * @param suspended a suspension bit is set
   * @param fetchedAt the oldest status list used was fetched at this time
   * @param messages the value of each {@code message} entry and its status message
   */
  public record StatusFacts(
      boolean checked,
      boolean revoked,
      boolean suspended,
      Optional<Instant> fetchedAt,
      List<StatusMessageFact> messages) {
    public static final StatusFacts UNCHECKED =
        new StatusFacts(false, false, false, Optional.empty());

    public StatusFacts {
      messages = List.copyOf(messages);
    }

    public StatusFacts(
        boolean checked, boolean revoked, boolean suspended, Optional<Instant> fetchedAt) {
      this(checked, revoked, suspended, fetchedAt, List.of());
    }
  }

  /**
   * The value of a {@code message} entry (Bitstring Status List 1.0 §3.2: status and message).
   *
   * @param statusListCredential the list's URL
   * @param index the entry's index
   * @param status the value in hexadecimal, e.g. {@code 0x2}
   * @param message the entry's statusMessage for that value, when it defines one
   */
  public record StatusMessageFact(
      String statusListCredential, int index, String status, Optional<String> message) {}

  /** A green-value lot, tCO2e. */
  public record LotFacts(
      String lotId, String state, BigDecimal quantity, BigDecimal available, BigDecimal retired) {}

  /**
   * The custody path of inherited green value, downstream first.
   *
   * @param verified whether the {@code chain.custody} check passed
   * @param tiers every hop walked, over every upstream reference
   * @param attributable tCO2e of the credential backed by upstream allocations whose whole path
   *     held (zero when none did)
   */
  public record CustodyFacts(boolean verified, List<Tier> tiers, BigDecimal attributable) {
    public CustodyFacts {
      tiers = List.copyOf(tiers);
      Objects.requireNonNull(attributable, "attributable");
    }
  }

  /**
   * One hop of a custody path: a lot held by one organisation.
   *
   * @param tier 1 for the lot the allocation was made from, counting upstream
   * @param organisation the registry organisation that holds the lot
   * @param lotId the lot, {@code urn:uuid:<uuid>}
   * @param quantity the lot's quantity, tCO2e
   * @param credentialDigest the digest of the ΔCO2 credential the root lot was minted from
   * @param verdict {@code VERIFIED}, {@code NOT_VERIFIED} (a check of this hop failed) or {@code
   *     INCOMPLETE} (a source could not answer for it)
   */
  public record Tier(
      int tier,
      String organisation,
      String lotId,
      BigDecimal quantity,
      String credentialDigest,
      String verdict) {}
}
