package org.greenvalue.cli.vc;

import picocli.CommandLine.Command;

/** {@code gvr vc sign|derive|verify}: secure, disclose and verify credentials offline. */
@Command(
    name = "vc",
    description = "Sign and verify Verifiable Credentials offline (did:key).",
    mixinStandardHelpOptions = true,
    subcommands = {VcSignCommand.class, VcDeriveCommand.class, VcVerifyCommand.class})
public final class VcCommand {}
