#!/usr/bin/env python3
"""Splits a verifier JFR recording's CPU samples into parts of a verify request.

Each sample counts once. It goes to the innermost frame that names one of the specific parts
below. A sample with no such frame goes to Spring or Tomcat if a frame of theirs is on the stack.
  bench/profile/jfr-parts.py <recording.jfr> [jfr binary]
"""
import collections
import os
import subprocess
import sys

SPECIFIC = [
    ("VerificationKey.verify", "Ed25519 signature check (Bouncy Castle, SHA-512 included)"),
    ("ProductFootprintSchema", "PACT JSON Schema validation of the subject"),
    ("VerificationEngine.verify", "engine: parsing, digests, data model checks and the other rules"),
    ("VerifyInput.read", "reading the VC-API request JSON"),
    ("VerificationHistory", "verification history"),
    ("VcApiResult", "building the VC-API result"),
    ("VerifyController", "controller, other"),
    ("writeWithMessageConverters", "writing the JSON response (Jackson)"),
    ("readWithMessageConverters", "reading the request body"),
    ("HandlerMappingIntrospector", "HandlerMappingIntrospector (request matchers)"),
    ("DispatcherServlet", "Spring MVC dispatch"),
    ("io.micrometer", "Micrometer observation"),
    ("org.springframework.security", "Spring Security filter chain"),
    ("org.greenvalue.service", "service-kit filters (header firewall, NUL scan, rate limit)"),
]
GENERIC = [("org.springframework", "Spring, other"), ("org.apache", "Tomcat (HTTP parsing, socket I/O)")]


def stacks(text):
    for block in text.split("jdk.ExecutionSample")[1:]:
        frames = []
        if "stackTrace = [" in block:
            for line in block.split("stackTrace = [", 1)[1].split("\n")[1:]:
                if line.strip() == "]":
                    break
                frames.append(line.strip())
        yield frames


def part(frames):
    for markers in (SPECIFIC, GENERIC):
        for frame in frames:
            for marker, name in markers:
                if marker in frame:
                    return name
    return "other (JVM, GC, threads)"


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
    java = subprocess.check_output(
        ["bash", "-c", f". '{root}/scripts/java21.sh' && java21"], text=True).strip()
    jfr = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(java), "jfr")
    text = subprocess.run(
        [jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "600", sys.argv[1]],
        capture_output=True, text=True, check=True).stdout
    counts = collections.Counter(part(frames) for frames in stacks(text))
    total = sum(counts.values())
    print(f"| part | share of {total:,} samples |\n|---|---:|")
    for name, count in counts.most_common():
        print(f"| {name} | {100 * count / total:.1f} % |")


if __name__ == "__main__":
    main()
