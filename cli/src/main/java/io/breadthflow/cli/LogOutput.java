package io.breadthflow.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.breadthflow.app.config.LogFormat;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * Switches the log lines of {@code bf} (logback's {@value #APPENDER} appender, standard error, see
 * {@code logback.xml}) between text and JSON. A JSON line is Logstash's layout ({@code @timestamp},
 * {@code level}, {@code logger_name}, {@code message}, {@code stack_trace}) with the thread's MDC
 * entries as fields: {@code run_id}, {@code job_id} and {@code request_id} where they are set.
 * Called once, before a command runs.
 */
public final class LogOutput {
  /** The console appender of {@code logback.xml}. */
  static final String APPENDER = "STDERR";

  /** The text layout, as in {@code logback.xml}. */
  static final String TEXT_PATTERN = "bf %level %logger{0}: %msg%n";

  private LogOutput() {}

  /** Writes the log in {@code format} from now on. */
  public static void use(LogFormat format) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Appender<ILoggingEvent> appender =
        context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
    if (!(appender instanceof ConsoleAppender<ILoggingEvent> console)) {
      return;
    }
    Encoder<ILoggingEvent> encoder = encoder(format, context);
    console.stop();
    console.setEncoder(encoder);
    console.start();
  }

  /** A started encoder of {@code format}. */
  static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
    return switch (format) {
      case TEXT -> {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(TEXT_PATTERN);
        text.start();
        yield text;
      }
      case JSON -> {
        LogstashEncoder json = new LogstashEncoder();
        json.setContext(context);
        json.start();
        yield json;
      }
    };
  }
}
