package vn.giaymoi.archfixture.libraries_misplaced.render;

/** Breaks "Jakarta Validation is used only in format": a renderer validating input. */
public class ValidationInRender {
    private jakarta.validation.Validator validator;
}
