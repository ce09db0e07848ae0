package vn.giaymoi.cli.command;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code giaymoi completion}: in script gợi ý lệnh cho bash/zsh (picocli AutoComplete). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"In script gợi ý lệnh (tab completion) cho bash và zsh.",
                "Dùng: source <(giaymoi completion), hoặc lưu vào /etc/bash_completion.d/giaymoi."})
public final class CompletionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
    }
}
