package org.greenvalue.service.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling: the OAuth2 client a token was issued to. */
public final class Callers {
  private Callers() {}

  /** {@code client_id} or {@code azp} when the issuer writes them, else {@code sub}. */
  public static String clientId(Jwt jwt) {
    for (String claim : new String[] {"client_id", "azp"}) {
      String value = jwt.getClaimAsString(claim);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return jwt.getSubject();
  }
}
