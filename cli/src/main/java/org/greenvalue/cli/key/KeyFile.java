package org.greenvalue.cli.key;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * A signing key stored as a JSON file: the Multikey secret and public key, and the did:key it
 * stands for. Written readable by the owner only.
 */
public record KeyFile(SigningKey key) {

  public String did() {
    return DidKeyResolver.didFor(key.publicKey());
  }

  public String verificationMethod() {
    return DidKeyResolver.methodFor(key.publicKey());
  }

  /** The public half, safe to print. */
  public JsonObject publicJson() {
    return Json.createObjectBuilder()
        .add("type", key.type().curve())
        .add("did", did())
        .add("verificationMethod", verificationMethod())
        .add("publicKeyMultibase", Multikey.encodePublic(key.publicKey()))
        .build();
  }

  public void write(Path file) throws IOException {
    var json =
        Json.createObjectBuilder(publicJson())
            .add("secretKeyMultibase", Multikey.encodeSecret(key))
            .build();
    Files.deleteIfExists(file);
    try {
      // created owner-only, so the secret is never readable by others, not even for a moment
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system: the platform's default permissions
    }
    Files.writeString(file, JsonDocuments.write(json) + "\n");
  }

  public static Result<KeyFile> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return Result.failure("cannot read key file " + file + ": " + e.getMessage());
    }
    return JsonDocuments.parseObject(text)
        .flatMap(
            json -> {
              var secret = json.get("secretKeyMultibase");
              if (secret == null || secret.getValueType() != JsonValue.ValueType.STRING) {
                return Result.failure(file + " has no secretKeyMultibase");
              }
              return Multikey.decodeSecret(json.getString("secretKeyMultibase"));
            })
        .map(KeyFile::new);
  }
}
