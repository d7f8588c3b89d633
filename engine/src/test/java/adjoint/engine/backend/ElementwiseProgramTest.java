package adjoint.engine.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import org.junit.jupiter.api.Test;

class ElementwiseProgramTest {
    @Test
    void equalStepsAreSharedAndOneTimesXIsX() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
        int x = b.input(0);
        int log = b.unary(UnaryOp.LOG, x);

        assertThat(b.unary(UnaryOp.LOG, x)).isEqualTo(log);
        assertThat(b.binary(BinaryOp.MUL, b.constant(1), log)).isEqualTo(log);
        assertThat(b.binary(BinaryOp.MUL, log, b.constant(1.0))).isEqualTo(log);
        assertThat(b.constant(0.0)).isNotEqualTo(b.constant(-0.0));
        assertThat(b.build(log).count(UnaryOp.LOG)).isEqualTo(1);
    }

    @Test
    void negationsFoldIntoTheStepsAroundThem() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int y = b.input(1);
        int minusX = b.unary(UnaryOp.NEG, x);
        int minusOne = b.unary(UnaryOp.NEG, b.constant(1));

        assertThat(b.step(minusOne)).isEqualTo(new ElementwiseProgram.Constant(-1));
        assertThat(b.unary(UnaryOp.NEG, minusX)).isEqualTo(x);
        assertThat(b.binary(BinaryOp.MUL, minusOne, y)).isEqualTo(b.unary(UnaryOp.NEG, y));
        assertThat(b.binary(BinaryOp.MUL, y, minusOne)).isEqualTo(b.unary(UnaryOp.NEG, y));
        assertThat(b.binary(BinaryOp.ADD, y, minusX)).isEqualTo(b.binary(BinaryOp.SUB, y, x));
        assertThat(b.binary(BinaryOp.ADD, minusX, y)).isEqualTo(b.binary(BinaryOp.SUB, y, x));
        assertThat(b.binary(BinaryOp.SUB, y, minusX)).isEqualTo(b.binary(BinaryOp.ADD, y, x));
        assertThat(b.binary(BinaryOp.SUB, minusX, y)).isNotIn(x, y, b.binary(BinaryOp.SUB, y, x));
        assertThat(b.binary(BinaryOp.MUL, minusX, b.constant(-2))).isNotEqualTo(b.binary(BinaryOp.MUL, x, b.constant(2)));
    }

    @Test
    void stepsOfConstantsAreUniformAndComputedAsZeroDimensionalTensorsAre() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
        int tenth = b.binary(BinaryOp.DIV, b.constant(1), b.constant(10));
        int mixed = b.binary(BinaryOp.ADD, b.input(0), tenth);
        ElementwiseProgram p = b.build(mixed);

        assertThat(p.isUniform(tenth)).isTrue();
        assertThat(p.isUniform(mixed)).isFalse();
        assertThat(p.uniformValues(DType.FLOAT64)[tenth]).isEqualTo(0.1);
        assertThat(p.uniformValues(DType.FLOAT32)[tenth]).isEqualTo((double) 0.1f);
        assertThat(p.uniformValues(DType.FLOAT64)[mixed]).isNaN();
    }

    @Test
    void comparisonsAndUnknownStepsAreRefused() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
        int x = b.input(0);

        assertThatThrownBy(() -> b.binary(BinaryOp.LT, x, x)).hasMessageContaining("bool");
        assertThatThrownBy(() -> b.unary(UnaryOp.EXP, 5)).hasMessageContaining("no step 5");
        assertThatThrownBy(() -> b.input(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepByStepRunsEachPrimitiveOnWholeViews() {
        Backend ref = ReferenceBackend.INSTANCE;
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int f = b.binary(BinaryOp.SUB, b.binary(BinaryOp.MUL, x, b.unary(UnaryOp.LOG, x)), b.input(1));
        ElementwiseProgram p = b.build(f, x, b.constant(2));
        int[] shape = {3};
        View[] in = {View.of(ref.fromDoubles(DType.FLOAT64, new double[] {-1, 1, Math.E}), shape),
            new View(ref.fromDoubles(DType.FLOAT64, new double[] {0.5}), shape, new int[1], 0)};
        View[] out = {View.of(ref.allocate(DType.FLOAT64, 3), shape), View.of(ref.allocate(DType.FLOAT64, 3), shape),
            View.of(ref.allocate(DType.FLOAT64, 3), shape)};

        ref.elementwise(p, in, out);

        assertThat(ref.toDoubles(out[0])).containsExactly(Double.NaN, -0.5, Math.E - 0.5);
        assertThat(ref.toDoubles(out[1])).containsExactly(-1, 1, Math.E);
        assertThat(ref.toDoubles(out[2])).containsExactly(2, 2, 2);
    }
}
