package org.greenvalue.registry.explorer;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public explorer.
 *
 * @param verifierUrl the verifier's web page; a retirement's "Verify" link is {@code
 *     <verifierUrl>/?credential=<certificate URL>}. Unset: no link
 */
@ConfigurationProperties("gvr.registry.explorer")
record ExplorerProperties(URI verifierUrl) {}
