package org.greenvalue.cli.vc;

import picocli.CommandLine.Command;

/** {@code gvr vc sign|verify}: secure and verify credentials offline. */
@Command(
    name = "vc",
    description = "Sign and verify Verifiable Credentials offline (did:key).",
    mixinStandardHelpOptions = true,
    subcommands = {VcSignCommand.class, VcVerifyCommand.class})
public final class VcCommand {}
