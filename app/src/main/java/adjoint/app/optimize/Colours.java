package adjoint.app.optimize;

import adjoint.app.render.Rgba;
import adjoint.engine.optimize.Algorithm;

/** The optimization views' colours: one per optimizer for paths and legends, and the heatmap's ramp. */
final class Colours {
    static final Rgba UNDEFINED = Rgba.hex("#b8b8b8");
    static final Rgba HATCH = Rgba.hex("#7a7a7a");
    static final Rgba CONTOUR = Rgba.hex("#30304a").withAlpha(0.55);
    static final Rgba STOP = Rgba.hex("#d0021b");
    static final Rgba PLUS = Rgba.hex("#1f5fbf");
    static final Rgba MINUS = Rgba.hex("#e0701a");
    private static final Rgba[] RAMP = {Rgba.hex("#2c1e5a"), Rgba.hex("#3b528b"), Rgba.hex("#21918c"),
            Rgba.hex("#5ec962"), Rgba.hex("#fde725")};

    private Colours() {
    }

    static Rgba of(Algorithm a) {
        return switch (a) {
            case SGD -> Rgba.hex("#e6194b");
            case MOMENTUM -> Rgba.hex("#f58231");
            case NESTEROV -> Rgba.hex("#f032e6");
            case ADAGRAD -> Rgba.hex("#8b4513");
            case RMSPROP -> Rgba.hex("#00a0b0");
            case ADAM -> Rgba.hex("#000000");
        };
    }

    /** The heatmap colour at {@code t} in [0, 1] (low to high), softened so paths stay visible over it. */
    static Rgba ramp(double t) {
        double u = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) u);
        return RAMP[i].mix(RAMP[i + 1], u - i).mix(Rgba.WHITE, 0.35);
    }
}
