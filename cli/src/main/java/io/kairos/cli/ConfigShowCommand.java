package io.kairos.cli;

import io.kairos.config.ConfigValue;
import io.kairos.config.EffectiveConfig;
import io.kairos.config.KairosConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print the effective configuration, each value with where it came from.",
            "Secrets are masked: only whether they are set, and where, is shown."})
final class ConfigShowCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    ConfigShowCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        ConfigFlags flags = store.flags();
        KairosConfig config = context.config(flags);
        EffectiveConfig effective = context.effectiveConfig(flags);
        PrintWriter out = spec.commandLine().getOut();
        out.println("# KAIROS_HOME " + config.home());
        TextTable table = new TextTable(List.of("setting", "value", "from"));
        for (EffectiveConfig.Entry entry : effective.entries()) {
            List<Object> row = new ArrayList<>();
            row.add(entry.setting().secret() ? String.join(" or ", entry.setting().envNames()) : entry.setting().key());
            row.add(entry.value().map(value -> shown(entry, value)).orElse("(not set)"));
            row.add(entry.value().map(ConfigValue::location).orElse(""));
            table.add(row);
        }
        table.print(out);
        out.flush();
    }

    private static String shown(EffectiveConfig.Entry entry, ConfigValue value) {
        return entry.setting().secret() ? "******** (set)" : value.raw();
    }
}
