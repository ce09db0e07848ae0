package vn.giaymoi.cli.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Chữ an toàn cho cửa sổ lệnh (terminal-safe output): what the command line echoes from a file (a value, a key, a
 * file name) may hold escape sequences that recolour, move the cursor or retitle the terminal. Every character a
 * terminal would act on is written as a visible escape instead: {@code \e]0;…}, {@code \u009b}, bidi controls. Line
 * breaks, tabs, the carriage return of the progress bar and colour codes (picocli's error text) pass.
 */
public final class TerminalSafe extends PrintWriter {
    private TerminalSafe(Writer target) {
        super(new Escaping(target), true);
    }

    /** {@code writer}, escaping; the same writer when it already escapes. */
    public static PrintWriter of(PrintWriter writer) {
        return writer instanceof TerminalSafe ? writer : new TerminalSafe(writer);
    }

    /** Makes the standard output and error of {@code cli} (and its subcommands) escape. */
    public static void install(CommandLine cli) {
        if (!(cli.getOut() instanceof TerminalSafe)) cli.setOut(of(cli.getOut()));
        if (!(cli.getErr() instanceof TerminalSafe)) cli.setErr(of(cli.getErr()));
    }

    /** The visible form of {@code c}, or null when it may be written as it is. */
    static String escape(int c) {
        if (c == '\n' || c == '\r' || c == '\t') return null;
        if (c == 0x1B) return "\\e";
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return String.format(Locale.ROOT, "\\u%04x", c);
        }
        return null;
    }

    /** Writes colour codes ({@code ESC [ 1 ; 31 m}, picocli's own) as they are, every other escape visibly. */
    private static final class Escaping extends FilterWriter {
        private final StringBuilder pending = new StringBuilder(); // an ESC and what followed it so far

        Escaping(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            if (pending.length() > 0) {
                pending.append((char) c);
                boolean colour = pending.length() == 2 ? c == '[' : c == 'm' || c == ';' || c >= '0' && c <= '9';
                if (!colour) {
                    flushPending(); // not a colour code: show it
                } else if (c == 'm') {
                    out.write(pending.toString());
                    pending.setLength(0);
                }
                return;
            }
            if (c == 0x1B) {
                pending.append((char) c);
                return;
            }
            String visible = escape(c);
            if (visible == null) out.write(c);
            else out.write(visible);
        }

        private void flushPending() throws IOException {
            String held = pending.toString();
            pending.setLength(0);
            out.write("\\e");
            for (int i = 1; i < held.length(); i++) write(held.charAt(i));
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) write(buffer[i]);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) write(text.charAt(i));
        }

        @Override
        public void flush() throws IOException {
            if (pending.length() > 0) flushPending(); // a colour code never spans a flush: this one is cut short
            super.flush();
        }
    }
}
