package org.greenvalue.credentials.model;

/**
 * An entry of a presentation's {@code verifiableCredential}: a credential embedded as JSON (secured
 * by an embedded proof, if at all) or one enveloped in a data URL.
 */
public sealed interface PresentedCredential
    permits EmbeddedCredential, EnvelopedVerifiableCredential {}
