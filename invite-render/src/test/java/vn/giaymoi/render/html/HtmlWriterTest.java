package vn.giaymoi.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
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
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.Seeds;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;

/**
 * The hand-written HTML is the page the Thymeleaf template (kept in the test resources as the reference) wrote, for
 * every example and the urgent and secret fixture; and hostile text in every field stays text.
 */
class HtmlWriterTest {
    private final HtmlRenderer writer = new HtmlRenderer();

    @Test
    void writes_the_page_the_template_wrote_for_every_example() throws IOException {
        List<Invitation> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Seeds.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(new InvitationFormat().read(f).fold(i -> i, p -> {
                    throw new AssertionError(f + ": " + p);
                }));
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        all.add(Seeds.urgentAndSecret());
        all.add(Invitations.aCongVan());
        for (Invitation inv : all) {
            PageLayout page = LayoutBuilder.of(inv);
            assertThat(markup(writer.render(page))).as(page.documentTitle()).isEqualTo(markup(template(page)));
        }
    }

    @Test
    void hostile_text_in_any_field_stays_text_in_elements_and_attributes() throws Exception {
        List<String> hostile = List.of("<script>alert('x')</script>", "\" onload=\"alert(1)", "</title><script>",
                "a & b &amp; c", "<!-- x -->", "]]><![CDATA[", "' ; <img src=x onerror=alert(1)>");
        for (String bad : hostile) {
            Invitation base = Invitations.aCongVan();
            Invitation inv = new Invitation(base.kind(), new Issuer(bad, "SỞ " + bad, "SNV", null, null),
                    base.number(), base.dateLine(), RichText.of("V/v " + bad), null, null,
                    new Addressees(List.of(RichText.of(bad), RichText.of("Sở **" + bad + "**."))), base.opening(),
                    List.of(Point.of(Marker.NUMBER, "Nội dung " + bad), Point.paragraph("*" + bad + "*")), base.form(),
                    new Distribution(List.of(RichText.of(bad), RichText.of("Lưu: VT."))),
                    new SigningAuthority(List.of(), "GIÁM ĐỐC " + bad, "Nguyễn " + bad));
            PageLayout page = LayoutBuilder.of(inv);
            String html = writer.render(page);

            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("script").getLength()).as(bad).isZero();
            assertThat(doc.getElementsByTagName("img").getLength()).as(bad).isZero();
            assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(page.documentTitle());
            assertThat(meta(doc, "subject")).isEqualTo(page.subjectText());
            assertThat(meta(doc, "author")).isEqualTo(page.issuerName());
            String body = doc.getElementsByTagName("body").item(0).getTextContent();
            assertThat(body).contains("Nội dung " + bad, "Nguyễn " + bad, "- " + bad);
        }
    }

    @Test
    void encodes_every_character_as_the_jdk_does_and_escapes_the_five() {
        // letters of one, two, three and four bytes, the five escaped characters, lone and paired surrogates
        String[] parts = {"a", "ư", "Đ", "€", "§", "😀", "\uD83D", "\uDE00", "&", "<", ">", "\"", "'", " ", "\n"};
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(parts[random.nextInt(parts.length)]);
            String value = text.toString();
            String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;");
            byte[] written = new Html(1).raw("<p title=\"").attribute(value).raw("\">").text(value)
                    .element("span", "c", value).raw("</p>").bytes();
            String expected = "<p title=\"" + escaped + "\">" + escaped + "<span class=\"c\">" + escaped + "</span></p>";
            assertThat(written).as(value).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String meta(Document doc, String name) {
        var metas = doc.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            var attributes = metas.item(i).getAttributes();
            if (attributes.getNamedItem("name") != null && name.equals(attributes.getNamedItem("name").getNodeValue())) {
                return attributes.getNamedItem("content").getNodeValue();
            }
        }
        throw new AssertionError("no meta " + name);
    }

    /** The markup without comments and without white space between tags (which a browser does not show). */
    private static String markup(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "").replaceAll(">\\s+<", "><").strip();
    }

    private static final TemplateEngine ENGINE = engine();
    private static final String CSS = css();

    private static String css() {
        try (var in = HtmlWriterTest.class.getResourceAsStream("/vn/giaymoi/render/html/invitation.css")) {
            return "\n" + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String template(PageLayout page) {
        Context context = new Context(Locale.forLanguageTag("vi-VN"));
        context.setVariable("page", page);
        context.setVariable("css", CSS); // the writer's own style sheet: the reference differs only in how it is written
        context.setVariable("addresseesHeading", PageLayout.ADDRESSEES_HEADING);
        context.setVariable("distributionHeading", PageLayout.DISTRIBUTION_HEADING);
        return ENGINE.process("invitation", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlWriterTest.class.getClassLoader());
        resolver.setPrefix("vn/giaymoi/render/html/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
