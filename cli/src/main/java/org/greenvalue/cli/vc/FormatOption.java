package org.greenvalue.cli.vc;

import java.util.Iterator;
import org.greenvalue.credentials.securing.SecuringFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format}: a {@link SecuringFormat} by its label. An unknown label is a usage error (exit
 * 2) that lists the valid ones.
 */
final class FormatOption implements ITypeConverter<SecuringFormat> {

  @Override
  public SecuringFormat convert(String label) {
    return SecuringFormat.ofLabel(label)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown format '"
                        + label
                        + "', expected one of "
                        + SecuringFormat.labelList()));
  }

  /** The labels, for the help text and shell completion. */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SecuringFormat.labels().iterator();
    }
  }
}
