package io.breadthflow.cli.users;

import picocli.CommandLine.Command;

/** {@code bf users}: accounts of the server. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage the server's user accounts.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {CreateAdminCommand.class})
public final class UsersCommand {}
