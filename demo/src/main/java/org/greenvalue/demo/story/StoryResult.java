package org.greenvalue.demo.story;

import java.util.List;

/**
 * What the story ended with, for the summary and for the end-to-end test.
 *
 * @param supplierDid the steel supplier's DID
 * @param assurerDid the assurance provider's DID
 * @param reductionDigest the ΔCO2 credential's digest
 * @param anchorTx the transaction that anchored it
 * @param anchorBlock its block
 * @param buyerVerdicts the verifier's verdict on each footprint pulled over PACT
 * @param buyerFailures the checks that failed on them (none when the claim holds)
 * @param buyerGaps the checks that could not run for want of an input
 * @param eligible whether the green-loan policy found the claim eligible
 * @param lotId the minted lot
 * @param minted tonnes minted
 * @param allocated tonnes allocated to the product batch
 * @param retired tonnes retired for the loan
 * @param certificateId the retirement certificate's id
 * @param secondRetirementStatus the HTTP status of the refused second retirement
 * @param tamperedVerdict the verifier's verdict on the tampered credential
 * @param tamperedFailures the checks that failed on it
 */
public record StoryResult(
    String supplierDid,
    String assurerDid,
    String reductionDigest,
    String anchorTx,
    long anchorBlock,
    List<String> buyerVerdicts,
    List<String> buyerFailures,
    List<String> buyerGaps,
    boolean eligible,
    String lotId,
    String minted,
    String allocated,
    String retired,
    String certificateId,
    int secondRetirementStatus,
    String tamperedVerdict,
    List<String> tamperedFailures) {}
