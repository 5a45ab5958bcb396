package org.greenvalue.credentials.subject;

import jakarta.json.JsonObject;

/** A credential subject this library can write: its kind and its exact JSON. */
public interface CredentialSubject {

  SubjectKind kind();

  /** The {@code credentialSubject} JSON object, decimals as strings, {@code type} included. */
  JsonObject toJson();
}
