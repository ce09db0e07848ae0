package vn.giaymoi.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** The subcommands, in the order the help lists them, each made when it is added. */
    private static final Map<String, Function<CliContext, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<CliContext, Object>> subcommands() {
        Map<String, Function<CliContext, Object>> m = new LinkedHashMap<>();
        m.put("new", NewCommand::new);
        m.put("check", CheckCommand::new);
        m.put("render", RenderCommand::new);
        m.put("fix", FixCommand::new);
        m.put("sign", SignCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("import", ImportCommand::new);
        m.put("schema", context -> new SchemaCommand());
        m.put("completion", context -> new CompletionCommand()); // writes the whole tree: never added alone
        return m;
    }

    /** Builds the whole command tree with its collaborators and the central error handlers. */
    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, SUBCOMMANDS.keySet());
    }

    /**
     * The command tree that runs {@code args}: when they start with a subcommand's name, only that subcommand is
     * added (picocli reflects on a command's options, mixins and converters when it is added: a {@code check} has no
     * use for the other eight); otherwise (help, an option first, an unknown command, {@code completion}) the whole
     * tree, so that the help and the suggestions for a mistyped command are the same as ever.
     */
    public static CommandLine commandLine(CliContext context, String... args) {
        String first = args.length > 0 ? args[0] : "";
        boolean alone = SUBCOMMANDS.containsKey(first) && !first.equals("completion");
        return commandLine(context, alone ? Set.of(first) : SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(CliContext context, Set<String> names) {
        CommandLine cli = new CommandLine(new GiaymoiCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) cli.addSubcommand(command.apply(context));
        });
        ExitCodes.document(cli);
        return ErrorHandlers.install(cli);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
