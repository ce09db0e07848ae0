package vn.giaymoi.archfixture.libraries_misplaced.render;

/** Violates the Jackson confinement (format, store, web only). */
public final class JacksonInRender {
    private com.fasterxml.jackson.databind.ObjectMapper mapper;
}
