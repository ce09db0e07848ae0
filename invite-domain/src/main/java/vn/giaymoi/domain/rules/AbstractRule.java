package vn.giaymoi.domain.rules;

/**
 * Quy tắc cơ sở (base of the standard rules): the id, the one-line title and the decree section every finding of
 * the rule cites, so a rule class holds only its check.
 */
abstract class AbstractRule implements Rule {
    private final String id;
    private final String title;
    private final String basis;

    AbstractRule(String id, String title, String basis) {
        this.id = id;
        this.title = title;
        this.basis = basis;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    /** The section the rule rests on: {@code NĐ 30/2020 PL I §II.4.b}. */
    final String basis() {
        return basis;
    }

    final Finding error(String path, String vi, String en, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.ERROR, path, vi, en, expected, actual, basis, fix);
    }

    final Finding warning(String path, String vi, String en, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.WARNING, path, vi, en, expected, actual, basis, fix);
    }

    final Finding hint(String path, String vi, String en, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.HINT, path, vi, en, expected, actual, basis, fix);
    }

    @Override
    public String toString() {
        return id;
    }
}
