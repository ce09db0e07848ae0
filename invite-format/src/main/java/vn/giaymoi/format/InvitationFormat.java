package vn.giaymoi.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.List;
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

    private volatile ObjectMapper yaml;
    private volatile ObjectMapper json;

    /** The mapper of {@code syntax}, built on first use: checking a YAML file never builds the JSON one. */
    private ObjectMapper mapper(Syntax syntax) {
        ObjectMapper built = syntax == Syntax.JSON ? json : yaml;
        if (built != null) return built;
        synchronized (this) {
            if (syntax == Syntax.JSON) {
                if (json == null) json = configure(JsonMapper.builder().build());
                return json;
            }
            if (yaml == null) {
                yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.SPLIT_LINES) // a folded line would cut a Vietnamese word in a diff
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .stringQuotingChecker(new QuoteClockTimes())
                        .build()).build());
            }
            return yaml;
        }
    }

    /**
     * Builds now, in the calling thread, what reading the first invitation in {@code syntax} needs: both halves below,
     * one after the other. Optional, as they are.
     */
    public void prepare(Syntax syntax) {
        prepareParser(syntax);
        prepareLimits();
    }

    /**
     * Builds now, in the calling thread, the parser and deserializers that reading the first invitation in
     * {@code syntax} needs. Optional: a command line calls it on a second thread while it parses its own arguments,
     * so that the first file is read sooner; {@link #prepareLimits} is the other half, independent of this one.
     */
    public void prepareParser(Syntax syntax) {
        mapper(syntax).readerFor(InvitationDto.class); // an ObjectReader fetches its root deserializer when built
    }

    /** Builds now, in the calling thread, the validator of the input limits (see {@link #prepareParser}). */
    public void prepareLimits() {
        InputValidation.prepare(InvitationDto.class);
    }

    /** Quotes {@code "14:00"}: YAML 1.1 tools read an unquoted {@code 14:00} as the number 840 (base 60). */
    private static final class QuoteClockTimes extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return value.matches("\\d{1,2}:\\d{2}(:\\d{2})?") || super.needToQuoteValue(value);
        }
    }

    private static ObjectMapper configure(ObjectMapper m) {
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT); // year: 2025.9 is a mistake, not 2025
        m.enable(SerializationFeature.INDENT_OUTPUT);
        // a key written twice would silently keep only the later value: refuse it instead
        m.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return m;
    }

    /** Reads a file; an unreadable file is a problem too, never an exception. */
    public Parsed read(Path file) {
        Records<String> text = text(file);
        return text.problem() != null ? new Parsed.Failed(List.of(text.problem()))
                : read(text.value(), Syntax.of(file), file.toString());
    }

    /** A file's text (UTF-8, within the size limit), or why it cannot be read. */
    static Records<String> text(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_CHARS * 4L) {
                return new Records<>(null, new InputProblem(name, "", 0, 0, "tệp quá lớn (tối đa " + MAX_CHARS + " ký tự)"));
            }
            return new Records<>(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString(), null);
        } catch (NoSuchFileException e) {
            return new Records<>(null, new InputProblem(name, "", 0, 0, "không tìm thấy tệp"));
        } catch (CharacterCodingException e) {
            return new Records<>(null, new InputProblem(name, "", 0, 0, "tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8"));
        } catch (IOException e) {
            return new Records<>(null, new InputProblem(name, "", 0, 0, "không đọc được tệp: " + e.getMessage()));
        }
    }

    /** Reads {@code text} in {@code syntax}; {@code source} names it in problems. */
    public Parsed read(String text, Syntax syntax, String source) {
        return read(text, syntax, source, true);
    }

    /**
     * Reads a document the store saved, without the size limits and the character policy: what was saved before a
     * limit existed still opens (nothing a user saved is lost); the next save of it applies them.
     */
    public Parsed readStored(String json, String source) {
        return read(json, Syntax.JSON, source, false);
    }

    private Parsed read(String text, Syntax syntax, String source, boolean limits) {
        if (text.length() > MAX_CHARS) return fail(source, "", 0, 0, "nội dung quá lớn (tối đa " + MAX_CHARS + " ký tự)");
        String nfc = Texts.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (nfc.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
            return fail(source, "", 1, 1, "tệp trống: hãy ghi các khóa kind, issuer, number, place, date, subject, body,"
                    + " distribution, signature (xem các tệp mẫu trong thư mục examples)");
        }
        Records<InvitationDto> records = records(nfc, syntax, source, InvitationDto.class);
        if (records.problem() != null) return failure(nfc, syntax, source, List.of(records.problem()));
        InvitationDto dto = records.value();
        InputValidation.Checked checked = dto == null || !limits ? new InputValidation.Checked(List.of(), true)
                : InputValidation.check(dto);
        List<InvitationMapper.Located> found = new ArrayList<>(checked.problems());
        if (checked.bounded()) { // only a value within the size limits is worth mapping and checking
            InvitationMapper.Result result = InvitationMapper.toDomain(dto);
            if (result.invitation() != null && found.isEmpty()) return new Parsed.Ok(result.invitation());
            found = merged(result.problems(), checked.problems());
        }
        return failure(nfc, syntax, source, located(found, nfc, syntax, source));
    }

    /** The problems of a text that is no invitation; a profile is said to be one instead. */
    private static Parsed failure(String nfc, Syntax syntax, String source, List<InputProblem> problems) {
        if (!ProfileFormat.isProfile(nfc, syntax)) return new Parsed.Failed(problems);
        SourcePositions.Position at = SourcePositions.of(nfc, syntax).nearest("kind").orElse(SourcePositions.Position.UNKNOWN);
        return fail(source, "kind", at.line(), at.column(), "tệp này là hồ sơ cơ quan (kind: ho-so-co-quan), không phải"
                + " giấy mời: kiểm tra bằng giaymoi check, soạn giấy mời từ hồ sơ bằng giaymoi new --org <tệp>");
    }

    /** The mapper's problems with the line and column where their field is written. */
    static List<InputProblem> located(List<InvitationMapper.Located> found, String nfc, Syntax syntax, String source) {
        SourcePositions where = SourcePositions.of(nfc, syntax);
        List<InputProblem> problems = new ArrayList<>();
        for (InvitationMapper.Located p : found) {
            SourcePositions.Position at = where.nearest(p.path()).orElse(SourcePositions.Position.UNKNOWN);
            problems.add(new InputProblem(source, p.path(), at.line(), at.column(), p.message()));
        }
        return problems;
    }

    /** The records read from a text, or the one problem that stopped the parser. */
    record Records<T>(T value, InputProblem problem) {}

    /** Parses {@code nfc} into {@code type}'s records, turning every parser failure into a located problem. */
    <T> Records<T> records(String nfc, Syntax syntax, String source, Class<T> type) {
        ObjectMapper mapper = mapper(syntax);
        try {
            return new Records<>(mapper.readValue(nfc, type), null);
        } catch (UnrecognizedPropertyException e) {
            return new Records<>(null, UnknownKey.problem(source, e, SourcePositions.of(nfc, syntax)));
        } catch (JsonProcessingException e) {
            if (tooDeep(e) != null) return new Records<>(null, tooDeep(source, tooDeep(e), mapper, nfc));
            return new Records<>(null, problem(source, e, syntax));
        } catch (RuntimeException e) { // a parser bug must not become a stack trace for the user
            return new Records<>(null, new InputProblem(source, "", 0, 0, "không đọc được nội dung: " + e.getMessage()));
        }
    }

    /** Writes any record of the format ({@code ProfileDto} …) in {@code syntax}. */
    String writeRecords(Object records, Syntax syntax) {
        try {
            return mapper(syntax).writeValueAsString(records);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The domain's problems in document order, a pattern's word replacing the domain's at the same path (one problem
     * is said once), then the patterns broken where the domain found nothing.
     */
    private static List<InvitationMapper.Located> merged(List<InvitationMapper.Located> domain,
            List<InvitationMapper.Located> patterns) {
        List<InvitationMapper.Located> out = new ArrayList<>();
        List<InvitationMapper.Located> left = new ArrayList<>(patterns);
        for (InvitationMapper.Located d : domain) {
            InvitationMapper.Located same = left.stream().filter(p -> p.path().equals(d.path())).findFirst().orElse(null);
            out.add(same == null ? d : same);
            left.remove(same);
        }
        out.addAll(left);
        return out;
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
            return mapper(syntax).writeValueAsString(InvitationMapper.toDto(invitation));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a draft that may not be a valid invitation yet (an imported document with parts missing) as it stands,
     * so the author can complete it.
     */
    public String write(InvitationDto draft, Syntax syntax) {
        return writeRecords(draft, syntax);
    }

    private static Parsed fail(String source, String path, int line, int col, String message) {
        return new Parsed.Failed(List.of(new InputProblem(source, path, line, col, message)));
    }

    private static InputProblem problem(String source, JsonProcessingException e, Syntax syntax) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
            // the scanner's context mark is where the enclosing block began; the problem mark is the offending spot
            line = y.getProblemMark().getLine() + 1;
            col = y.getProblemMark().getColumn() + 1;
        }
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        String message;
        if (e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
            message = "sau văn bản thứ nhất còn nội dung khác, như có hai văn bản trong một tệp; mỗi tệp chỉ chứa một"
                    + " giấy mời: hãy tách thành hai tệp hoặc xóa phần thừa từ vị trí này";
        } else if (e instanceof InvalidFormatException f) {
            message = ImpossibleDates.explain(f.getValue(), f.getTargetType())
                    .orElse("giá trị '" + f.getValue() + "' không đúng: cần " + expected(f.getTargetType()));
        } else if (e instanceof ValueInstantiationException v) {
            message = v.getCause() == null ? v.getOriginalMessage() : v.getCause().getMessage();
        } else if (e instanceof MismatchedInputException m) {
            message = mismatch(m);
        } else {
            message = syntaxMessage(syntax, String.valueOf(e.getOriginalMessage()));
        }
        return new InputProblem(source, path, line, col, message);
    }

    private static StreamConstraintsException tooDeep(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException c) return c;
        }
        return null;
    }

    /**
     * A nesting or length limit of the parser: the exception carries no location, so the text is streamed once more
     * to the token where the limit trips.
     */
    private static InputProblem tooDeep(String source, StreamConstraintsException e, ObjectMapper mapper, String text) {
        JsonLocation at = null;
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            try {
                while (p.nextToken() != null) {
                    at = p.currentLocation();
                }
            } catch (StreamConstraintsException again) {
                at = p.currentLocation();
            }
        } catch (IOException | RuntimeException other) {
            // the location is a courtesy; the message still says what is wrong
        }
        return new InputProblem(source, "", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "nội dung lồng nhau quá sâu hoặc quá dài (" + String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(.*", "")
                        + "); một giấy mời chỉ cần vài cấp mục con: hãy kiểm tra các dấu ngoặc mở mà không đóng");
    }

    private static String mismatch(MismatchedInputException m) {
        String reason = String.valueOf(m.getOriginalMessage());
        String was = reason.contains("START_ARRAY") || reason.contains("Array value") ? "đây là một danh sách ('- …')"
                : reason.contains("START_OBJECT") || reason.contains("Object value") ? "đây là một khối khóa: giá trị"
                : reason.matches("(?s).*(VALUE_|String value|Integer value|Floating-point value|Boolean value).*")
                        ? "đây là một giá trị đơn"
                : "giá trị không đúng kiểu";
        return was + " nhưng cần " + expected(m.getTargetType());
    }

    /** The parser's English reason, said in Vietnamese with what to check. */
    static String syntaxMessage(Syntax syntax, String reason) {
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        String what;
        if (r.contains("duplicate field")) {
            String key = reason.replaceAll("(?s).*[Dd]uplicate field '([^']*)'.*", "$1");
            what = "khóa '" + key + "' được ghi hai lần trong cùng một khối; hãy gộp lại thành một";
        } else if (r.contains("'\\t'") || r.contains("\t") && r.contains("cannot start any token")) {
            what = "có ký tự tab; YAML chỉ thụt lề bằng dấu cách, hãy thay tab bằng dấu cách";
        } else if (r.contains("mapping values are not allowed")) {
            what = "dấu ':' không đúng chỗ; giá trị có dấu ':' cần đặt trong ngoặc kép, hoặc kiểm tra thụt lề";
        } else if (r.contains("expecting comma") || r.contains("expected ',' or")) {
            what = "thiếu dấu phẩy ',' giữa hai mục";
        } else if (r.contains("end-of-input") || r.contains("end of the stream")) {
            what = "tệp kết thúc giữa chừng: thiếu dấu đóng ngoặc '}' hoặc ']' hoặc dấu ngoặc kép";
        } else if (r.contains("close marker")) {
            what = "thừa dấu đóng ngoặc '}' hoặc ']'";
        } else if (r.contains("double-quote to start field name")) {
            what = "tên khóa phải đặt trong ngoặc kép \"…\" (hoặc thừa dấu phẩy trước '}')";
        } else if (r.contains("unrecognized token") || r.contains("unexpected character")) {
            what = "có ký tự không hợp lệ; chuỗi chữ phải đặt trong ngoặc kép \"…\"";
        } else if (syntax == Syntax.YAML) {
            what = "kiểm tra thụt lề (chỉ dùng dấu cách, cùng cấp thẳng hàng), dấu ':' sau mỗi khóa và ngoặc kép quanh"
                    + " giá trị có ':', '#', '{' hoặc '['";
        } else {
            what = "kiểm tra dấu phẩy, dấu ngoặc và ngoặc kép quanh vị trí này";
        }
        return "lỗi cú pháp " + syntax.name() + ": " + what;
    }

    private static String expected(Class<?> type) {
        if (type == null) return "giá trị khác";
        if (java.util.Collection.class.isAssignableFrom(type)) return "một danh sách (mỗi mục một dòng bắt đầu bằng '- ')";
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "một ngày dạng YYYY-MM-DD, ví dụ 2026-05-12";
            case "LocalTime" -> "một giờ dạng \"HH:MM\" (đặt trong ngoặc kép), ví dụ \"08:00\"";
            case "List" -> "một danh sách (mỗi mục một dòng bắt đầu bằng '- ')";
            case "String" -> "một chuỗi chữ";
            case "Integer", "int" -> "một số nguyên";
            case "boolean", "Boolean" -> "true hoặc false";
            default -> "một khối khóa: giá trị (mỗi khóa một dòng, thụt lề bằng dấu cách)";
        };
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
}
