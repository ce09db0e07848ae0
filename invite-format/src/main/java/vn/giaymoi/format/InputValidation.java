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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.giaymoi.format.dto.PrintedText;
import vn.giaymoi.format.dto.PrintedTextValidator;

/**
 * Kiểm tra giới hạn đầu vào (input validation): runs the Bean Validation constraints declared on the dto records
 * (sizes, patterns, the character policy) and says each violation in Vietnamese with the product's field path
 * ({@code body[2].session.duration}) and the limit. The CLI, {@code POST /check}, saving and importing all read
 * through {@link InvitationFormat}, so they all apply the same limits.
 */
final class InputValidation {
    /** One validator per root record (an invitation, a profile), built when a document of that kind is first read. */
    private static final Map<Class<?>, Validator> VALIDATORS = new ConcurrentHashMap<>();

    /**
     * Built for a fast start (a {@code check} builds one per process): only the constraints the records use (the
     * others' 300-odd validators are never registered), the metadata of the records reached from {@code root} built
     * up front, no {@code validation.xml} lookup, and messages without expression language: none of the records'
     * messages has an expression, and {@link #message} words every violation from its annotation anyway.
     */
    private static Validator validator(Class<?> root) {
        ValidatorFactory factory = Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .builtinConstraints(Set.of(NotNull.class.getName(), Size.class.getName(),
                        jakarta.validation.constraints.Pattern.class.getName()))
                .initializeBeanMetaData(recordsReachedFrom(root))
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** The records of the format reached from {@code root} through their components (element types included). */
    private static Set<Class<?>> recordsReachedFrom(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType generic) {
                todo.addAll(List.of(generic.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
                for (RecordComponent component : c.getRecordComponents()) todo.push(component.getGenericType());
            }
        }
        return found;
    }

    private InputValidation() {}

    /** Builds the validator of {@code root}'s records now (see {@link InvitationFormat#prepare}). */
    static void prepare(Class<?> root) {
        VALIDATORS.computeIfAbsent(root, InputValidation::validator);
    }

    /**
     * The violations of {@code dto}, in path order (empty when it is within every limit), and whether the document
     * is bounded: only patterns were broken, no size or character limit, so it is still worth mapping to find the
     * other problems of the file.
     */
    record Checked(List<InvitationMapper.Located> problems, boolean bounded) {}

    static <T> Checked check(T dto) {
        java.util.Map<String, InvitationMapper.Located> byPath = new java.util.TreeMap<>();
        boolean bounded = true;
        Validator validator = VALIDATORS.computeIfAbsent(dto.getClass(), InputValidation::validator);
        for (ConstraintViolation<T> v : validator.validate(dto)) {
            boolean pattern = v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.Pattern;
            bounded &= pattern;
            String path = writtenAsItsValue(v.getLeafBean(), path(v.getPropertyPath()));
            // one problem per field: a text too long is said so, not also that it is off its pattern
            if (pattern && byPath.containsKey(path)) continue;
            byPath.put(path, new InvitationMapper.Located(path, message(v)));
        }
        List<InvitationMapper.Located> out = new ArrayList<>(byPath.values());
        return new Checked(out, bounded);
    }

    /** The violations of {@code dto}, in path order; empty when it is within every limit. */
    static <T> List<InvitationMapper.Located> problems(T dto) {
        return check(dto).problems();
    }

    /**
     * A record written as its one value in the file (a deadline is {@code "2025-06-30"}, not {@code {value: …}}) has
     * its problems at its own path, without the component's name.
     */
    private static String writtenAsItsValue(Object leaf, String path) {
        if (leaf == null || !leaf.getClass().isRecord()) return path;
        // the issue date written as one text (date: 2026-05-12) is held as its iso component
        if (leaf instanceof vn.giaymoi.format.dto.DateDto && path.endsWith(".iso")) return path.substring(0, path.length() - 4);
        for (var c : leaf.getClass().getRecordComponents()) {
            if (c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                    && path.endsWith("." + c.getName())) {
                return path.substring(0, path.length() - c.getName().length() - 1);
            }
        }
        return path;
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
        if (a instanceof jakarta.validation.constraints.Pattern pattern) {
            return "'" + value + "' " + pattern.message();
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
