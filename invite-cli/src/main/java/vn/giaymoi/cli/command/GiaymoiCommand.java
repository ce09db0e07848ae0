package vn.giaymoi.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.giaymoi.cli.error.ErrorHandlers;
import vn.giaymoi.cli.error.ExitCodes;

/** {@code giaymoi}: soạn, kiểm tra và dựng giấy mời họp theo Nghị định 30/2020/NĐ-CP. */
@Command(name = "giaymoi", mixinStandardHelpOptions = true, resourceBundle = "vn.giaymoi.cli.messages",
        version = {"giaymoi 0.1.0", "Java ${java.version} (${java.vendor})"},
        description = "Soạn, kiểm tra và dựng giấy mời họp theo Nghị định 30/2020/NĐ-CP.",
        footerHeading = "%n",
        footer = {"Khi xử lý nhiều tệp, mã thoát là mã nặng nhất trong các tệp: 3 > 1 > 0.",
                "Ứng dụng web (soạn và xem trên trình duyệt):",
                "  java -jar invite-web/target/giaymoi-web.jar    rồi mở http://localhost:8080",
                "Gợi ý lệnh cho bash: source <(giaymoi completion)"})
public final class GiaymoiCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = ErrorHandlers.VERBOSE, scope = ScopeType.INHERIT,
            description = "Hiện chi tiết kỹ thuật (stack trace) khi có lỗi không mong đợi.")
    boolean verbose;

    /** Builds the command tree with its collaborators and the central error handlers. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new GiaymoiCommand());
        cli.addSubcommand(new NewCommand(context));
        cli.addSubcommand(new CheckCommand(context));
        cli.addSubcommand(new RenderCommand(context));
        cli.addSubcommand(new FixCommand(context));
        cli.addSubcommand(new SignCommand(context));
        cli.addSubcommand(new VerifyCommand(context));
        cli.addSubcommand(new ImportCommand(context));
        cli.addSubcommand(new SchemaCommand());
        cli.addSubcommand(new CompletionCommand());
        ExitCodes.document(cli);
        return ErrorHandlers.install(cli);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
