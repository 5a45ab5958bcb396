package org.greenvalue.verification;

import java.time.Instant;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.evidence.PackVerifier;

/**
 * What a rule may read while one credential is verified: the credential as read, the request that
 * brought it, the engine's sources and verifiers, the custody walk it was met on, and the facts the
 * rules before it established.
 *
 * @param now the time of the verification
 * @param upstream verifies a credential further up a custody chain
 */
record RuleInput(
    Claim claim,
    CredentialRequest request,
    Sources sources,
    Instant now,
    ProofChecks proofs,
    CredentialVerifier credentials,
    PackVerifier packs,
    CustodyWalk walk,
    CustodyChainRule.Upstream upstream,
    FactsBuilder facts) {}
