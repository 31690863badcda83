package io.breadthflow.cli.users;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.server.auth.Credentials;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.Role;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf users create-admin}: the first administrator (the API only registers users). */
@Command(
    name = "create-admin",
    mixinStandardHelpOptions = true,
    description =
        "Creates an admin account. The password is read from --password-file (first line) or"
            + " typed twice on the terminal; it never appears on the command line.")
public final class CreateAdminCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;

  @Option(names = "--username", required = true, description = "Login name (a-z, 0-9, _ . -).")
  private String username;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File holding the password.")
  private Path passwordFile;

  @Override
  public Integer call() {
    String password = password();
    try {
      Credentials.validate(username, password);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (MarketStore store = storeOptions.open()) {
      var admin = store.users().create(username, Credentials.hash(password, 12), Role.ADMIN);
      spec.commandLine()
          .getOut()
          .println("created admin '" + admin.username() + "' (id " + admin.id() + ")");
      return 0;
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private String password() {
    if (passwordFile != null) {
      try {
        return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
            .findFirst()
            .orElseThrow(() -> new UsageException(passwordFile + " is empty"));
      } catch (IOException e) {
        throw new UsageException("cannot read " + passwordFile + ": " + e.getMessage());
      }
    }
    Console console = System.console();
    if (console == null) {
      throw new UsageException("no terminal to type a password on: give --password-file");
    }
    String first = new String(console.readPassword("password for %s: ", username));
    String second = new String(console.readPassword("again: "));
    if (!first.equals(second)) {
      throw new UsageException("the two passwords differ");
    }
    return first;
  }
}
