package org.greenvalue.registry.greenvalue;

import java.util.Optional;
import java.util.UUID;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.registry.organisations.Organisation;
import org.greenvalue.registry.organisations.Organisations;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.CredentialJson;
import org.springframework.stereotype.Component;

/**
 * Who may write which lot: a lot is minted only by a client of the organisation that issued the
 * ΔCO2 credential, and owned by that organisation; transfers, allocations and retirements are for
 * the owning organisation's clients only, and a transfer goes to another registered organisation.
 * Every refusal is a problem thrown before anything is written.
 */
@Component
class Ownership {
  private final Organisations organisations;
  private final LotRepository lots;
  private final AllocationRepository allocations;

  Ownership(Organisations organisations, LotRepository lots, AllocationRepository allocations) {
    this.organisations = organisations;
    this.lots = lots;
    this.allocations = allocations;
  }

  /**
   * The organisation a lot minted from this request is for: the one registered with the reduction
   * credential's issuer DID, which the caller must act for; a named {@code owner} must be it.
   */
  String requireMayMint(MintLotRequest request, String clientId) {
    String secured = MintPolicy.secured("reductionCredential", request.reductionCredential());
    String issuer =
        CredentialJson.payload(secured)
            .flatMap(json -> VerifiableCredential.of(json).issuerId())
            .orElseThrow(
                () -> Problem.invalid("invalid-credential", "reductionCredential has no issuer"));
    Organisation organisation =
        organisations
            .ofDid(issuer)
            .orElseThrow(
                () ->
                    Organisations.forbidden(
                        "issuer-not-registered",
                        "no organisation is registered with the credential's issuer " + issuer));
    organisations.requireMemberOf(organisation.id(), clientId);
    if (request.owner() != null && !request.owner().equals(organisation.id())) {
      throw Organisations.forbidden(
          "owner-not-issuer",
          "a lot is owned by the organisation that issued its credential ("
              + organisation.id()
              + "), not "
              + request.owner());
    }
    return organisation.id();
  }

  /** The lot, when the caller acts for its owner; 404 for an unknown lot, 403 for another's. */
  LotRow requireOwnersClient(UUID lotId, String clientId) {
    LotRow lot =
        lots.find(lotId).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + lotId));
    String owner = ownerOrganisation(lot.owner()).orElse(null);
    if (owner == null) {
      throw Organisations.forbidden(
          "owner-not-registered", "the owner of lot " + lotId + " is no registered organisation");
    }
    organisations.requireMemberOf(owner, clientId);
    return lot;
  }

  /** The receiver of a transfer: a registered organisation other than the lot's owner. */
  void requireReceiver(LotRow lot, String to) {
    if (organisations.byId(to).isEmpty()) {
      throw Problem.invalid("unknown-organisation", "no organisation " + to + " is registered");
    }
    if (ownerOrganisation(lot.owner()).filter(to::equals).isPresent()) {
      throw Problem.invalid("transfer-to-self", "lot " + lot.id() + " is already owned by " + to);
    }
  }

  /** The organisation that owns the lot (its id), for records that name it. */
  String ownerOf(LotRow lot) {
    return ownerOrganisation(lot.owner()).orElse(lot.owner());
  }

  /**
   * The allocation, when the caller acts for its owner; 404 for an unknown allocation, 403 for
   * another's.
   */
  AllocationRepository.AllocationRow requireAllocationOwnersClient(
      UUID allocationId, String clientId) {
    AllocationRepository.AllocationRow allocation =
        allocations
            .find(allocationId)
            .orElseThrow(
                () -> Problem.notFound("unknown-allocation", "no allocation " + allocationId));
    organisations.requireMemberOf(allocation.owner(), clientId);
    return allocation;
  }

  /** The organisation of an owner: an organisation id, or (lots minted before) a DID of one. */
  private Optional<String> ownerOrganisation(String owner) {
    return organisations.byId(owner).or(() -> organisations.ofDid(owner)).map(Organisation::id);
  }
}
