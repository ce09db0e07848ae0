package vn.giaymoi.render;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.CalendarEntry;
import vn.giaymoi.render.docx.DocxRenderer;
import vn.giaymoi.render.html.HtmlRenderer;
import vn.giaymoi.render.ics.IcsRenderer;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;
import vn.giaymoi.render.pdf.PdfRenderer;
import vn.giaymoi.render.text.TextRenderer;

/**
 * Bộ dựng văn bản (the renderer): one entry point that lays an invitation out once and draws it in the asked
 * format. Text, HTML, PDF and DOCX draw the {@link PageLayout}; iCalendar reads the meeting's typed facts.
 * Rendering blocks (PDF and DOCX are CPU work): call it off any event loop. Thread-safe.
 */
public final class InvitationRenderer {
    private final Clock clock;

    // Each format's renderer is built on first use (class-holder idiom), so a command that draws no PDF never
    // loads PDFBox or reads a font, and one that draws no DOCX never loads POI.
    private static final class Text {
        static final TextRenderer RENDERER = new TextRenderer();
    }

    private static final class Html {
        static final HtmlRenderer RENDERER = new HtmlRenderer();
    }

    private static final class Pdf {
        static final PdfRenderer RENDERER = new PdfRenderer();
    }

    private static final class Docx {
        static final DocxRenderer RENDERER = new DocxRenderer();
    }

    /** A renderer whose calendar stamps (DTSTAMP) read the system clock. */
    public InvitationRenderer() {
        this(Clock.systemUTC());
    }

    /** A renderer whose calendar stamps (DTSTAMP) read {@code clock}. */
    public InvitationRenderer(Clock clock) {
        // the calendar writer is made per calendar: building it here would load ical4j into every check
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Builds {@code format}'s renderer now, in the calling thread (the PDF's fonts included), instead of on the first
     * document: a command line calls it on a second core while it reads the first file. Optional.
     */
    public void prepare(Format format) {
        switch (format) { // reading a holder's field builds its renderer
            case TXT -> Objects.requireNonNull(Text.RENDERER);
            case HTML -> Objects.requireNonNull(Html.RENDERER);
            case PDF -> {
                Objects.requireNonNull(Pdf.RENDERER);
                PdfRenderer.prepare();
            }
            case DOCX -> Objects.requireNonNull(Docx.RENDERER);
            case ICS -> { } // nothing to build ahead: the calendar writer is made per calendar
        }
    }

    public RenderedDocument render(Invitation invitation, Format format) {
        return render(invitation, format, null);
    }

    /**
     * Draws {@code invitation} in {@code format}; a calendar follows {@code entry} (UID, SEQUENCE, STATUS) when
     * given, as for a stored invitation whose lifecycle is known.
     */
    public RenderedDocument render(Invitation invitation, Format format, CalendarEntry entry) {
        PageLayout page = LayoutBuilder.of(invitation);
        byte[] bytes = switch (format) {
            case TXT -> Text.RENDERER.render(page).getBytes(StandardCharsets.UTF_8);
            case HTML -> Html.RENDERER.bytes(page);
            case PDF -> Pdf.RENDERER.render(page);
            case DOCX -> Docx.RENDERER.render(page);
            case ICS -> new IcsRenderer(clock).render(invitation, entry).getBytes(StandardCharsets.UTF_8);
        };
        return new RenderedDocument(format, bytes);
    }
}
