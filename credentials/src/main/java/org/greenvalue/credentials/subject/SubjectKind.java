package org.greenvalue.credentials.subject;

/**
 * The kinds of credential this library issues subjects for: the credential type that goes beside
 * {@code VerifiableCredential} and the {@code type} of the credential subject.
 */
public enum SubjectKind {
  PRODUCT_CARBON_FOOTPRINT("ProductCarbonFootprintCredential", "ProductCarbonFootprint"),
  EMISSION_REDUCTION("EmissionReductionCredential", "EmissionReduction"),
  ASSURANCE("AssuranceCredential", "AssuranceStatement"),
  RETIREMENT_CERTIFICATE("RetirementCertificateCredential", "RetirementCertificate"),
  CUSTODY_TRANSFER("CustodyTransferCredential", "CustodyTransfer");

  /** The base type every credential carries first. */
  public static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";

  private final String credentialType;
  private final String subjectType;

  SubjectKind(String credentialType, String subjectType) {
    this.credentialType = credentialType;
    this.subjectType = subjectType;
  }

  /** E.g. {@code EmissionReductionCredential}. */
  public String credentialType() {
    return credentialType;
  }

  /** E.g. {@code EmissionReduction}, the {@code type} of the credential subject. */
  public String subjectType() {
    return subjectType;
  }
}
