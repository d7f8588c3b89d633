package adjoint.engine.graph;

/**
 * One constant item of an index: a position ({@code 0}), a slice ({@code 1:6:4}, null parts left out) or a new
 * axis ({@code None}).
 */
public sealed interface IndexSpec {
    record At(long index) implements IndexSpec {
    }

    record Range(Long start, Long stop, Long step) implements IndexSpec {
    }

    record NewAxis() implements IndexSpec {
    }
}
