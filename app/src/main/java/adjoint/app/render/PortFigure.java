package adjoint.app.render;

import adjoint.app.document.Port;

/**
 * Where an edge meets a node: an input port on the left edge or the output on the right.
 *
 * @param nodeId    the node
 * @param port      the input port, or null for the output
 * @param index     the input's position in {@link Port#of} order, or -1 for the output
 * @param x         centre, canvas units
 * @param y         centre, canvas units
 * @param hint      a short text beside an input: its sign in a sum, its parameter name, or the constant it holds
 * @param connected whether an edge ends here
 * @param spare     whether this is the empty port below a sum's terms, where a wire adds a term
 */
public record PortFigure(String nodeId, Port port, int index, double x, double y, String hint, boolean connected,
                         boolean spare) {
    public static final double RADIUS = 6.5;

    public boolean isOutput() {
        return port == null;
    }

    public boolean near(double px, double py, double tolerance) {
        return Math.hypot(px - x, py - y) <= RADIUS + tolerance;
    }
}
