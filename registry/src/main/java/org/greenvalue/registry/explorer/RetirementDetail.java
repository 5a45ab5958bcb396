package org.greenvalue.registry.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * A retirement with its certificate.
 *
 * @param certificateUrl where the certificate downloads as a file
 * @param verifyUrl the verifier's page for the certificate; null when no verifier is configured
 */
record RetirementDetail(
    RetirementSummary retirement, JsonNode certificate, URI certificateUrl, URI verifyUrl) {}
