package nl.entree.intake.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every line logged while this is open, as the level ({@code WARN} for a warning), the formatted message and each
 * cause, so a test can check what reaches the log and what never does.
 */
public final class LogLines implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLevel().intValue() == Level.WARNING.intValue()
                    ? "WARN " : record.getLevel() + " ");
            line.append(record instanceof ExtLogRecord ext
                    ? String.valueOf(ext.getFormattedMessage()) : String.valueOf(record.getMessage()));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
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
    }

    public static LogLines capture() {
        LogLines capture = new LogLines();
        Logger.getLogger("").addHandler(capture.handler);
        return capture;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
