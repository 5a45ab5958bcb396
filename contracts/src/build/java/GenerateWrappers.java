import java.io.File;
import java.io.IOException;
import org.web3j.codegen.SolidityFunctionWrapperGenerator;

/**
 * Build step: generates a web3j wrapper for every {@code <Name>.abi}/{@code <Name>.bin} pair that
 * the solc step wrote. Run with the JDK source launcher, so the build needs no extra module.
 *
 * <p>Usage: {@code java -cp <codegen classpath> GenerateWrappers.java <solidityDir> <outputDir>
 * <package>}
 */
public final class GenerateWrappers {
  private static final int ADDRESS_LENGTH_BYTES = 20;

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: GenerateWrappers <solidityDir> <outputDir> <package>");
    }
    File solidityDir = new File(args[0]);
    File outputDir = new File(args[1]);
    File[] abis = solidityDir.listFiles((dir, name) -> name.endsWith(".abi"));
    if (abis == null || abis.length == 0) {
      throw new IllegalStateException("no .abi files in " + solidityDir);
    }
    for (File abi : abis) {
      String name = abi.getName().substring(0, abi.getName().length() - ".abi".length());
      File bin = new File(solidityDir, name + ".bin");
      new SolidityFunctionWrapperGenerator(
              bin, abi, outputDir, name, args[2], true, false, ADDRESS_LENGTH_BYTES)
          .generate();
    }
    System.out.println("web3j wrappers: " + abis.length + " contracts -> " + outputDir);
  }
}
