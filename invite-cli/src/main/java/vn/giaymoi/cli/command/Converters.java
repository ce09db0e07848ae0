package vn.giaymoi.cli.command;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.render.Format;

/** Chuyển đổi tham số (option converters): the domain's own parsers, their Vietnamese message as a usage error. */
final class Converters {
    private Converters() {}

    private static <T> T convert(String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Converters.convert(value, Language::of);
        }
    }

    static final class KindConverter implements CommandLine.ITypeConverter<InvitationKind> {
        @Override
        public InvitationKind convert(String value) {
            return Converters.convert(value, InvitationKind::fromCode);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Converters.convert(value, Format::of);
        }
    }

    /** The formats this build can render, for help and shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::extension).iterator();
        }
    }

    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(InvitationKind.values()).map(InvitationKind::code).iterator();
        }
    }
}
