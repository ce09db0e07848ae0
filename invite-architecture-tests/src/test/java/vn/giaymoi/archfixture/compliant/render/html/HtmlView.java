package vn.giaymoi.archfixture.compliant.render.html;

/** Fixture: Thymeleaf in render.html is allowed. */
public final class HtmlView {
    private final org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();

    public String render(String template) {
        return engine.process(template, new org.thymeleaf.context.Context());
    }
}
