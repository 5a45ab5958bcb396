package org.greenvalue.credentials.model;

import java.util.Objects;

/** A credential embedded in a presentation as a JSON object. */
public record EmbeddedCredential(VerifiableCredential credential) implements PresentedCredential {

  public EmbeddedCredential {
    Objects.requireNonNull(credential, "credential");
  }
}
