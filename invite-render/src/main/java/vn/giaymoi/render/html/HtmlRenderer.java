package vn.giaymoi.render.html;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.giaymoi.render.layout.PageLayout;

/**
 * Bản HTML (HTML rendering): an A4 page with print CSS in the sizes and margins of ND30 PL I, usable as a preview
 * pane and for printing from a browser. The output is well-formed XHTML, so the PDF renderer lays out the same
 * page. Every value goes through {@code th:text}/{@code th:content}, so user text is always escaped. Thread-safe.
 */
public final class HtmlRenderer {
    private static final TemplateEngine ENGINE = engine();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public String render(PageLayout page) {
        Context context = new Context(VIETNAMESE);
        context.setVariable("page", page);
        context.setVariable("addresseesHeading", PageLayout.ADDRESSEES_HEADING);
        context.setVariable("distributionHeading", PageLayout.DISTRIBUTION_HEADING);
        return ENGINE.process("invitation", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
        resolver.setPrefix("vn/giaymoi/render/html/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
