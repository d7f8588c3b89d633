package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * {@code oracle/broadcast.json}: broadcast shapes, the shape (or error) of {@code zeros(a) + zeros(b)} and of
 * {@code zeros(a).expand(b)}, for pairs with 0-d, size-1, size-0 and mismatched dimensions.
 */
class BroadcastTest {

    @TestFactory
    Stream<DynamicTest> everyPairBroadcastsAsPyTorch() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Oracle.load("broadcast.json").get("cases")) {
            int[] a = Oracle.ints(c.get("a"));
            int[] b = Oracle.ints(c.get("b"));
            String name = Shapes.format(a) + " with " + Shapes.format(b);
            tests.add(DynamicTest.dynamicTest(name, () -> OracleOpsTest.named(name, () -> check(c, a, b))));
        }
        return tests.stream();
    }

    private static void check(JsonNode c, int[] a, int[] b) {
        try (var scope = DefaultDType.use(DType.FLOAT32)) {
            if (c.has("result")) {
                assertThat(Shapes.broadcast(a, b)).as("broadcast shape").containsExactly(Oracle.ints(c.get("result")));
            } else {
                // torch.broadcast_shapes words it differently; we have one message, the elementwise op's.
                Oracle.assertSameMessage(catchThrowable(() -> Shapes.broadcast(a, b)), c.get("add_error").asString(),
                        "broadcast");
            }
            if (c.has("add_result")) {
                assertThat(Tensor.zeros(a).add(Tensor.zeros(b)).shape()).as("a + b")
                        .containsExactly(Oracle.ints(c.get("add_result")));
            } else {
                Oracle.assertSameMessage(catchThrowable(() -> Tensor.zeros(a).add(Tensor.zeros(b))),
                        c.get("add_error").asString(), "a + b");
            }
            if (c.has("expand_a_to_b")) {
                Tensor expanded = Tensor.zeros(a).expand(b);
                assertThat(expanded.shape()).as("expand").containsExactly(Oracle.ints(c.get("expand_a_to_b")));
                assertThat(expanded.sharesStorageWith(expanded.base() == null ? expanded : expanded.base())).isTrue();
            } else {
                Oracle.assertSameMessage(catchThrowable(() -> Tensor.zeros(a).expand(b)),
                        c.get("expand_a_to_b_error").asString(), "expand");
            }
        }
    }
}
