package org.greenvalue.registry.greenvalue;

/**
 * The credentials a lot is minted from, as submitted: JSON object text (Data Integrity) or a
 * compact JWS.
 */
record MintedCredentials(String reduction, String assurance) {}
