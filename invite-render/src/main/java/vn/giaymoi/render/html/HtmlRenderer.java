package vn.giaymoi.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.domain.text.Run;
import vn.giaymoi.render.layout.PageLayout;

/**
 * Bản HTML (HTML rendering): an A4 page with print CSS in the sizes and margins of ND30 PL I, usable as a preview
 * pane and for printing from a browser; well-formed XHTML. Written straight from the {@link PageLayout} by a small
 * writer rather than interpreted from a template on every render. Every value the user wrote goes through
 * {@link Html#text} or {@link Html#attribute}, which escape it: the writer has no way to put raw text in the page
 * (escaping by construction). Thread-safe.
 */
public final class HtmlRenderer {
    /** The print CSS: sizes, margins and rules of ND30 PL I §I and §II; UTF-8. */
    private static final byte[] CSS = css();

    /** The page as text. */
    public String render(PageLayout page) {
        return new String(bytes(page), StandardCharsets.UTF_8);
    }

    /** The page in UTF-8, as it is sent and stored. */
    public byte[] bytes(PageLayout page) {
        Html h = new Html(CSS.length + 16 * 1024); // the seeds' pages are 10–14 KB: none grows the buffer
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .raw("<title>").text(page.documentTitle()).raw("</title>\n")
                .raw("<meta name=\"author\" content=\"").attribute(page.issuerName()).raw("\"/>\n")
                .raw("<meta name=\"subject\" content=\"").attribute(page.subjectText()).raw("\"/>\n")
                .raw("<!-- Sizes, margins and rules: ND30 PL I §I and §II. -->\n<style>\n").raw(CSS).raw("</style>\n</head>\n")
                .raw("<body>\n<div class=\"sheet\">\n");
        header(h, page);
        title(h, page);
        addressees(h, page.addressees());
        List<PageLayout.Block> content = page.content();
        h.raw("<div class=\"content\">\n");
        for (int i = 0; i < content.size() - 1; i++) paragraph(h, content.get(i));
        // the last paragraph goes over the page with the signature, so a signature never stands on a page alone
        h.raw("</div>\n<div class=\"ending\">\n");
        if (!content.isEmpty()) {
            h.raw("<div class=\"content\">");
            paragraph(h, content.get(content.size() - 1));
            h.raw("</div>\n");
        }
        closing(h, page);
        h.raw("</div>\n");
        if (!page.footer().isEmpty()) {
            h.raw("<div class=\"footer\">");
            for (String line : page.footer()) h.element("div", null, line);
            h.raw("</div>\n");
        }
        // every run is its own element: a browser's or a PDF engine's reading order stays the text's order
        return h.raw("</div>\n</body>\n</html>\n").bytes();
    }

    /** Ô 1–4, 10: the issuer's column and the Quốc hiệu's column. */
    private static void header(Html h, PageLayout page) {
        h.raw("<table class=\"layout head\">\n<tr>\n<td class=\"left\">\n<div class=\"ruled\">\n");
        for (String line : page.fittedParentLines()) h.element("div", "parent", line).raw("\n");
        for (String line : page.fittedIssuerLines()) h.element("div", "issuer", line).raw("\n");
        if (page.issuerMark() == null) h.raw("<div class=\"rule-short\"></div>\n");
        else h.element("div", "issuer-mark", page.issuerMark()).raw("\n");
        h.raw("</div>\n").element("div", "number", page.numberLine()).raw("\n");
        if (page.shortSubject() != null) {
            h.raw("<div class=\"short-subject\">");
            rich(h, page.shortSubject());
            h.raw("</div>\n");
        }
        for (PageLayout.Mark mark : page.marks()) {
            h.raw("<div>").element("span", mark.urgent() ? "mark urgent" : "mark", mark.text()).raw("</div>\n");
        }
        h.raw("</td>\n<td class=\"right\">\n");
        if (!page.organisation()) {
            h.element("div", "national nowrap", page.nationalTitle()).raw("\n");
            h.raw("<div>").element("span", "motto nowrap", page.motto()).raw("</div>\n");
        } else {
            h.raw("<div>").element("span", "party-heading nowrap", page.nationalTitle()).raw("</div>\n");
        }
        h.element("div", page.dateLinePoints() < 14 ? "date compact nowrap" : "date", page.dateLine()).raw("\n");
        h.raw("</td>\n</tr>\n</table>\n");
    }

    /** Ô 5a: GIẤY MỜI and the trích yếu. */
    private static void title(Html h, PageLayout page) {
        if (page.typeName() == null) return;
        h.raw("<div class=\"title\">\n").element("div", "type-name", page.typeName())
                .raw("\n<div class=\"ruled\">\n<div class=\"subject\">");
        rich(h, page.subject());
        h.raw("</div>\n<div class=\"rule-short\"></div>\n</div>\n</div>\n");
    }

    /** Ô 9a: Kính gửi, one entry beside it or a list of "- " entries. */
    private static void addressees(Html h, List<RichText> entries) {
        if (entries.isEmpty()) return;
        h.raw("<table class=\"addressees\">\n");
        for (int i = 0; i < entries.size(); i++) {
            h.raw("<tr>\n").element("td", "heading", i == 0 ? PageLayout.ADDRESSEES_HEADING : "").raw("\n<td>");
            if (entries.size() > 1) h.raw("<span>- </span>");
            rich(h, entries.get(i));
            h.raw("</td>\n</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void paragraph(Html h, PageLayout.Block b) {
        h.raw(b.indentFirstLine() ? "<p class=\"indent\">" : "<p class=\"plain\">");
        if (!b.label().isEmpty()) h.element("span", null, b.label() + " ");
        rich(h, b.text());
        h.raw("</p>");
        PageLayout.Table table = b.table();
        if (table != null) {
            h.raw("<table class=\"programme\"><thead><tr>");
            for (String cell : table.header()) h.element("th", null, cell);
            h.raw("</tr></thead><tbody>");
            for (List<String> row : table.rows()) {
                h.raw("<tr>");
                for (int c = 0; c < row.size(); c++) h.element("td", c == 0 ? "time" : null, row.get(c));
                h.raw("</tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("\n");
    }

    /** Ô 9b and 7: Nơi nhận on the left, the authority, signing space and signer on the right. */
    private static void closing(Html h, PageLayout page) {
        h.raw("<table class=\"layout closing\">\n<tr>\n<td class=\"left\">\n")
                .element("div", "recipients-heading", PageLayout.DISTRIBUTION_HEADING).raw("\n");
        for (RichText r : page.distribution()) {
            h.raw("<div class=\"recipient\"><span>- </span>");
            rich(h, r);
            h.raw("</div>\n");
        }
        h.raw("</td>\n<td class=\"right\">\n");
        for (String line : page.authorityLines()) h.element("div", "authority", line).raw("\n");
        h.raw("<div class=\"sign-space\"></div>\n");
        if (page.signer() != null) h.element("div", "signer", page.signer()).raw("\n");
        h.raw("</td>\n</tr>\n</table>\n");
    }

    /** Emphasis as the runs give it: bold in strong, italic in em. */
    private static void rich(Html h, RichText text) {
        if (text == null) return;
        for (Run r : text.runs()) {
            if (r.bold() && r.italic()) h.raw("<strong>").element("em", null, r.text()).raw("</strong>");
            else if (r.bold()) h.element("strong", null, r.text());
            else if (r.italic()) h.element("em", null, r.text());
            else h.element("span", null, r.text());
        }
    }

    private static byte[] css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("invitation.css")) {
            if (in == null) throw new IllegalStateException("thiếu invitation.css");
            // decoded and encoded again, so the bytes are the text's UTF-8 whatever the file held (a BOM, bad bytes)
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
