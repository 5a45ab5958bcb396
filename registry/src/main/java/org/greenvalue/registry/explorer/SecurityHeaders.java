package org.greenvalue.registry.explorer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The explorer page and its API load nothing from another host: a Content-Security-Policy of this
 * origin only, no referrer sent, no framing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> explorerSecurityHeaders() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
    registration.addUrlPatterns("/*");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return !path.equals("/") && !path.startsWith("/explorer/");
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("Referrer-Policy", "no-referrer");
      chain.doFilter(request, response);
    }
  }
}
