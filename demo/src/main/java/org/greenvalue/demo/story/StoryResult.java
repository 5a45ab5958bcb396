package org.greenvalue.demo.story;

import java.util.List;

/**
 * What the story ended with, for the summary and for the end-to-end test.
 *
 * @param supplierDid the steel supplier's DID
 * @param assurerDid the assurance provider's DID
 * @param automakerDid the automaker's DID
 * @param reductionDigest the steel ΔCO2 credential's digest
 * @param anchorTx the transaction that anchored it
 * @param anchorBlock its block
 * @param buyer what the steel buyer's PACT verification found
 * @param disclosed what a buyer shown the PCF with fields withheld got
 * @param eligible whether the green-loan policy found the steel claim eligible
 * @param lotId the minted lot
 * @param minted tonnes minted
 * @param allocated tonnes the supplier allocated to its own product batch
 * @param retired tonnes transferred to the financier and retired for the loan
 * @param certificateId the loan retirement's certificate id
 * @param secondRetirementStatus the HTTP status of the refused second retirement
 * @param downstream the automaker's tier
 * @param tamperedVerdict the verifier's verdict on the tampered credential
 * @param tamperedFailures the checks that failed on it
 */
public record StoryResult(
    String supplierDid,
    String assurerDid,
    String automakerDid,
    String reductionDigest,
    String anchorTx,
    long anchorBlock,
    PactOutcome buyer,
    Disclosed disclosed,
    boolean eligible,
    String lotId,
    String minted,
    String allocated,
    String retired,
    String certificateId,
    int secondRetirementStatus,
    Downstream downstream,
    String tamperedVerdict,
    List<String> tamperedFailures) {

  /**
   * The supplier's selective disclosure of its PCF (ecdsa-sd-2023).
   *
   * @param verified the verifier's VC-API answer on the disclosure
   * @param refusal the errors of that answer when it refused, empty when it verified
   * @param withheld the footprint members the disclosure does not carry
   * @param alteredVerified the verifier's answer on the disclosure with its footprint lowered
   */
  public record Disclosed(
      boolean verified, List<String> refusal, List<String> withheld, boolean alteredVerified) {}

  /**
   * The second tier.
   *
   * @param transferId the transfer of steel value to the automaker (its record's id)
   * @param childLotId the automaker's lot
   * @param allocationId the automaker's allocation to its vehicle batch
   * @param delivered tonnes transferred
   * @param allocated tonnes allocated, claimed by the batch's ΔCO2 and retired
   * @param reductionDigest the automaker's ΔCO2 credential's digest
   * @param fleetBuyer what the fleet buyer's PACT verification found, with the chain
   * @param eligible whether the financier's supply-chain policy found the claim eligible
   * @param certificateId the inventory-accounting retirement's certificate id
   * @param doubleCountStatuses the HTTP statuses of the refused double counts
   */
  public record Downstream(
      String transferId,
      String childLotId,
      String allocationId,
      String delivered,
      String allocated,
      String reductionDigest,
      PactOutcome fleetBuyer,
      boolean eligible,
      String certificateId,
      List<Integer> doubleCountStatuses) {}
}
