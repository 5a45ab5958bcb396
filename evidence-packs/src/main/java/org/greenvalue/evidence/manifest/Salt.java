package org.greenvalue.evidence.manifest;

import java.security.SecureRandom;
import java.util.Base64;
import org.greenvalue.common.Result;

/**
 * 32 random bytes mixed into each manifest entry, so a leaf hash shown as a sibling in a disclosure
 * proof reveals nothing about the undisclosed file it stands for.
 *
 * @param base64url the bytes in unpadded base64url
 */
public record Salt(String base64url) {
  public static final int LENGTH = 32;

  public Salt {
    if (problem(base64url) != null) {
      throw new IllegalArgumentException(problem(base64url));
    }
  }

  public static Salt random(SecureRandom random) {
    byte[] bytes = new byte[LENGTH];
    random.nextBytes(bytes);
    return new Salt(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public static Result<Salt> parse(String raw) {
    String problem = problem(raw);
    return problem == null ? Result.success(new Salt(raw)) : Result.failure(problem);
  }

  private static String problem(String raw) {
    if (raw == null || raw.length() != 43) {
      return "salt must be 32 bytes in unpadded base64url (43 characters)";
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(raw);
      boolean canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(raw);
      return canonical ? null : "salt is not canonical base64url";
    } catch (IllegalArgumentException e) {
      return "salt is not base64url: " + e.getMessage();
    }
  }
}
