package org.greenvalue.verifier.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.PresentationRequest;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.springframework.stereotype.Service;

/** Reads a verify request, runs the engine on it and records it in the history. */
@Service
public class Verifications {

  private final VerificationEngine engine;
  private final VerificationHistory history;

  Verifications(VerificationEngine engine, VerificationHistory history) {
    this.engine = engine;
    this.history = history;
  }

  /**
   * @param body the request body as sent
   * @param member {@code verifiableCredential}, {@code verifiablePresentation}, or null for either
   * @param clientId who asked
   * @throws org.greenvalue.service.problem.Problem 400 for a malformed request
   */
  public Verification run(String body, String member, String clientId) {
    return run(VerifyInput.read(body, member), clientId);
  }

  /** Runs an already read request (read first, so a refused request records nothing). */
  Verification run(VerifyInput input, String clientId) {
    Optional<Path> pack = input.evidencePack().map(Verifications::temporary);
    try {
      Verification v =
          input.presentation()
              ? engine.verifyPresentation(
                  new PresentationRequest(
                      input.secured(),
                      input.challenge(),
                      input.domain(),
                      pack,
                      input.anchorReceipt(),
                      input.requiredLevel()))
              : engine.verify(
                  new CredentialRequest(
                      input.secured(),
                      input.assurances(),
                      pack,
                      input.anchorReceipt(),
                      input.requiredLevel(),
                      input.relatedResources()));
      history.record(input.presentation() ? "PRESENTATION" : "CREDENTIAL", v, clientId);
      return v;
    } finally {
      pack.ifPresent(Verifications::delete);
    }
  }

  private static Path temporary(byte[] zip) {
    try {
      Path file = Files.createTempFile("gvr-pack-", ".zip");
      Files.write(file, zip);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is not worth failing the request for
    }
  }
}
