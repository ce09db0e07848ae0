package vn.giaymoi.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

/** {@code giaymoi}: soạn, kiểm tra và dựng giấy mời họp theo Nghị định 30/2020/NĐ-CP. */
@Command(name = "giaymoi", mixinStandardHelpOptions = true, version = "giaymoi 0.1.0",
        description = "Soạn, kiểm tra và dựng giấy mời họp theo Nghị định 30/2020/NĐ-CP.",
        exitCodeListHeading = "%nMã thoát:%n",
        exitCodeList = {"0:thành công", "1:có lỗi trong văn bản hoặc một tệp không xử lý được",
                "2:sai cú pháp lệnh", "3:không đọc được tệp đầu vào"})
public final class GiaymoiCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the command tree with its collaborators. */
    public static CommandLine commandLine(InvitationFormat format, InvitationRenderer renderer) {
        CommandLine cli = new CommandLine(new GiaymoiCommand());
        cli.addSubcommand(new RenderCommand(format, renderer));
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
