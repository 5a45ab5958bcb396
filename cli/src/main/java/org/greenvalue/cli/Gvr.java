package org.greenvalue.cli;

/** Entry point of the {@code gvr} command line. */
public final class Gvr {
  private Gvr() {}

  public static void main(String[] args) {
    System.out.println("gvr");
  }
}
