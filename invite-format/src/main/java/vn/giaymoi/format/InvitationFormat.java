package vn.giaymoi.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.text.Texts;
import vn.giaymoi.format.dto.InvitationDto;

/**
 * Định dạng tệp giấy mời (the input format): reads YAML or JSON into an {@link Invitation}, reporting each problem
 * with its line, column and field path, and writes an invitation back in either syntax. Thread-safe.
 */
public final class InvitationFormat {
    /** Largest input accepted, in characters: far above any real invitation, small enough to refuse a flood. */
    public static final int MAX_CHARS = 2_000_000;

    private final ObjectMapper yaml;
    private final ObjectMapper json;

    public InvitationFormat() {
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .build()).build());
        this.json = configure(JsonMapper.builder().build());
    }

    private static ObjectMapper configure(ObjectMapper m) {
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(SerializationFeature.INDENT_OUTPUT);
        return m;
    }

    /** Reads a file; an unreadable file is a problem too, never an exception. */
    public Parsed read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_CHARS * 4L) {
                return fail(name, "", 0, 0, "tệp quá lớn (tối đa " + MAX_CHARS + " ký tự)");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return read(text, Syntax.of(file), name);
        } catch (NoSuchFileException e) {
            return fail(name, "", 0, 0, "không tìm thấy tệp");
        } catch (CharacterCodingException e) {
            return fail(name, "", 0, 0, "tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8");
        } catch (IOException e) {
            return fail(name, "", 0, 0, "không đọc được tệp: " + e.getMessage());
        }
    }

    /** Reads {@code text} in {@code syntax}; {@code source} names it in problems. */
    public Parsed read(String text, Syntax syntax, String source) {
        if (text.length() > MAX_CHARS) return fail(source, "", 0, 0, "nội dung quá lớn (tối đa " + MAX_CHARS + " ký tự)");
        String nfc = Texts.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text);
        ObjectMapper mapper = syntax == Syntax.JSON ? json : yaml;
        InvitationDto dto;
        try {
            dto = mapper.readValue(nfc, InvitationDto.class);
        } catch (JsonProcessingException e) {
            return new Parsed.Failed(List.of(problem(source, e, syntax)));
        } catch (RuntimeException e) { // a parser bug must not become a stack trace for the user
            return fail(source, "", 0, 0, "không đọc được nội dung: " + e.getMessage());
        }
        InvitationMapper.Result result = InvitationMapper.toDomain(dto);
        if (result.invitation() != null) return new Parsed.Ok(result.invitation());
        Map<String, JsonLocation> where = locations(mapper, nfc);
        List<InputProblem> problems = new ArrayList<>();
        for (InvitationMapper.Located p : result.problems()) {
            JsonLocation loc = nearest(where, p.path());
            problems.add(new InputProblem(source, p.path(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), p.message()));
        }
        return new Parsed.Failed(problems);
    }

    /** Reads from a stream (UTF-8). */
    public Parsed read(InputStream in, Syntax syntax, String source) {
        try {
            return read(new String(in.readNBytes(MAX_CHARS * 4 + 1), StandardCharsets.UTF_8), syntax, source);
        } catch (IOException e) {
            return fail(source, "", 0, 0, "không đọc được: " + e.getMessage());
        }
    }

    /** Writes {@code invitation} in {@code syntax}; reading the result gives an equal invitation. */
    public String write(Invitation invitation, Syntax syntax) {
        try {
            return (syntax == Syntax.JSON ? json : yaml).writeValueAsString(InvitationMapper.toDto(invitation));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed fail(String source, String path, int line, int col, String message) {
        return new Parsed.Failed(List.of(new InputProblem(source, path, line, col, message)));
    }

    private static InputProblem problem(String source, JsonProcessingException e, Syntax syntax) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "khóa '" + u.getPropertyName() + "' không có ở đây; dùng một trong: "
                    + String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        } else if (e instanceof InvalidFormatException f) {
            message = "giá trị '" + f.getValue() + "' không đúng: cần " + expected(f.getTargetType());
        } else if (e instanceof ValueInstantiationException v) {
            message = v.getCause() == null ? v.getOriginalMessage() : v.getCause().getMessage();
        } else if (e instanceof MismatchedInputException m) {
            message = "giá trị không đúng kiểu: cần " + expected(m.getTargetType());
        } else {
            message = "lỗi cú pháp " + syntax.name() + ": " + firstLine(e.getOriginalMessage());
        }
        return new InputProblem(source, path, line, col, message);
    }

    private static String expected(Class<?> type) {
        if (type == null) return "giá trị khác";
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "một ngày dạng YYYY-MM-DD, ví dụ 2026-05-12";
            case "LocalTime" -> "một giờ dạng \"HH:MM\" (đặt trong ngoặc kép), ví dụ \"08:00\"";
            case "List" -> "một danh sách (mỗi mục một dòng bắt đầu bằng '- ')";
            case "String" -> "một chuỗi chữ";
            case "Integer", "int" -> "một số nguyên";
            case "boolean", "Boolean" -> "true hoặc false";
            default -> "một khối có các khóa của " + type.getSimpleName().replace("Dto", "");
        };
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) b.append('.');
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Where each field path starts in the text, read in one streaming pass. */
    private static Map<String, JsonLocation> locations(ObjectMapper mapper, String text) {
        Map<String, JsonLocation> out = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonPointer ptr = p.getParsingContext().pathAsPointer();
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
                    out.putIfAbsent(pointerToPath(ptr), p.currentTokenLocation());
                }
            }
        } catch (IOException | RuntimeException e) {
            // locations are a courtesy: problems are still reported by field path
        }
        return out;
    }

    private static String pointerToPath(JsonPointer ptr) {
        StringBuilder b = new StringBuilder();
        for (JsonPointer p = ptr; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) b.append('[').append(p.getMatchingIndex()).append(']');
            else {
                if (b.length() > 0) b.append('.');
                b.append(p.getMatchingProperty());
            }
        }
        return b.toString();
    }

    private static JsonLocation nearest(Map<String, JsonLocation> where, String path) {
        String p = path;
        while (true) {
            JsonLocation loc = where.get(p);
            if (loc != null || p.isEmpty()) return loc;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
