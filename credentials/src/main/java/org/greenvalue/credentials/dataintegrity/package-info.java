/**
 * Data Integrity 1.0 proofs: {@link org.greenvalue.credentials.dataintegrity.DataIntegrity} makes
 * signers and verifiers; a {@link org.greenvalue.credentials.dataintegrity.Cryptosuite} is one
 * class ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019} with P-256),
 * registered in {@link org.greenvalue.credentials.dataintegrity.Cryptosuites}. Verification is a
 * list of small rules ({@code ProofFieldRules}, {@code ContextRule}, {@code TimeRules}, {@code
 * VerificationMethodRule}, {@code SignatureRule}, {@code ChainRule}) whose checks make the report.
 */
package org.greenvalue.credentials.dataintegrity;
