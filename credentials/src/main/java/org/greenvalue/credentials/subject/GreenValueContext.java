package org.greenvalue.credentials.subject;

/**
 * The JSON-LD contexts our credentials use, in the order they appear in {@code @context}. Both are
 * bundled with the library and never fetched.
 */
public final class GreenValueContext {

  /** The W3C Verifiable Credentials Data Model 2.0 base context; always first. */
  public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";

  /** Our vocabulary: credential and subject types and every subject term. */
  public static final String V1 = "https://greenvalue.org/ns/credentials/v1";

  /** Where {@link #V1} is bundled on the class path. */
  public static final String V1_RESOURCE =
      "/org/greenvalue/credentials/contexts/greenvalue-v1.jsonld";

  /** The IRI namespace of our terms. */
  public static final String VOCABULARY = "https://greenvalue.org/ns/credentials#";

  /** The IRI namespace under which the context maps PACT v3 ProductFootprint terms. */
  public static final String PACT_VOCABULARY = "https://greenvalue.org/ns/pact/v3#";

  private GreenValueContext() {}
}
