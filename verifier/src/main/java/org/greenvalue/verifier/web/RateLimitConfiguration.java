package org.greenvalue.verifier.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web page's verify endpoint ({@code POST /web/report}) and its linked-credential fetch ({@code
 * GET /web/credential}) are public and costly, so each client address gets {@code
 * gvr.verifier.web.rate-limit.capacity} verifications at once, refilled at {@code per-minute};
 * {@code max-clients} addresses are remembered.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

  @Bean
  FilterRegistrationBean<RateLimitFilter> webRateLimit(
      ObjectMapper json,
      Clock clock,
      @Value("${gvr.verifier.web.rate-limit.capacity:20}") int capacity,
      @Value("${gvr.verifier.web.rate-limit.per-minute:20}") int perMinute,
      @Value("${gvr.verifier.web.rate-limit.max-clients:10000}") int maxClients) {
    var registration =
        new FilterRegistrationBean<>(
            new RateLimitFilter(new RateLimit(capacity, perMinute, maxClients, clock), json));
    registration.addUrlPatterns("/web/report", "/web/report/*", "/web/credential");
    return registration;
  }
}
