package org.greenvalue.evidence.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.greenvalue.common.digest.Sha256Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHasherTest {
  @TempDir Path dir;

  @Test
  void hashesALargeFileExactlyLikeMessageDigest() throws IOException {
    Path file = dir.resolve("big.bin");
    MessageDigest reference = FileHasher.newSha256();
    Random random = new Random(7);
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 32; i++) {
        random.nextBytes(block);
        out.write(block);
        reference.update(block);
      }
      out.write(block, 0, 12345);
      reference.update(block, 0, 12345);
    }

    Hashed hashed = new FileHasher().hash(file);

    assertThat(hashed.size()).isEqualTo(32L * (1 << 20) + 12345);
    assertThat(hashed.sha256()).isEqualTo(Sha256Digest.fromBytes(reference.digest()));
  }

  @Test
  void hasherCanBeReusedAcrossFilesAndStreams() throws IOException {
    FileHasher hasher = new FileHasher(4096);
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    Path abc = Files.write(dir.resolve("abc"), "abc".getBytes());

    assertThat(hasher.hash(empty).sha256().hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(hasher.hash(abc).sha256().hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hasher.hash(new ByteArrayInputStream("abc".getBytes())))
        .isEqualTo(new Hashed(3, hasher.hash(abc).sha256()));
  }
}
