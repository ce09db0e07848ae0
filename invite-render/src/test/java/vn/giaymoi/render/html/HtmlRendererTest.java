package vn.giaymoi.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.render.Seeds;
import vn.giaymoi.render.layout.LayoutBuilder;

class HtmlRendererTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private final HtmlRenderer renderer = new HtmlRenderer();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void holds_every_word_of_the_seed_in_order_and_is_well_formed(String seed) throws Exception {
        String html = renderer.render(LayoutBuilder.of(Seeds.invitation(seed)));

        Document dom = parse(html);
        String text = dom.getElementsByTagName("body").item(0).getTextContent();
        assertThat(Seeds.seedWordsMissingIn(seed, text)).as("seed words missing in order").isEmpty();
    }

    @Test
    void prints_on_a4_with_nd30_margins_and_page_numbers_from_page_two() {
        String html = renderer.render(LayoutBuilder.of(Invitations.aGiayMoi()));

        assertThat(html).contains("size: A4;", "margin: 20mm 15mm 20mm 30mm;", "content: counter(page);")
                .containsPattern("@page :first \\{\\s*@top-center \\{ content: none; }");
        assertThat(html).contains("<title>Giấy mời 05/GM-UBND: Dự họp triển khai công tác chuyển đổi số</title>",
                "<meta name=\"author\" content=\"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\"/>");
    }

    @Test
    void draws_emphasis_runs_as_strong_and_em() {
        String html = renderer.render(LayoutBuilder.of(Seeds.invitation("000")));
        assertThat(html).contains("<span>*) </span><strong>Các đơn vị chuẩn bị</strong><span> tham luận",
                "(thời gian </span><strong>trình bày 02-03 phút</strong><span>)");

        String html002 = renderer.render(LayoutBuilder.of(Seeds.invitation("002")));
        assertThat(html002).contains("Công Thông tin điện tử tỉnh (</span><em>đưa tin</em><span>);</span>",
                "<em>Địa điểm cầu cấp tỉnh</em><span>: Phòng họp tầng 4");
        assertThat(html002).doesNotContain("**", "*Hình thức*");
    }

    @Test
    void escapes_markup_typed_into_any_field() throws Exception {
        Invitation base = Invitations.aCongVan();
        Invitation hostile = new Invitation(base.kind(),
                new Issuer(SCRIPT, "SỞ " + SCRIPT, "SNV", null, null),
                base.number(), base.dateLine(), RichText.of("V/v " + SCRIPT), null, null,
                new Addressees(List.of(RichText.of(SCRIPT + ";"), RichText.of("Sở **" + SCRIPT + "**."))),
                base.opening(),
                List.of(Point.of(Marker.NUMBER, "Nội dung " + SCRIPT), Point.paragraph("*" + SCRIPT + "*")),
                base.form(),
                new Distribution(List.of(RichText.of(SCRIPT), RichText.of("Lưu: VT."))),
                new SigningAuthority(List.of(), "GIÁM ĐỐC " + SCRIPT, "Nguyễn " + SCRIPT));

        String html = renderer.render(LayoutBuilder.of(hostile));

        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        // still one document whose text holds what was typed
        String text = parse(html).getElementsByTagName("body").item(0).getTextContent();
        assertThat(text).contains("Nội dung " + SCRIPT, "Nguyễn " + SCRIPT, "- " + SCRIPT);
    }

    @Test
    void the_urgency_mark_is_red_and_boxed_under_the_confidentiality_mark() {
        String html = renderer.render(LayoutBuilder.of(Seeds.urgentAndSecret()));
        assertThat(html).containsSubsequence("Số: 05/GM-UBND", "<span class=\"mark\">MẬT</span>",
                "<span class=\"mark urgent\">HỎA TỐC</span>", "CỘNG HÒA");
        assertThat(html).containsPattern("\\.mark\\.urgent \\{ color: #f00; border-color: #f00; \\}");
    }

    @Test
    void a_cong_van_has_kinh_gui_and_v_v_but_no_type_name() {
        String html = renderer.render(LayoutBuilder.of(Invitations.aCongVan()));
        assertThat(html).contains("Kính gửi:", "V/v họp triển khai công tác chuyển đổi số", "Sở Tài chính.")
                .doesNotContain("GIẤY MỜI");
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
