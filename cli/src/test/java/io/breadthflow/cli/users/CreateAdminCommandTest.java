package io.breadthflow.cli.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateAdminCommandTest {
  @TempDir Path dir;

  @Test
  void createsAnAdminWithABcryptHashOnceAndRefusesBadInput() throws Exception {
    String store = "jdbc:duckdb:" + dir.resolve("users.duckdb");
    Path password = Files.writeString(dir.resolve("pw"), "s3cret-enough\n");
    Path weak = Files.writeString(dir.resolve("weak"), "short\n");

    CliRun created =
        CliRun.of(
            "users",
            "create-admin",
            "--username",
            "root",
            "--password-file",
            password.toString(),
            "--store",
            store);
    CliRun again =
        CliRun.of(
            "users",
            "create-admin",
            "--username",
            "root",
            "--password-file",
            password.toString(),
            "--store",
            store);
    CliRun tooWeak =
        CliRun.of(
            "users",
            "create-admin",
            "--username",
            "ops",
            "--password-file",
            weak.toString(),
            "--store",
            store);
    CliRun noTerminal = CliRun.of("users", "create-admin", "--username", "ops", "--store", store);

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).startsWith("created admin 'root'");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("username 'root' is taken");
    assertThat(tooWeak.err()).contains("password must have 8 to 72 bytes");
    assertThat(noTerminal.err()).contains("give --password-file");
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      var root = opened.users().byUsername("root").orElseThrow();
      assertThat(root.role()).isEqualTo(Role.ADMIN);
      assertThat(root.passwordHash()).startsWith("$2a$12$").doesNotContain("s3cret");
    }
  }
}
