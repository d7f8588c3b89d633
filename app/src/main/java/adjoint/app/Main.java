package adjoint.app;

import adjoint.app.cli.AdjointCommand;
import adjoint.app.ui.AdjointApp;

/**
 * Entry point. With no arguments it opens the app's window; with arguments it runs the command line.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: command-line runs
 * never load JavaFX, so they start fast and print nothing but their answer on standard output.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AdjointApp.openWindow();
        } else {
            System.exit(AdjointCommand.execute(args));
        }
    }
}
