package io.breadthflow.cli;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.cli.convert.DateConverter;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;

/** Entry point of {@code bf}: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }

  /** Runs {@code bf args} writing to the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    BfCommand root = new BfCommand();
    CommandLine commandLine = new CommandLine(root);
    commandLine.registerConverter(LocalDate.class, new DateConverter());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (ex, ignored) -> {
          err.println(
              "bf: "
                  + ex.getMessage()
                  + " (try '"
                  + qualifiedName(ex.getCommandLine())
                  + " --help')");
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof UsageException || ex instanceof UseCaseException) {
            err.println("bf: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          err.println("bf: unexpected failure: " + ex);
          if (System.getenv("BF_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          return ExitCodes.FAILURE;
        });
    commandLine.setExecutionStrategy(
        parseResult -> {
          try {
            LogOutput.use(root.logFormat());
          } catch (UseCaseException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String qualifiedName(CommandLine commandLine) {
    StringBuilder name = new StringBuilder(commandLine.getCommandName());
    for (CommandLine parent = commandLine.getParent();
        parent != null;
        parent = parent.getParent()) {
      name.insert(0, parent.getCommandName() + " ");
    }
    return name.toString();
  }
}
