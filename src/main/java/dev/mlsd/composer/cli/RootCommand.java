package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.AppVersion;
import picocli.CommandLine.Command;

/** {@code mlsd-composer}: the GUI when run without a command, these commands otherwise. */
@Command(
        name = "mlsd-composer",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Composes the prompt for section \"4. Architecture and Models\" of an ML System Design document.%n"
                + "Without a command it opens the window: mlsd-composer [FILE.mlsd] [--measure-startup]",
        subcommands = {TemplatesCommand.class, RenderCommand.class, NewCommand.class, LintCommand.class, StatsCommand.class, ImportCommand.class,
                EditCommand.class, VersionCommand.class, VersionsCommand.class, DiffCommand.class, AnswerCommand.class, ExportCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class RootCommand {

    /** The version the build wrote into {@code app/version.properties}. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mlsd-composer " + AppVersion.current()};
        }
    }
}
