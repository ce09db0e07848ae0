package vn.giaymoi.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.giaymoi.domain.profile.OrganisationProfile;
import vn.giaymoi.domain.text.Texts;
import vn.giaymoi.format.dto.ProfileDto;

/**
 * Định dạng tệp hồ sơ cơ quan (the profile file): a document kind of the input format, told apart by its top-level
 * {@code kind: ho-so-co-quan}, read with the same parser, limits, located problems and did-you-mean as an
 * invitation, and written back in either syntax. Thread-safe.
 */
public final class ProfileFormat {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonFactory YAML = new YAMLFactory();

    private final InvitationFormat format = new InvitationFormat();

    /** Kết quả đọc hồ sơ: the profile, or the problems that prevented it. */
    public sealed interface Read permits Read.Ok, Read.Failed {
        /** The profile was read. */
        record Ok(OrganisationProfile profile) implements Read {}

        /** The text could not be read; at least one problem says where and why. */
        record Failed(List<InputProblem> problems) implements Read {
            public Failed {
                problems = List.copyOf(problems);
                if (problems.isEmpty()) throw new IllegalArgumentException("a failure needs a problem");
            }
        }

        default <R> R fold(Function<OrganisationProfile, R> ok, Function<List<InputProblem>, R> failed) {
            return this instanceof Ok o ? ok.apply(o.profile()) : failed.apply(((Failed) this).problems());
        }
    }

    /**
     * True when {@code text}'s top-level {@code kind} is {@code ho-so-co-quan}. Only the top level is read, up to that
     * key; a text the parser cannot read is not a profile (the invitation reader then reports where it breaks).
     */
    public static boolean isProfile(String text, Syntax syntax) {
        try (JsonParser p = (syntax == Syntax.JSON ? JSON : YAML).createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if ("kind".equals(key)) return value == JsonToken.VALUE_STRING && ProfileDto.KIND.equals(p.getText().strip());
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) p.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the file is a profile (see {@link #isProfile(String, Syntax)}); false when it cannot be read. */
    public static boolean isProfile(Path file) {
        InvitationFormat.Records<String> text = InvitationFormat.text(file);
        return text.problem() == null && isProfile(Texts.nfc(text.value()), Syntax.of(file));
    }

    /** Reads a profile file; an unreadable file is a problem too, never an exception. */
    public Read read(Path file) {
        InvitationFormat.Records<String> text = InvitationFormat.text(file);
        return text.problem() != null ? new Read.Failed(List.of(text.problem()))
                : read(text.value(), Syntax.of(file), file.toString());
    }

    /** Reads {@code text} in {@code syntax}; {@code source} names it in problems. */
    public Read read(String text, Syntax syntax, String source) {
        if (text.length() > InvitationFormat.MAX_CHARS) {
            return new Read.Failed(List.of(new InputProblem(source, "", 0, 0,
                    "nội dung quá lớn (tối đa " + InvitationFormat.MAX_CHARS + " ký tự)")));
        }
        String nfc = Texts.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!isProfile(nfc, syntax)) {
            SourcePositions.Position at = SourcePositions.of(nfc, syntax).nearest("kind").orElse(new SourcePositions.Position(1, 1));
            return new Read.Failed(List.of(new InputProblem(source, "kind", at.line(), at.column(),
                    "không phải tệp hồ sơ cơ quan: dòng đầu của hồ sơ là kind: " + ProfileDto.KIND
                            + " (xem các tệp mẫu trong thư mục examples/profile)")));
        }
        InvitationFormat.Records<ProfileDto> records = format.records(nfc, syntax, source, ProfileDto.class);
        if (records.problem() != null) return new Read.Failed(List.of(records.problem()));
        List<InvitationMapper.Located> found = InputValidation.problems(records.value());
        if (found.isEmpty()) {
            ProfileMapper.Result result = ProfileMapper.toDomain(records.value());
            if (result.profile() != null) return new Read.Ok(result.profile());
            found = result.problems();
        }
        return new Read.Failed(InvitationFormat.located(found, nfc, syntax, source));
    }

    /** Writes {@code profile} in {@code syntax}; reading the result gives an equal profile. */
    public String write(OrganisationProfile profile, Syntax syntax) {
        return format.writeRecords(ProfileMapper.toDto(profile), syntax);
    }
}
