package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.ingest.membership.MembershipCsv;
import io.breadthflow.ingest.membership.MembershipHistory;
import io.breadthflow.ingest.membership.MembershipImport;
import io.breadthflow.ingest.membership.MembershipInterval;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MemberInterval;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Point-in-time universes in the store: a membership history imported from CSV under a name (the
 * interval form replaces the stored history; the published changes form is applied on top of it),
 * the stored universes, and the members of one of them on a date. Breadth, signals and backtests
 * take a stored universe through {@link #pointInTime(String)}.
 */
public final class MembershipService {
  private final MarketStore store;

  public MembershipService(MarketStore store) {
    this.store = store;
  }

  /**
   * Reads {@code request}'s file and stores the resulting history under its name, replacing what
   * was stored.
   *
   * @throws UseCaseException (invalid request) when the file cannot be read, its header has neither
   *     form's columns, or no row gives a membership
   */
  public MembershipImportReport importCsv(MembershipImportRequest request, Progress progress) {
    String text;
    try {
      text = Files.readString(request.file(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw UseCaseException.invalid("cannot read the membership file " + request.file());
    }
    MembershipForm form = formOf(text);
    progress.begin("importing the membership of " + request.name(), 2);
    MembershipImport read;
    try {
      read =
          form == MembershipForm.INTERVALS
              ? MembershipCsv.readIntervals(new StringReader(text))
              : MembershipCsv.applyChanges(stored(request.name()), new StringReader(text));
      progress.step("read");
      if (read.history().intervals().isEmpty()) {
        throw UseCaseException.invalid(
            "no membership in the file: "
                + read.rejected().size()
                + " rows rejected"
                + (read.rejected().isEmpty() ? "" : ", first: " + read.rejected().get(0).reason()));
      }
      store.replaceMembership(request.name(), rows(read.history()));
      progress.step("stored");
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    } finally {
      progress.end();
    }
    StoredUniverseView stored =
        store.storedUniverses().stream()
            .filter(u -> u.name().equals(request.name()))
            .map(StoredUniverseView::of)
            .findFirst()
            .orElseThrow();
    return new MembershipImportReport(stored, form, read.rejected());
  }

  /** The stored point-in-time universes, by name. */
  public List<StoredUniverseView> universes() {
    return store.storedUniverses().stream().map(StoredUniverseView::of).toList();
  }

  /**
   * Every universe breadth can take: the built-in lists with today's members and the stored
   * point-in-time universes, each with its sectors.
   */
  public UniverseCatalogue catalogue() {
    List<UniverseCatalogue.BuiltIn> builtIn =
        Universes.BUILT_IN.stream()
            .map(Universes::load)
            .map(
                u ->
                    new UniverseCatalogue.BuiltIn(
                        u.name(), u.members(), List.copyOf(u.symbolsBySector().keySet())))
            .toList();
    List<UniverseCatalogue.PointInTime> stored =
        universes().stream()
            .map(
                u ->
                    new UniverseCatalogue.PointInTime(
                        u,
                        List.copyOf(new PointInTimeUniverse(u.name(), stored(u.name())).sectors())))
            .toList();
    return new UniverseCatalogue(builtIn, stored);
  }

  /**
   * The stored point-in-time universe {@code name}.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) when none is stored
   *     under that name
   */
  public PointInTimeUniverse pointInTime(String name) {
    String checked = UniverseName.checked(name);
    MembershipHistory history = stored(checked);
    if (history.intervals().isEmpty()) {
      throw UseCaseException.notFound(
          "no point-in-time universe named " + checked + "; import one with 'bf universe import'");
    }
    return new PointInTimeUniverse(checked, history);
  }

  /**
   * The members of {@code request}'s universe on its date, each with its sector then.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) for an unknown universe
   */
  public UniverseMembers members(MembersRequest request) {
    MembershipHistory history = pointInTime(request.name()).history();
    List<UniverseMembers.Member> members =
        history.members(request.date()).stream()
            .map(
                symbol -> {
                  MembershipInterval interval =
                      history.interval(symbol, request.date()).orElseThrow();
                  return new UniverseMembers.Member(symbol, interval.sector(), interval.from());
                })
            .toList();
    return new UniverseMembers(request.name(), request.date(), members);
  }

  private MembershipHistory stored(String name) {
    return new MembershipHistory(
        store.membership(name).stream()
            .map(i -> new MembershipInterval(i.symbol(), i.from(), i.to(), i.sector()))
            .toList());
  }

  private static List<MemberInterval> rows(MembershipHistory history) {
    return history.intervals().stream()
        .map(i -> new MemberInterval(i.symbol(), i.from(), i.to(), i.sector()))
        .toList();
  }

  /** The changes form when the header names {@code add} and {@code remove}, else intervals. */
  private static MembershipForm formOf(String text) {
    String header =
        text.lines()
            .filter(line -> !line.isBlank())
            .findFirst()
            .orElse("")
            .toLowerCase(Locale.ROOT);
    List<String> columns =
        Arrays.stream(header.split(",")).map(c -> c.strip().replace("\"", "")).toList();
    return columns.contains("add") && columns.contains("remove")
        ? MembershipForm.CHANGES
        : MembershipForm.INTERVALS;
  }
}
