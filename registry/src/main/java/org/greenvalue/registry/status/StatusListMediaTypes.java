package org.greenvalue.registry.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation for a status list credential (Bitstring Status List 1.0 §3.3 and VC Data
 * Model 2.0 §6.3, media types): we sign the list with an embedded Data Integrity proof, so we serve
 * it as {@code application/vc}, or as {@code application/ld+json} or {@code application/json} (the
 * same JSON bytes) for a client that accepts only those; {@code application/vc+jwt} is not offered,
 * since we do not sign the list as a JWT. The client's preference order (q-values, then the order
 * it lists them) decides among the types it accepts.
 */
final class StatusListMediaTypes {

  static final MediaType VC = MediaType.parseMediaType("application/vc");
  static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

  /** What we can answer with, in our preference order for a wildcard. */
  private static final List<MediaType> OFFERED = List.of(VC, LD_JSON, MediaType.APPLICATION_JSON);

  private StatusListMediaTypes() {}

  /** An accept header that does not parse. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The type to answer an {@code Accept} header with; empty when we offer none it accepts.
   *
   * @param accept the header, null or blank when absent (then {@code application/vc})
   */
  static Optional<MediaType> choose(String accept) throws Malformed {
    if (accept == null || accept.isBlank()) {
      return Optional.of(VC);
    }
    List<MediaType> accepted;
    try {
      accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException e) {
      throw new Malformed(e.getMessage());
    }
    // a stable sort: equal q-values keep the client's order
    accepted.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
    for (MediaType wanted : accepted) {
      if (wanted.getQualityValue() <= 0) {
        continue;
      }
      for (MediaType offered : OFFERED) {
        if (wanted.includes(offered) && !excluded(accepted, offered)) {
          return Optional.of(offered);
        }
      }
    }
    return Optional.empty();
  }

  /** A type the client refuses outright ({@code q=0}), even if a wildcard would take it. */
  private static boolean excluded(List<MediaType> accepted, MediaType offered) {
    return accepted.stream()
        .anyMatch(
            t ->
                t.getQualityValue() <= 0
                    && t.getType().equals(offered.getType())
                    && t.getSubtype().equals(offered.getSubtype()));
  }
}
