package org.greenvalue.registry.client;

/**
 * An RFC 9457 problem document the registry answered with (or one the client made up for a response
 * that was not one).
 *
 * @param status the HTTP status
 * @param type the problem type URI, e.g. {@code https://greenvalue.org/problems/not-accredited}
 * @param title its short title
 * @param detail what went wrong in this case
 */
public record RegistryProblem(int status, String type, String title, String detail) {

  /** The last segment of {@link #type()}, e.g. {@code not-accredited}. */
  public String slug() {
    return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
  }
}
