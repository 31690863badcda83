package io.breadthflow.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.breadthflow.store.AlertStore;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.ProfileStore;
import io.breadthflow.store.UserStore;
import io.breadthflow.store.WatchlistStore;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may import whom, checked on the compiled main classes of every module: {@code core ← ingest,
 * store ← stream ← app ← cli, server}, with no arrow back.
 */
class ArchitectureTest {
  /** The store's writes: only the application layer (and the stream job's sinks) call them. */
  private static final Map<Class<?>, Set<String>> STORE_WRITES =
      Map.of(
          MarketStore.class,
          Set.of(
              "upsertBars",
              "upsertSignals",
              "upsertCorporateActions",
              "quarantine",
              "startRun",
              "finishRun",
              "saveRunOutput",
              "saveBacktest"),
          UserStore.class,
          Set.of("create", "changePassword", "saveRefreshToken", "markUsed", "revokeFamily"),
          AlertStore.class,
          Set.of("save", "acknowledge"),
          ProfileStore.class,
          Set.of("save"),
          WatchlistStore.class,
          Set.of(
              "create",
              "rename",
              "delete",
              "reorderLists",
              "addSymbols",
              "removeSymbol",
              "replaceSymbols",
              "defaultList"));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.breadthflow");
  }

  @Test
  void modulesDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("io.breadthflow.core..")
        .layer("ingest")
        .definedBy("io.breadthflow.ingest..")
        .layer("store")
        .definedBy("io.breadthflow.store..")
        .layer("stream")
        .definedBy("io.breadthflow.stream..")
        .layer("app")
        .definedBy("io.breadthflow.app..")
        .layer("server")
        .definedBy("io.breadthflow.server..")
        .layer("cli")
        .definedBy("io.breadthflow.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("server")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("app")
        .mayOnlyBeAccessedByLayers("server", "cli")
        .whereLayer("stream")
        .mayOnlyBeAccessedByLayers("app", "server", "cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("stream", "app", "server", "cli")
        .whereLayer("ingest")
        .mayOnlyBeAccessedByLayers("stream", "app", "server", "cli")
        .check(classes);
  }

  @Test
  void coreHasNoInputOutputClockOrFramework() {
    noClasses()
        .that()
        .resideInAPackage("io.breadthflow.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.nio.file..",
            "java.net..",
            "java.sql..",
            "org.apache.flink..",
            "org.apache.kafka..",
            "io.javalin..",
            "picocli..",
            "com.fasterxml..",
            "org.slf4j..",
            "org.duckdb..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .orShould()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "java.io types other than Serializable",
                c ->
                    c.getPackageName().equals("java.io")
                        && !c.getName().equals("java.io.Serializable")))
        .orShould()
        .callMethodWhere(
            DescribedPredicate.describe(
                "it reads the clock",
                (JavaMethodCall call) ->
                    call.getName().equals("now")
                            && call.getTargetOwner().getPackageName().equals("java.time")
                        || (call.getTargetOwner().isEquivalentTo(System.class)
                            && Set.of("currentTimeMillis", "nanoTime").contains(call.getName()))))
        .check(classes);
  }

  @Test
  void theApplicationLayerKnowsNeitherPicocliNorJavalin() {
    noClasses()
        .that()
        .resideInAPackage("io.breadthflow.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "io.javalin..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void theServerDoesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.breadthflow.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.breadthflow.cli..")
        .check(classes);
  }

  /**
   * The shells reach the store's writes only through the use cases. The store benchmarks ({@code
   * cli.bench}) are the one exception: they measure the engines' raw paths on throwaway databases.
   */
  @Test
  void noShellWritesToTheStoreDirectly() {
    noClasses()
        .that()
        .resideInAnyPackage("io.breadthflow.cli..", "io.breadthflow.server..")
        .and()
        .resideOutsideOfPackage("io.breadthflow.cli.bench..")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "it writes to the store",
                (JavaMethodCall call) ->
                    STORE_WRITES.entrySet().stream()
                        .anyMatch(
                            entry ->
                                call.getTargetOwner().isAssignableTo(entry.getKey())
                                    && entry.getValue().contains(call.getName()))))
        .check(classes);
  }
}
