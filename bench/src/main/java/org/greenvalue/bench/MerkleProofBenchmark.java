package org.greenvalue.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.evidence.merkle.MerkleTree;
import org.greenvalue.evidence.merkle.MerkleVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Inclusion proof verification in a tree of 2^20 leaves (20 hashes per proof). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MerkleProofBenchmark {

  private static final int LEAVES = 1 << 20;
  private static final int PROOFS = 1024;

  private final MerkleVerifier verifier = new MerkleVerifier();
  private final List<byte[]> leaves = new ArrayList<>(PROOFS);
  private final List<InclusionProof> proofs = new ArrayList<>(PROOFS);
  private byte[] root;
  private int next;

  @Setup
  public void setUp() {
    var random = new Random(42);
    byte[] flat = new byte[LEAVES * 32];
    random.nextBytes(flat);
    MerkleTree tree = MerkleTree.fromFlatLeafHashes(flat);
    root = tree.root();
    for (int i = 0; i < PROOFS; i++) {
      int index = random.nextInt(LEAVES);
      leaves.add(tree.leafHash(index));
      proofs.add(tree.proof(index));
    }
  }

  @Benchmark
  public boolean verifyInclusionProof() {
    int i = next++ & (PROOFS - 1);
    return verifier.verify(leaves.get(i), proofs.get(i), root);
  }
}
