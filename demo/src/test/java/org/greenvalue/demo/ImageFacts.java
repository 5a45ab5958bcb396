package org.greenvalue.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's Dockerfile makes of its image: the user it runs as, that user's uid, and the
 * directories that user owns (its home from {@code useradd --create-home}, and each {@code install
 * -d -o <user>}). Only these forms are read; a Dockerfile that creates directories otherwise fails
 * the checks that use it, rather than passing them unread.
 */
record ImageFacts(String user, int uid, Set<String> ownedDirectories) {
  private static final Pattern USERADD =
      Pattern.compile("useradd [^&]*--uid (\\d+)[^&]*--home-dir (\\S+) --create-home (\\S+)");
  private static final Pattern INSTALL_DIR =
      Pattern.compile("install -d -o (\\S+) -g \\S+(?: -m \\d+)? (\\S+)");
  private static final Pattern USER = Pattern.compile("(?m)^USER (\\S+)$");

  static ImageFacts read(Path dockerfile) throws IOException {
    String text = Files.readString(dockerfile).replace("\\\n", " ");
    Matcher user = USER.matcher(text);
    Matcher useradd = USERADD.matcher(text);
    if (!user.find() || !useradd.find() || !useradd.group(3).equals(user.group(1))) {
      throw new AssertionError(dockerfile + ": no USER made by useradd --uid --create-home");
    }
    Set<String> owned = new HashSet<>(List.of(useradd.group(2)));
    Matcher install = INSTALL_DIR.matcher(text);
    while (install.find()) {
      if (install.group(1).equals(user.group(1))) {
        owned.add(install.group(2));
      }
    }
    return new ImageFacts(user.group(1), Integer.parseInt(useradd.group(1)), Set.copyOf(owned));
  }
}
