package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * {@code oracle/promotion.json}: the result dtype of {@code + - * /} for every pair of dimensioned tensors, 0-d
 * tensors and Python numbers of each dtype, under default dtype float32 and float64, and the extra cases
 * (reductions of integers, comparisons, where with numbers, unary ops on integers, mixed matmul, in-place casts).
 */
class PromotionTest {
    /** Extras with no counterpart in our API. */
    private static final Map<String, String> SKIPPED = Map.of(
            "div_floor_int64", "no rounding_mode division (the language has no //)",
            "div_trunc_int64", "no rounding_mode division (the language has no //)",
            "floordiv_op_int64", "no // operator");

    private static final Tensor COND = bools(true, false);

    @TestFactory
    Stream<DynamicTest> everyPairPromotesAsPyTorch() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode p : Oracle.load("promotion.json").get("pairs")) {
            String name = p.get("default_dtype").asString() + ": " + p.get("a").asString() + " op " + p.get("b").asString();
            tests.add(DynamicTest.dynamicTest(name, () -> OracleOpsTest.named(name, () -> checkPair(p))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyExtraCaseMatchesPyTorch() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode e : Oracle.load("promotion.json").get("extras")) {
            String id = e.get("id").asString();
            if (!SKIPPED.containsKey(id)) {
                String name = e.get("default_dtype").asString() + ": " + id + ": " + e.get("code").asString();
                tests.add(DynamicTest.dynamicTest(name, () -> OracleOpsTest.named(name, () -> checkExtra(e))));
            }
        }
        return tests.stream();
    }

    private static void checkPair(JsonNode p) {
        try (var scope = DefaultDType.use(DType.parse(p.get("default_dtype").asString()))) {
            Tensor a = kind(p.get("a").asString());
            Tensor b = kind(p.get("b").asString());
            assertThat(Promotion.resultType(a, b).label()).as("result_type").isEqualTo(p.get("result_type").asString());
            check("add", Tensor::add, a, b, p.get("add"));
            check("sub", Tensor::sub, a, b, p.get("sub"));
            check("mul", Tensor::mul, a, b, p.get("mul"));
            check("div", Tensor::div, a, b, p.get("div"));
        }
    }

    private static void check(String op, BinaryOperator<Tensor> f, Tensor a, Tensor b, JsonNode expected) {
        if (expected.isObject()) {
            Oracle.assertSameMessage(catchThrowable(() -> f.apply(a, b)), expected.get("error").asString(), op);
            return;
        }
        Tensor out = f.apply(a, b);
        assertThat(out.dtype().label()).as(op + " dtype").isEqualTo(expected.asString());
        assertThat(out.shape()).as(op + " shape").containsExactly(Shapes.broadcast(a.shape(), b.shape()));
    }

    /** The operands of promotion.json's {@code kinds}. */
    private static Tensor kind(String kind) {
        return switch (kind) {
            case "tensor_bool" -> bools(true, false);
            case "tensor_int64" -> Tensor.fromLongs(DType.INT64, new long[] {3, 4}, 2);
            case "tensor_float32" -> Tensor.fromDoubles(DType.FLOAT32, new double[] {1.5, 2.5}, 2);
            case "tensor_float64" -> Tensor.fromDoubles(DType.FLOAT64, new double[] {1.5, 2.5}, 2);
            case "zerodim_bool" -> Tensor.fromLongs(DType.BOOL, new long[] {1});
            case "zerodim_int64" -> Tensor.fromLongs(DType.INT64, new long[] {3});
            case "zerodim_float32" -> Tensor.scalar(DType.FLOAT32, 1.5);
            case "zerodim_float64" -> Tensor.scalar(DType.FLOAT64, 1.5);
            case "scalar_bool" -> Tensor.number(true);
            case "scalar_int" -> Tensor.number(2L);
            case "scalar_float" -> Tensor.number(2.5);
            default -> throw new AssertionError("unknown kind " + kind);
        };
    }

    private static void checkExtra(JsonNode e) {
        try (var scope = DefaultDType.use(DType.parse(e.get("default_dtype").asString()))) {
            Supplier<Tensor> code = extra(e.get("id").asString());
            if (e.has("error")) {
                Oracle.assertSameMessage(catchThrowable(code::get), e.get("error").asString(), "error");
                return;
            }
            Tensor out = code.get();
            assertThat(out.dtype().label()).as("dtype").isEqualTo(e.get("dtype").asString());
            if (e.has("value")) {
                Oracle.assertMatches(out, e.get("value"), "value");
            }
        }
    }

    /** The extra case's Python code through our API. */
    private static Supplier<Tensor> extra(String id) {
        Tensor ints = Tensor.fromLongs(DType.INT64, new long[] {1, 2, 3}, 3);
        return switch (id) {
            case "sum_int64" -> () -> ints.sum();
            case "sum_bool" -> () -> bools(true, true, false).sum();
            case "sum_float32" -> () -> Tensor.fromDoubles(DType.FLOAT32, new double[] {1, 2}, 2).sum();
            case "sum_int64_dim" -> () -> Tensor.fromLongs(DType.INT64, new long[] {1, 2, 3, 4}, 2, 2).sum(0);
            case "mean_int64" -> () -> ints.mean();
            case "mean_int64_dtype_float64" -> () -> ints.to(DType.FLOAT64).mean();
            case "mean_bool" -> () -> bools(true, false).mean();
            case "div_int64_int64" -> () -> longs(3, 4).div(longs(2, 8));
            case "div_int64_scalar_int" -> () -> longs(3, 4).div(Tensor.number(2L));
            case "truediv_fn_int64" -> () -> longs(7, -7).div(longs(2, 2));
            case "gt_int64_float32" -> () -> longs(1, 2).gt(Tensor.fromDoubles(DType.FLOAT32, new double[] {1.5, 1.5}, 2));
            case "eq_float64_scalar" -> () -> Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2}, 2).eq(Tensor.number(1L));
            case "lt_bool_int" -> () -> bools(true, false).lt(longs(1, 1));
            case "where_int64_float32" -> () -> Tensor.where(COND, longs(1, 2),
                    Tensor.fromDoubles(DType.FLOAT32, new double[] {0.5, 0.25}, 2));
            case "where_int64_float64" -> () -> Tensor.where(COND, longs(1, 2),
                    Tensor.fromDoubles(DType.FLOAT64, new double[] {0.5, 0.25}, 2));
            case "where_int64_zerodim_float64" -> () -> Tensor.where(COND, longs(1, 2), Tensor.scalar(DType.FLOAT64, 0.5));
            case "where_scalar_int_scalar_float" -> () -> Tensor.where(COND, Tensor.number(1L), Tensor.number(2.5));
            case "where_int64_scalar_float" -> () -> Tensor.where(COND, longs(1, 2), Tensor.number(2.5));
            case "where_float32_scalar_int" -> () -> Tensor.where(COND,
                    Tensor.fromDoubles(DType.FLOAT32, new double[] {1.5, 2.5}, 2), Tensor.number(2L));
            case "tensor_literal_float" -> () -> Tensor.scalar(1.5);
            case "tensor_literal_int" -> () -> Tensor.fromLongs(DType.INT64, new long[] {1});
            case "tensor_literal_bool" -> () -> Tensor.fromLongs(DType.BOOL, new long[] {1});
            case "tensor_literal_mixed" -> () -> Tensor.of(1, 2.5);
            case "bool_add_bool" -> () -> bools(true, true, false).add(bools(true, false, false));
            case "bool_mul_bool" -> () -> bools(true, true, false).mul(bools(true, false, false));
            case "bool_sub_bool" -> () -> bools(true, false).sub(bools(true, true));
            case "neg_bool" -> () -> bools(true, false).neg();
            case "int64_pow_neg_int" -> () -> longs(2, 3).pow(-1);
            case "int64_pow_float" -> () -> longs(2, 3).pow(0.5);
            case "int64_pow_int" -> () -> longs(2, 3).pow(2);
            case "sqrt_int64" -> () -> longs(4, 9).sqrt();
            case "exp_int64" -> () -> longs(0, 1).exp();
            case "abs_int64" -> () -> longs(-2, 3).abs();
            case "sigmoid_bool" -> () -> bools(true, false).sigmoid();
            case "matmul_int64_float32" -> () -> Tensor.fromLongs(DType.INT64, new long[] {1, 2}, 1, 2)
                    .matmul(Tensor.fromDoubles(DefaultDType.get(), new double[] {1, 2}, 2, 1));
            case "float32_add_float64_zerodim" -> () -> Tensor.fromDoubles(DType.FLOAT32, new double[] {1.5}, 1)
                    .add(Tensor.scalar(DType.FLOAT64, 2.5));
            case "int64_add_float64_zerodim" -> () -> longs(1).add(Tensor.scalar(DType.FLOAT64, 2.5));
            case "int64_add_float32_zerodim" -> () -> longs(1).add(Tensor.scalar(DType.FLOAT32, 2.5));
            case "zerodim_int64_add_zerodim_float32" -> () -> Tensor.fromLongs(DType.INT64, new long[] {1})
                    .add(Tensor.scalar(DType.FLOAT32, 2.5));
            case "inplace_int64_add_float_error" -> () -> longs(1, 2).add_(0.5);
            case "inplace_float32_add_float64" -> () -> Tensor.fromDoubles(DType.FLOAT32, new double[] {1, 2}, 2)
                    .add_(Tensor.fromDoubles(DType.FLOAT64, new double[] {0.5, 0.5}, 2));
            default -> throw new AssertionError("no mapping for extra " + id + "; add one or list it in SKIPPED");
        };
    }

    @Test
    void anIntegerTensorToAPythonFloatPowerIsFloatingEvenWhenTheFloatIsWhole() {
        Tensor squared = longs(2, 3).pow(2.0);
        assertThat(squared.dtype()).isEqualTo(DefaultDType.get());
        assertThat(squared.toDoubles()).containsExactly(4, 9);
        assertThat(longs(2, 3).pow(2).dtype()).isEqualTo(DType.INT64);
    }

    private static Tensor longs(long... values) {
        return Tensor.fromLongs(DType.INT64, values, values.length);
    }

    private static Tensor bools(boolean... values) {
        long[] data = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = values[i] ? 1 : 0;
        }
        return Tensor.fromLongs(DType.BOOL, data, data.length);
    }
}
