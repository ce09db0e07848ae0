package vn.giaymoi.render.text;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.render.layout.PageLayout;

/**
 * Bản chữ thuần (plain-text rendering) in the reading order of the printed page: the left header column, the
 * right header column, the type name and trích yếu, Kính gửi, the content, Nơi nhận, then the signature.
 */
public final class TextRenderer {
    private static final String INDENT = "    ";

    public String render(PageLayout page) {
        List<String> out = new ArrayList<>();
        page.marks().forEach(m -> out.add(m.text()));
        out.addAll(page.parentLines());
        out.addAll(page.issuerLines());
        if (page.issuerMark() != null) out.add(page.issuerMark());
        out.add(page.numberLine());
        if (page.shortSubject() != null) out.add(page.shortSubject().plain());
        out.add("");
        out.add(page.nationalTitle());
        if (page.motto() != null) out.add(page.motto());
        out.add(page.dateLine());
        out.add("");
        if (page.typeName() != null) {
            out.add(page.typeName());
            out.add(page.subject().plain());
            out.add("");
        }
        if (!page.addressees().isEmpty()) {
            if (page.addressees().size() == 1) {
                out.add(PageLayout.ADDRESSEES_HEADING + " " + page.addressees().get(0).plain());
            } else {
                out.add(PageLayout.ADDRESSEES_HEADING);
                page.addressees().forEach(a -> out.add("- " + a.plain()));
            }
            out.add("");
        }
        for (PageLayout.Block b : page.content()) {
            String line = INDENT.repeat(b.depth()) + (b.label().isEmpty() ? "" : b.label() + " ") + b.text().plain();
            out.add(line);
            if (b.table() != null) table(out, b.table(), INDENT.repeat(b.depth() + 1));
        }
        out.add("");
        out.add(PageLayout.DISTRIBUTION_HEADING);
        for (RichText entry : page.distribution()) out.add("- " + entry.plain());
        out.add("");
        out.addAll(page.authorityLines());
        if (page.signer() != null) {
            out.add("");
            out.add(page.signer());
        }
        if (!page.footer().isEmpty()) {
            out.add("");
            out.addAll(page.footer());
        }
        return String.join("\n", out) + "\n";
    }

    /** A table as aligned columns separated by " | ", its heading first. */
    private static void table(List<String> out, PageLayout.Table t, String indent) {
        int[] widths = new int[t.header().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        for (List<String> row : all) {
            StringBuilder b = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                b.append(i == 0 ? "" : " | ").append(cell).append(i == widths.length - 1 ? "" : " ".repeat(widths[i] - cell.length()));
            }
            out.add(b.toString().stripTrailing());
        }
    }
}
