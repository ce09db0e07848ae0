package vn.giaymoi.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.giaymoi.format.InputSchema;

/** {@code giaymoi schema}: in lược đồ JSON Schema của tệp giấy mời (for editors and validators). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"In JSON Schema (draft 2020-12) của tệp giấy mời YAML/JSON.",
                "Ví dụ, cho VS Code: giaymoi schema > giaymoi.schema.json, rồi thêm dòng đầu tệp YAML:",
                "# yaml-language-server: $schema=giaymoi.schema.json",
                "--profile in lược đồ của tệp hồ sơ cơ quan (kind: ho-so-co-quan)."})
public final class SchemaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--profile", description = "Lược đồ của tệp hồ sơ cơ quan thay cho tệp giấy mời.")
    boolean profile;

    @Override
    public void run() {
        spec.commandLine().getOut().print(profile ? InputSchema.profileJson() : InputSchema.json());
        spec.commandLine().getOut().flush();
    }
}
