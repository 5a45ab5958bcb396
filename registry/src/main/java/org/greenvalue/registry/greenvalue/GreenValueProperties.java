package org.greenvalue.registry.greenvalue;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Green-value lots.
 *
 * @param didWebHosts hosts whose did:web documents may be fetched to verify a credential (did:key
 *     needs none); empty allows did:key only
 */
@ConfigurationProperties("gvr.registry.green-value")
public record GreenValueProperties(@DefaultValue({}) Set<String> didWebHosts) {}
