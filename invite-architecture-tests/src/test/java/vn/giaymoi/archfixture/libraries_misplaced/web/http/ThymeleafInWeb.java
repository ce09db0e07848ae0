package vn.giaymoi.archfixture.libraries_misplaced.web.http;

/** Violates the Thymeleaf confinement (render.html only). */
public final class ThymeleafInWeb {
    private org.thymeleaf.TemplateEngine engine;
}
