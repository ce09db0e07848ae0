package vn.giaymoi.format;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.format.dto.PrintedText;
import vn.giaymoi.format.dto.PrintedTextValidator;

/**
 * Kiểm tra giới hạn đầu vào (input validation): runs the Bean Validation constraints declared on the dto records
 * (sizes, the character policy) and says each violation in Vietnamese with the product's field path
 * ({@code body[2].session.duration}) and the limit. The CLI, {@code POST /check}, saving and importing all read
 * through {@link InvitationFormat}, so they all apply the same limits.
 */
final class InputValidation {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private InputValidation() {}

    /** The violations of {@code dto}, in path order; empty when it is within every limit. */
    static <T> List<InvitationMapper.Located> problems(T dto) {
        List<InvitationMapper.Located> out = new ArrayList<>();
        for (ConstraintViolation<T> v : VALIDATOR.validate(dto)) {
            out.add(new InvitationMapper.Located(path(v.getPropertyPath()), message(v)));
        }
        out.sort(Comparator.comparing(InvitationMapper.Located::path));
        return out;
    }

    /** The validator's property path in the product's form: {@code addressees[3]}, {@code body[2].session.date}. */
    static String path(Path propertyPath) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) b.append('[').append(node.getIndex()).append(']');
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (b.length() > 0) b.append('.');
                b.append(node.getName());
            }
        }
        return b.toString();
    }

    private static String message(ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        Object value = v.getInvalidValue();
        if (a instanceof NotNull) {
            return "mục rỗng; hãy ghi giá trị cho mục này hoặc xóa dòng '-' trống";
        }
        if (a instanceof Size size && value instanceof Collection<?> list) {
            return "có " + list.size() + " mục, quá giới hạn " + size.max() + " mục; hãy bớt hoặc gộp lại";
        }
        if (a instanceof Size size && value instanceof CharSequence text) {
            return "dài " + text.length() + " ký tự, quá giới hạn " + size.max() + " ký tự; hãy rút gọn";
        }
        if (a instanceof PrintedText printed && value instanceof String text) {
            int at = PrintedTextValidator.firstRefused(text, printed.lineBreaks());
            int cp = text.codePointAt(at);
            String where = " ở vị trí " + (at + 1);
            if (cp == '\n' || cp == '\t') {
                return "trường này không được xuống dòng hay có ký tự tab" + where + "; hãy viết trên một dòng";
            }
            String code = String.format(Locale.ROOT, "U+%04X", cp);
            if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
                return "có ký tự điều khiển hướng chữ " + code + where
                        + " (làm dòng in ra đọc khác với nội dung đã kiểm tra); hãy xóa ký tự này";
            }
            return "có ký tự không in được " + code + where + " (ký tự điều khiển hoặc không phải chữ); hãy xóa ký tự này";
        }
        return v.getMessage();
    }
}
