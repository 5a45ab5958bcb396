package org.greenvalue.registry.greenvalue;

/**
 * Where the custody terms of issue 15 ({@code CustodyTransferCredential}, {@code reason}, {@code
 * claimPeriod}, {@code custodyPath}, ...) get their meaning until {@code greenvalue-v1.jsonld}
 * defines them: the W3C undefined-terms context, listed after ours, maps every term ours does not
 * define explicitly, so the registry's signatures (eddsa-rdfc-2022, safe mode) hold. Once our
 * context defines the terms, this context no longer changes any term and can be dropped.
 */
final class CustodyTerms {
  static final String UNDEFINED_TERMS_CONTEXT =
      "https://www.w3.org/ns/credentials/undefined-terms/v2";

  private CustodyTerms() {}
}
