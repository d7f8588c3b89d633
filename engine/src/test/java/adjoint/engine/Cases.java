package adjoint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of a property test: {@code count} draws of its inputs from a {@link Random} seeded by the property's
 * own name, so that every run, here and in CI, checks the same cases, and a failing case is named by its inputs
 * (test sources compile with {@code -parameters}: {@code [7] x=[2, 3] transposed #1f, keepdim=true}). For a
 * {@code @ParameterizedTest} with a {@code @MethodSource} factory, which receives the property as a {@link TestInfo}:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("operandsAndSeeds")
 * void softmaxHasTheFiniteDifferenceGradient(Operand x, long seed) { ... }
 *
 * static Stream<Arguments> operandsAndSeeds(TestInfo property) {
 *     return Cases.of(property, 50, GradientCheck.operands(0, 3), Cases.longs());
 * }
 * }</pre>
 */
public final class Cases {

    /** How one input of a property is drawn from a random source. */
    @FunctionalInterface
    public interface Draw<T> {
        T from(Random random);
    }

    private Cases() {
    }

    /** {@code count} cases, each one value from every input in order, drawn from the property's own seed. */
    public static Stream<Arguments> of(TestInfo property, int count, Draw<?>... inputs) {
        Random random = new Random(seedOf(property));
        List<Arguments> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object[] values = new Object[inputs.length];
            for (int j = 0; j < inputs.length; j++) {
                values[j] = inputs[j].from(random);
            }
            cases.add(Arguments.of(values));
        }
        return cases.stream();
    }

    /** The seed of a property: from its class and method names, so it stays put when other properties change. */
    static long seedOf(TestInfo property) {
        String name = property.getTestClass().orElseThrow().getName() + "#"
                + property.getTestMethod().orElseThrow().getName();
        return name.hashCode();
    }

    /** Any long, as seeds. */
    public static Draw<Long> longs() {
        return Random::nextLong;
    }

    public static Draw<Boolean> booleans() {
        return Random::nextBoolean;
    }

    /** Uniform in {@code [min, max]}, both included. */
    public static Draw<Integer> ints(int min, int max) {
        return r -> min + r.nextInt(max - min + 1);
    }

    /** Uniform over the multiples of 0.01 in {@code [min, max]}: two decimals read well in a case's name. */
    public static Draw<Double> doubles(double min, double max) {
        Draw<Integer> hundredths = ints((int) Math.ceil(min * 100), (int) Math.floor(max * 100));
        return r -> hundredths.from(r) / 100.0;
    }

    @SafeVarargs
    public static <T> Draw<T> oneOf(T... values) {
        return r -> values[r.nextInt(values.length)];
    }

    public static <E extends Enum<E>> Draw<E> oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }
}
