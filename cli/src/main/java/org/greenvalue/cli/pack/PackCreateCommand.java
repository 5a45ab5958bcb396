package org.greenvalue.cli.pack;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.Result;
import org.greenvalue.evidence.build.PackBuilder;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.evidence.manifest.MediaType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gvr pack create}: seal files into a pack and print its id, digest and root. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.USAGE,
    description = "Seal FILES into an evidence pack; prints packId, manifestDigest, merkleRoot.")
final class PackCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--subject", required = true, description = "What the pack supports.")
  String subject;

  @Option(names = "--out", required = true, description = "The pack to write.")
  Path out;

  @Option(
      names = "--media-type",
      description = "PATH=TYPE for a file (by its path in the pack); guessed from the name if not.")
  Map<String, String> mediaTypes = new LinkedHashMap<>();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILES",
      description = "Files to pack; a relative path is kept as given, an absolute one by name.")
  List<Path> files;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    PackBuilder builder = PackBuilder.create().subject(subject);
    List<String> packPaths = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println("No such file: " + file);
        return ExitCodes.USAGE;
      }
      String packPath = packPath(file);
      packPaths.add(packPath);
      builder.addFile(packPath, mediaTypes.getOrDefault(packPath, guess(packPath)), file);
    }
    List<String> unused = new ArrayList<>(mediaTypes.keySet());
    unused.removeAll(packPaths);
    if (!unused.isEmpty()) {
      err.println("--media-type given for paths not being packed: " + unused);
      return ExitCodes.USAGE;
    }
    try {
      return switch (builder.writeTo(out)) {
        case Result.Success<SealedPack> ok -> printSealed(ok.value());
        case Result.Failure<SealedPack> refused -> {
          err.println("Cannot create the pack: " + refused.reason());
          yield ExitCodes.USAGE;
        }
      };
    } catch (IOException e) {
      err.println("Cannot write " + out + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private int printSealed(SealedPack sealed) {
    JsonOut.print(
        spec.commandLine().getOut(),
        Json.createObjectBuilder()
            .add("packId", sealed.packId())
            .add("manifestDigest", sealed.manifestDigest().toString())
            .add("merkleRoot", sealed.merkleRoot().hex())
            .add("files", sealed.manifest().files().size())
            .build());
    return ExitCodes.OK;
  }

  static String packPath(Path file) {
    Path chosen = file.isAbsolute() ? file.getFileName() : file.normalize();
    return chosen.toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  static String guess(String packPath) {
    String guessed = URLConnection.getFileNameMap().getContentTypeFor(packPath);
    if (guessed == null && packPath.endsWith(".json")) {
      guessed = "application/json";
    } else if (guessed == null && packPath.endsWith(".csv")) {
      guessed = "text/csv";
    }
    return guessed != null && MediaType.parse(guessed).succeeded()
        ? guessed
        : "application/octet-stream";
  }
}
