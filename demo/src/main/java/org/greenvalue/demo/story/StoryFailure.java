package org.greenvalue.demo.story;

/** A step of the story did not turn out as it must. */
public final class StoryFailure extends RuntimeException {
  public StoryFailure(String message) {
    super(message);
  }
}
