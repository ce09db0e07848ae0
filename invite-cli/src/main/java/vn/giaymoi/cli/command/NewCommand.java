package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.cli.text.FindingsText;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.profile.OrganisationProfile;
import vn.giaymoi.domain.profile.ProfileDrafting;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.ProfileFormat;
import vn.giaymoi.format.SourcePositions;
import vn.giaymoi.format.Syntax;

/**
 * {@code giaymoi new}: tạo tệp giấy mời mới, from a commented template (resource
 * {@code vn/giaymoi/cli/templates/<kind>.yaml}), from the organisation profile ({@code --org}), or as a copy of an
 * earlier invitation with number and date cleared.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Tạo tệp giấy mời mới từ bản mẫu có chú thích, từ hồ sơ cơ quan, hoặc sao từ một giấy mời cũ.",
                "Bản mẫu YAML có chú thích tiếng Việt cho từng phần; --org soạn từ hồ sơ cơ quan (tên cơ quan còn hiệu lực"
                        + " hôm nay, người ký, Nơi nhận, địa chỉ ô 13); --from sao giấy mời cũ và xóa số, ngày, tháng.",
                "In ra màn hình, hoặc ghi vào tệp với -o (.json để ghi dạng JSON)."})
public final class NewCommand implements Callable<Integer> {
    static final String YEAR = "@@YEAR@@";
    static final String MEETING_DATE = "@@MEETING_DATE@@";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND", converter = Converters.KindConverter.class,
            completionCandidates = Converters.KindNames.class,
            description = "Loại văn bản: ${COMPLETION-CANDIDATES} (mặc định: giay-moi).")
    InvitationKind kind;

    @Option(names = "--from", paramLabel = "FILE", description = "Sao từ một giấy mời cũ (xóa số và ngày, tháng).")
    Path from;

    @Option(names = "--org", paramLabel = "PROFILE",
            description = "Soạn từ hồ sơ cơ quan (tệp kind: ho-so-co-quan); chỗ '…' là nội dung cần viết. Cùng --from:"
                    + " sao giấy mời cũ với tên cơ quan, ký hiệu, địa danh, ô 13 hiện hành của hồ sơ.")
    Path org;

    @Option(names = "--signer", paramLabel = "N", description = "Người ký thứ N trong hồ sơ (mặc định 1).")
    Integer signer;

    @Option(names = "--form", paramLabel = "M", description = "Hình thức ký thứ M của người ký đó (mặc định 1).")
    Integer form;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Ghi vào FILE thay vì in ra màn hình.")
    Path out;

    @Option(names = "--force", description = "Ghi đè FILE nếu đã có.")
    boolean force;

    private static final ProfileFormat PROFILES = new ProfileFormat();

    private final CliContext context;

    public NewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (kind != null && from != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--kind và --from không dùng cùng nhau: bản sao giữ loại văn bản của tệp gốc");
        }
        if ((org == null || from != null) && (signer != null || form != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--signer và --form chọn người ký trong hồ sơ: cần --org"
                    + (from != null ? "; bản sao từ --from giữ người ký của giấy mời cũ" : ""));
        }
        Syntax syntax = out == null ? Syntax.YAML : Syntax.of(out);
        if (org != null) return fromProfile(syntax);
        String text;
        if (from != null) {
            Parsed parsed = context.format().read(from);
            if (parsed instanceof Parsed.Failed failed) {
                failed.problems().stream().map(InputProblem::display).forEach(spec.commandLine().getErr()::println);
                return ExitCodes.UNREADABLE;
            }
            Invitation copy = cleared(((Parsed.Ok) parsed).invitation());
            text = (syntax == Syntax.YAML ? "# Sao từ " + from.getFileName() + "; số và ngày, tháng đã xóa để cấp mới.\n" : "")
                    + context.format().write(copy, syntax);
        } else {
            text = template(kind == null ? InvitationKind.GIAY_MOI : kind, context.today());
            if (syntax == Syntax.JSON) text = toJson(text);
        }
        emit(text);
        return ExitCodes.OK;
    }

    /** Writes the draft from the profile {@code org}, or says on stderr why there is none. */
    private int fromProfile(Syntax syntax) {
        PrintWriter err = spec.commandLine().getErr();
        ProfileFormat.Read read = PROFILES.read(org);
        if (read instanceof ProfileFormat.Read.Failed failed) {
            failed.problems().stream().map(InputProblem::display).forEach(err::println);
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        OrganisationProfile profile = ((ProfileFormat.Read.Ok) read).profile();
        ProfileDrafting.Result result;
        if (from != null) {
            Parsed earlier = context.format().read(from);
            if (earlier instanceof Parsed.Failed failed) {
                failed.problems().stream().map(InputProblem::display).forEach(err::println);
                err.flush();
                return ExitCodes.UNREADABLE;
            }
            result = ProfileDrafting.fromEarlier(profile, ((Parsed.Ok) earlier).invitation(), context.today());
        } else {
            ProfileDrafting.SignerChoice choice = new ProfileDrafting.SignerChoice(signer == null ? 0 : signer - 1,
                    form == null ? 0 : form - 1);
            result = ProfileDrafting.newDraft(profile, kind == null ? InvitationKind.GIAY_MOI : kind, context.today(), choice);
        }
        if (result instanceof ProfileDrafting.Started started) {
            String origin = from == null ? "hồ sơ " + org.getFileName() + "; chỗ \"…\" là nội dung cần viết"
                    : from.getFileName() + " với tên cơ quan hiện hành trong hồ sơ " + org.getFileName() + "; số và ngày, tháng đã xóa";
            emit((syntax == Syntax.YAML ? "# Soạn từ " + origin + ".\n" : "")
                    + context.format().write(started.draft(), syntax));
            return ExitCodes.OK;
        }
        List<Finding> reasons = ((ProfileDrafting.Refused) result).reasons();
        err.print(FindingsText.report(new FindingsJson.FileResult(org.toString(), List.of(), reasons, ExitCodes.FAILED,
                SourcePositions.of(org)), Language.VI));
        err.println("Không soạn được văn bản mới từ hồ sơ " + org + ": hãy sửa các lỗi trên (giaymoi check " + org + ").");
        err.flush();
        return ExitCodes.FAILED;
    }

    /** The copy to start from: same content, blank number and day and month, this year. */
    private Invitation cleared(Invitation earlier) {
        return Drafting.copyAsDraft(earlier, context.today().getYear());
    }

    /** The template of {@code kind}, dated this year, its meeting on the next working day a week from today. */
    static String template(InvitationKind kind, LocalDate today) {
        String name = "/vn/giaymoi/cli/templates/" + kind.code() + ".yaml";
        try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("template " + name + " missing from the jar");
            LocalDate meeting = today.plusWeeks(1);
            while (meeting.getDayOfWeek() == DayOfWeek.SATURDAY || meeting.getDayOfWeek() == DayOfWeek.SUNDAY) {
                meeting = meeting.plusDays(1);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(YEAR, Integer.toString(today.getYear()))
                    .replace(MEETING_DATE, meeting.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(String yaml) {
        Parsed parsed = context.format().read(yaml, Syntax.YAML, "template");
        if (parsed instanceof Parsed.Ok ok) return context.format().write(ok.invitation(), Syntax.JSON);
        throw new IllegalStateException("template does not parse: " + ((Parsed.Failed) parsed).problems());
    }

    private void emit(String text) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(text.endsWith("\n") ? text : text + "\n");
            stdout.flush();
            return;
        }
        try {
            if (force) Files.writeString(out, text, StandardCharsets.UTF_8);
            else Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UserError(ExitCodes.FAILED, out + ": tệp đã có; chọn tên khác hoặc thêm --force để ghi đè");
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILED, out + ": không ghi được: " + e.getMessage(), e);
        }
        stdout.println("Đã tạo " + out);
        stdout.flush();
    }
}
