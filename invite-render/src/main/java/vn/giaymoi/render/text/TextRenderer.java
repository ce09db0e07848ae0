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
        if (page.parentBody() != null) out.add(page.parentBody());
        out.addAll(page.issuerLines());
        out.add(page.numberLine());
        if (page.shortSubject() != null) out.add(page.shortSubject().plain());
        out.add("");
        out.add(page.nationalTitle());
        out.add(page.motto());
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
        return String.join("\n", out) + "\n";
    }
}
