package adjoint.app.settings;

/** The app's colour themes. */
public enum Theme {
    LIGHT,
    DARK;

    /** The other theme. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
