package io.breadthflow.cli.users;

import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.store.UserAccount;
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
  @Mixin private AppOptions app;

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
    try (Application application = app.open()) {
      UserAccount admin =
          application
              .accounts(JwtSecret.generated(), ServerConfig.BCRYPT_COST)
              .createAdmin(username, password);
      spec.commandLine()
          .getOut()
          .println("created admin '" + admin.username() + "' (id " + admin.id() + ")");
      return 0;
    }
  }

  private String password() {
    if (passwordFile != null) {
      try {
        return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
            .findFirst()
            .orElseThrow(() -> UseCaseException.invalid(passwordFile + " is empty"));
      } catch (IOException e) {
        throw UseCaseException.invalid("cannot read " + passwordFile);
      }
    }
    Console console = System.console();
    if (console == null) {
      throw UseCaseException.invalid("no terminal to type a password on: give --password-file");
    }
    String first = new String(console.readPassword("password for %s: ", username));
    String second = new String(console.readPassword("again: "));
    if (!first.equals(second)) {
      throw UseCaseException.invalid("the two passwords differ");
    }
    return first;
  }
}
