package org.greenvalue.demo.story;

import java.util.function.Consumer;

/** The story's numbered steps and their lines, as the README's command prints them. */
final class Progress {
  static final int STEPS = 18;

  private final Consumer<String> out;
  private int step;

  Progress(Consumer<String> out) {
    this.out = out;
  }

  void begin(String what) {
    step++;
    out.accept("");
    out.accept("[%d/%d] %s".formatted(step, STEPS, what));
  }

  void say(String line) {
    out.accept("      " + line);
  }
}
