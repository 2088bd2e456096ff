package nl.entree.support.log;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every line the service logs while this is open, as the text an operator would read: the level, the message with its
 * parameters filled in, and each cause. For tests that prove what a log holds, above all that it holds nothing of a
 * person. Opened around the requests a test makes, in try-with-resources, so that no other test's lines are caught.
 */
public final class LogLines implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(line(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogLines() {
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
    }

    public static LogLines capture() {
        return new LogLines();
    }

    /** The lines so far, each as {@code LEVEL message | cause | cause}, with WARN for java.util.logging's WARNING. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }

    private static String line(LogRecord record) {
        Level level = record.getLevel();
        StringBuilder line = new StringBuilder(level.intValue() == Level.WARNING.intValue() ? "WARN" : level.getName())
                .append(' ').append(message(record));
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause);
        }
        return line.toString();
    }

    private static String message(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return String.valueOf(ext.getFormattedMessage());
        }
        Object[] parameters = record.getParameters();
        return parameters == null || parameters.length == 0 ? String.valueOf(record.getMessage())
                : record.getMessage() + " " + Arrays.toString(parameters);
    }
}
