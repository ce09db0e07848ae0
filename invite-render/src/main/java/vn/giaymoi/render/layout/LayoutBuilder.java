package vn.giaymoi.render.layout;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.text.RichText;

/** Places an invitation in the boxes of ND30 PL I §IV (Mẫu 1.7 for a giấy mời, Mẫu 1.5 for a công văn). */
public final class LayoutBuilder {
    private LayoutBuilder() {}

    public static PageLayout of(Invitation inv) {
        boolean giayMoi = inv.kind() == InvitationKind.GIAY_MOI;
        List<PageLayout.Mark> marks = new ArrayList<>();
        if (inv.confidentiality() != null) marks.add(new PageLayout.Mark(inv.confidentiality().label(), false));
        if (inv.urgency() != null) marks.add(new PageLayout.Mark(inv.urgency().label(), true));

        List<PageLayout.Block> content = new ArrayList<>();
        if (inv.opening() != null) content.add(new PageLayout.Block("", inv.opening().text(), 0, true));
        Outline outline = inv.outline();
        outline.forEach(e -> content.add(new PageLayout.Block(e.label(), e.text(), e.depth(), true)));

        String number = "Số: " + (inv.number().isDraft() ? "     " : inv.number().sequence()) + "/" + inv.number().symbol();
        String title = inv.kind().label() + " " + inv.number() + ": " + inv.subject().plain();
        return new PageLayout(
                marks,
                inv.issuer().parent(),
                inv.issuer().nameLines(),
                number,
                giayMoi ? null : inv.subject(),
                PageLayout.NATIONAL_TITLE,
                PageLayout.MOTTO,
                inv.dateLine().printed(),
                giayMoi ? "GIẤY MỜI" : null,
                giayMoi ? inv.subject() : null,
                inv.addressees().entries(),
                content,
                inv.distribution().entries(),
                inv.signature().printedLines(),
                inv.signature().signer(),
                title,
                inv.issuer().fullName());
    }

    /** The plain text of a rich text, for formats without emphasis. */
    public static String plain(RichText text) {
        return text == null ? "" : text.plain();
    }
}
