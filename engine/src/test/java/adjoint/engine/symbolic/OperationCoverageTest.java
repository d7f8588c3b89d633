package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.lang.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the language has a symbolic rule: a local partial or a vector-Jacobian product, whose formula
 * (and its text parsed back) equals the engine's autograd gradient here and at random points nearby. An operation
 * without one must be in {@link #EXCLUDED}, with the reason it needs none.
 */
class OperationCoverageTest {
    private static final String V = "x = [0.3, -0.7, 1.2]\ny = [0.5, 0.1, -0.4]\n";
    private static final String M = "X = [[0.1, 0.5, -0.3], [0.2, 0.9, 0.4]]\nW = [[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]]\n";
    private static final String P = "p = [0.2, 0.7, 0.9]\nq = [0.1, 1.0, 0.6]\n";
    private static final String LOGITS = "z = [[0.1, 0.5, -0.3], [0.2, 0.9, 0.4]]\nk = tensor([2, 0])\n";

    /** Vocabulary words that need no rule, and why. */
    static final Map<String, String> EXCLUDED = excluded();

    private static Map<String, String> excluded() {
        Map<String, String> out = new LinkedHashMap<>();
        String creation = "creates a tensor from constants: it reads no tensor, so nothing flows back through it";
        for (String op : List.of("arange", "zeros", "ones", "tensor", "rand", "randn")) {
            out.put("function " + op, creation);
        }
        String inPlace = "an in-place method is not a graph node (a graph refuses it; eval still runs the program)";
        for (String op : List.of("add_", "sub_", "mul_", "div_", "zero_", "fill_", "copy_")) {
            out.put("method " + op, inPlace);
        }
        String metadata = "gives a Python number or metadata, not a tensor a gradient could flow through";
        for (String op : List.of("item", "size", "numel", "dim")) {
            out.put("method " + op, metadata);
        }
        for (String op : List.of("shape", "ndim", "dtype", "requires_grad")) {
            out.put("attribute " + op, metadata);
        }
        String integer = "an integer or bool result: no gradient flows through a cast to it";
        for (String op : List.of("long", "int", "bool")) {
            out.put("method " + op, integer);
        }
        out.put("method requires_grad_", "marks a leaf; on anything else PyTorch refuses it, so it is no operation");
        out.put("attribute data", "the value detached from the graph: no gradient flows through it");
        out.put("attribute grad", "the gradient of a leaf after backward, not an operation of the forward pass");
        out.put("function dropout", "its mask is drawn at random when evaluated, so it is no formula of the node values");
        return out;
    }

    private static Map<String, String> programs() {
        Map<String, String> p = new LinkedHashMap<>();
        for (String op : List.of("sin", "cos", "tan", "exp", "exp2", "abs", "tanh", "sigmoid", "relu", "erf", "sign",
                "neg", "detach", "clone", "gelu", "softplus")) {
            p.put("function " + op, V + "f = sum(" + op + "(x) * y)");
        }
        for (String op : List.of("log", "ln", "sqrt", "log1p", "reciprocal")) {
            p.put("function " + op, P + "f = sum(" + op + "(p) * q)");
        }
        for (String op : List.of("exp", "sin", "cos", "tanh", "sigmoid", "relu", "abs", "detach", "tan", "exp2", "erf",
                "sign", "neg", "clone", "contiguous", "float", "double", "retain_grad")) {
            p.put("method " + op, V + "f = sum(x." + op + "() * y)");
        }
        for (String op : List.of("log", "sqrt", "log1p", "reciprocal")) {
            p.put("method " + op, P + "f = sum(p." + op + "() * q)");
        }
        p.put("function leaky_relu", V + "f = sum(leaky_relu(x, 0.2) * y) + sum(leaky_relu(y))");
        p.put("function gelu", V + "f = sum(gelu(x) * y) + sum(gelu(y, approximate=\"tanh\"))");
        p.put("function softplus", V + "f = sum(softplus(x, beta=2.0) * y) + sum(softplus(y, 0.5, 1.0))");
        p.put("function softmax", M + "f = sum(softmax(X, 1) * W)");
        p.put("function log_softmax", M + "f = sum(log_softmax(X, dim=0) * W)");
        p.put("method softmax", M + "f = sum(X.softmax(0) * W)");
        p.put("method log_softmax", M + "f = sum(X.log_softmax(1) * W)");
        p.put("function sum", M + "s = sum(X * W, dim=0)\nf = sum(s * s)");
        p.put("function mean", M + "s = mean(X, 1, True)\nf = sum(s * W)");
        p.put("method sum", M + "s = (X * W).sum([0, 1])\nf = s * s + (X * W).sum(1, keepdim=True).sum()");
        p.put("method mean", M + "s = X.mean(0)\nf = sum(s**2) + X.mean()");
        p.put("function max", M + "f = max(X) + sum(max(X, 1) * [1.0, 2.0]) + sum(max(X, W))");
        p.put("function min", M + "f = min(X) + sum(min(X, dim=0) * [1.0, 2.0, 3.0]) + sum(min(X, W))");
        p.put("method max", M + "f = X.max() + sum(X.max(0, True) * W) + sum(X.max(W))");
        p.put("method min", M + "f = X.min() + sum(X.min(1) * [1.0, 2.0]) + sum(X.min(W))");
        p.put("function amax", M + "f = amax(X) + sum(amax(X, 1) * [1.0, 2.0])");
        p.put("method amax", M + "f = sum(X.amax([0, 1], True)) + sum(X.amax(0) * [1.0, 2.0, 3.0])");
        p.put("function norm", V + "f = norm(x) * norm(x * y)");
        p.put("method norm", M + "f = (X * W).norm()");
        p.put("function var", M + "f = var(X) + sum(var(X, 1) * [1.0, 2.0]) + sum(var(X, 0, False))");
        p.put("method var", M + "f = X.var(dim=1, keepdim=True).sum() + X.var(correction=0)");
        p.put("function dot", V + "f = dot(x, y)");
        p.put("method dot", V + "f = x.dot(y)");
        p.put("function matmul", M + "f = sum(matmul(X, W.T))");
        p.put("method matmul", M + "f = sum(X.matmul([1.0, 2.0, 3.0]) * W.matmul([0.5, 1.5, -1.0]))");
        p.put("function pow", V + "w = 1.5\nf = sum(pow(x, 2) * y) + sum(pow(abs(y) + 1, w))");
        p.put("method pow", V + "f = sum(x.pow(3) * y)");
        p.put("function maximum", V + "f = sum(maximum(x, y))");
        p.put("function minimum", V + "f = sum(minimum(x, y) * x)");
        p.put("method maximum", V + "f = sum(x.maximum(y) * x)");
        p.put("method minimum", V + "f = sum(x.minimum(y))");
        p.put("function clamp", V + "f = sum(clamp(x, min=-0.5, max=1.0) * y)");
        p.put("function clip", V + "f = sum(clip(x, -0.5) * y)");
        p.put("method clamp", V + "f = sum(x.clamp(max=1.0) * y)");
        p.put("method clip", V + "f = sum(x.clip(-0.5, 1.0) * y)");
        for (String loss : List.of("mse_loss", "l1_loss", "soft_margin_loss")) {
            p.put("function " + loss, V + "f = " + loss + "(x, y) + " + loss + "(x * y, y, reduction=\"sum\")");
        }
        for (String loss : List.of("hinge_loss", "squared_hinge_loss")) {
            p.put("function " + loss, V + "t = [1.0, -1.0, 1.0]\nf = " + loss + "(x, t) + " + loss
                    + "(x * y, t, reduction=\"sum\")");
        }
        p.put("function binary_cross_entropy", P + "t = [0.0, 1.0, 0.5]\nf = binary_cross_entropy(p, t) "
                + "+ binary_cross_entropy(p * 0.9, q * 0.5, weight=tensor([1.0, 2.0, 0.5]), reduction=\"sum\")");
        p.put("function binary_cross_entropy_with_logits", V + "t = [0.0, 1.0, 0.5]\n"
                + "f = binary_cross_entropy_with_logits(x, t) + binary_cross_entropy_with_logits(x * y, t, "
                + "pos_weight=tensor([2.0, 1.0, 0.5]), reduction=\"sum\")");
        p.put("function cross_entropy", LOGITS + "t = [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]]\n"
                + "f = cross_entropy(z, k) + cross_entropy(z * 2, k, reduction=\"sum\") + cross_entropy(z[0], k[1]) "
                + "+ cross_entropy(z, t)");
        p.put("function nll_loss", LOGITS + "f = nll_loss(log_softmax(z, 1), k) + nll_loss(z, k, reduction=\"sum\")");
        p.put("function linear", "x = [[1.0, 2.0], [0.5, -1.0], [0.3, 0.3]]\nW = [[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]]\n"
                + "b = [0.1, 0.2, 0.3]\nv = [0.7, -0.2]\nf = sum(tanh(linear(x, W, b))) + sum(linear(v, W) ** 2)");
        p.put("function embedding", "E = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\n"
                + "f = sum(embedding(tensor([2, 0, 2]), E) ** 2)");
        p.put("method gather", M + "f = sum(X.gather(1, tensor([[2, 0], [1, 1]])) ** 2)");
        p.put("method index_select", M + "f = sum(X.index_select(1, tensor([2, 0, 2])) * [1.0, 2.0, 3.0])");
        p.put("function where", V + "f = sum(where(gt(x, 0.0), x**2, y))");
        p.put("function cat", V + "f = sum(cat([x, y, x]) * [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0])");
        p.put("function concat", M + "f = sum(concat([X, W], dim=1) ** 2)");
        p.put("function stack", V + "s = stack([x, y], 1)\nf = sum(s * [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])");
        p.put("function transpose", M + "f = sum(transpose(X, 0, 1) * W.T)");
        p.put("method transpose", M + "f = sum(X.transpose(1, 0) ** 2)");
        p.put("function permute", "A = [[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[0.5, 1.5], [2.5, 3.5], [4.5, 5.5]]]\n"
                + "f = sum(permute(A, [2, 0, 1]) * arange(12.0).reshape(2, 2, 3))");
        p.put("method permute", M + "f = sum(X.permute(1, 0) * W.T ** 2)");
        for (String op : List.of("reshape", "view")) {
            p.put("function " + op, M + "f = sum(" + op + "(X, [3, 2]) * W.reshape(3, 2) ** 2)");
            p.put("method " + op, M + "f = sum(X." + op + "(6) * W." + op + "(-1))");
        }
        p.put("function unsqueeze", V + "f = sum(unsqueeze(x, 1) * y)");
        p.put("method unsqueeze", V + "f = sum(x.unsqueeze(0) * y.unsqueeze(1))");
        p.put("function squeeze", "a = [[0.5], [1.5]]\nf = sum(squeeze(a) ** 2)");
        p.put("method squeeze", "a = [[0.5, 1.5]]\nf = sum(a.squeeze(0) * [1.0, 2.0])");
        p.put("function flatten", M + "f = sum(flatten(X) * W.flatten())");
        p.put("method flatten", M + "f = sum(X.flatten(0, 1) ** 2)");
        p.put("method expand", V + "c = [[0.5], [1.5]]\nf = sum(c.expand(2, 3) * x)");
        p.put("function t", M + "f = sum(t(X) * W.t())");
        p.put("method t", M + "f = sum(X.t() @ W)");
        p.put("attribute T", M + "f = sum(X.T @ W)");
        p.put("attribute mT", M + "f = sum(X.mT * W.T)");
        p.put("method to", V + "f = sum(x.to(dtype=torch.float64) * y)");
        p.put("method type", V + "f = sum(x.type(dtype=torch.float64) * y)");
        for (String op : List.of("argmax", "gt", "lt", "ge", "le", "eq", "ne")) {
            String call = op.equals("argmax") ? "argmax(x)" : op + "(x, y)";
            p.put("function " + op, V + "f = sum(x * " + call + ")");
            p.put("method " + op, V + "f = sum(x * x." + call.replace("(x, ", "(").replace("(x)", "()") + ")");
        }
        p.put("method argmin", V + "f = sum(x * x.argmin())");
        for (String op : List.of("add", "sub", "mul", "div")) {
            p.put("method " + op, V + "f = sum(x." + op + "(y * y + 1) * x)");
        }
        p.put("operators", M + "v = [0.5, 1.5, -1.0]\nf = sum((X * W - X / (W * W + 1) + -X) ** 2 @ v) + X[1, 0] * X[0, 1:3].sum()");
        return p;
    }

    static Stream<Arguments> cases() {
        return programs().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void everyWordOfTheVocabularyHasARuleOrAReasonToHaveNone() {
        Set<String> covered = programs().keySet();
        Set<String> missing = new TreeSet<>();
        words().forEach(w -> {
            if (!covered.contains(w) && !EXCLUDED.containsKey(w)) {
                missing.add(w);
            }
        });
        assertThat(missing).as("operations with no program exercising their rule and no exclusion").isEmpty();
        assertThat(covered).as("excluded operations must not also claim a rule").doesNotContainAnyElementsOf(EXCLUDED.keySet());
        assertThat(words()).containsAll(EXCLUDED.keySet());
    }

    private static List<String> words() {
        List<String> out = new ArrayList<>();
        Vocabulary.FUNCTIONS.forEach(f -> out.add("function " + f));
        Vocabulary.METHODS.forEach(m -> out.add("method " + m));
        Vocabulary.ATTRIBUTES.forEach(a -> out.add("attribute " + a));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleOfEveryOperationGivesAutogradsGradient(String operation, String program) {
        ExprGraph graph = ExprGraph.parse(program);
        GraphEvaluation here = GraphEvaluator.evaluate(graph, DType.FLOAT64);
        assertThat(SamplePoints.finite(here) && here.backward()).as(program).isTrue();
        Derivatives d = Derivatives.of(graph, graph.labels(), here);
        if (!operation.equals("operators")) {
            String[] kind = operation.split(" ");
            List<GraphNode> uses = graph.nodes().stream().filter(n -> n.op().equals(kind[1])
                    && n.form() == Form.valueOf(kind[0].toUpperCase())).toList();
            assertThat(uses).as("%s uses %s", program, operation).isNotEmpty();
            for (GraphNode n : uses) {
                for (String p : n.inputIds()) {
                    if (here.result(p).grad() == null) {
                        continue;
                    }
                    Derivatives.Edge e = d.edge(n.id(), p);
                    assertThat(e.contribution()).as("%s: %s", operation, e.unsupported()).isNotNull();
                }
            }
        }
        List<GraphEvaluation> points = new ArrayList<>(List.of(here));
        points.addAll(SamplePoints.near(graph, here, 3, 7));
        for (GraphEvaluation ev : points) {
            TensorRulesTest.assertAdjointFormulasEqualTheGradients(program, d, ev);
        }
    }
}
