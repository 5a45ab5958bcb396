package org.greenvalue.credentials.subject;

import java.util.Objects;

/**
 * One reason an untrusted document is refused, located by a JSON Pointer (RFC 6901) into the
 * document. A missing member is located where it should have been (e.g. {@code /pcf/declaredUnit
 * Amount}).
 *
 * @param pointer JSON Pointer to the offending value; the empty string is the whole document
 * @param message what is wrong, for a person
 */
public record Violation(String pointer, String message) {

  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** The pointer to a member of the object at {@code parent}, escaped per RFC 6901. */
  public static String memberPointer(String parent, String member) {
    return parent + "/" + member.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
