package adjoint.app.cli;

import adjoint.app.AppVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root of the command line: {@code adjoint <command> ...}. Every subcommand is registered here. */
@Command(
        name = "adjoint",
        mixinStandardHelpOptions = true,
        versionProvider = AdjointCommand.Version.class,
        description = "A node-graph autograd explorer. Run without arguments to open the app.",
        subcommands = {EvalCommand.class, BenchCommand.class, CheckCommand.class, DescendCommand.class, SvmCommand.class, RenderCommand.class, CommandLine.HelpCommand.class})
public final class AdjointCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Runs the command line and returns its exit status; errors are messages on standard error, never traces. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers (and tests) that redirect its output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AdjointCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println(cmd.getColorScheme().errorText("adjoint: " + describe(exception)));
            return 1;
        });
        return commandLine;
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        commandLine.getErr().println("adjoint: a command is missing.");
        commandLine.usage(commandLine.getErr());
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"adjoint " + AppVersion.current()};
        }
    }
}
