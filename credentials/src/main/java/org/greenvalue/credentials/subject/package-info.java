/**
 * Credential subjects of the Green Value Registry, one sub-package per kind: {@code footprint}
 * (PACT v3 ProductFootprint, verbatim), {@code reduction} (ΔCO2 against a baseline), {@code
 * assurance} (third-party assurance statement) and {@code retirement} (retirement certificate).
 *
 * <p>Conventions shared by every subject: quantities are exact decimals written as JSON strings and
 * stated in tCO2e; instants are RFC 3339 strings in UTC; periods are half-open [start, end);
 * digests are {@code sha256:<64 lowercase hex>}; Merkle roots are 64 lowercase hex. Each record
 * refuses inconsistent values at construction (a programming error) and each {@code parse} returns
 * a {@link org.greenvalue.common.Result} listing every violation with its JSON Pointer (untrusted
 * input). {@link org.greenvalue.credentials.subject.CredentialParts} gives the {@code @context},
 * {@code type} and {@code credentialSubject} a credential of each kind needs; the terms are defined
 * by the bundled context {@link org.greenvalue.credentials.subject.GreenValueContext#V1}.
 */
package org.greenvalue.credentials.subject;
