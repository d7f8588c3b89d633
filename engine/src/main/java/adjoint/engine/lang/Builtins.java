package adjoint.engine.lang;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The language's functions, each bound to the engine with PyTorch's argument names and defaults. */
final class Builtins {
    private Builtins() {
    }

    static final Map<String, UnaryOperator<Tensor>> UNARY = Map.ofEntries(
            Map.entry("sin", Tensor::sin), Map.entry("cos", Tensor::cos), Map.entry("tan", Tensor::tan),
            Map.entry("exp", Tensor::exp), Map.entry("exp2", Tensor::exp2), Map.entry("log", Tensor::log),
            Map.entry("ln", Tensor::log), Map.entry("log1p", Tensor::log1p), Map.entry("sqrt", Tensor::sqrt),
            Map.entry("abs", Tensor::abs), Map.entry("tanh", Tensor::tanh), Map.entry("sigmoid", Tensor::sigmoid),
            Map.entry("relu", Tensor::relu), Map.entry("neg", Tensor::neg), Map.entry("erf", Tensor::erf),
            Map.entry("sign", Tensor::sign), Map.entry("reciprocal", Tensor::reciprocal));

    static Object call(String fn, List<Object> pos, Map<String, Object> kw) {
        if (UNARY.containsKey(fn)) {
            return UNARY.get(fn).apply(new Args(fn, pos, kw, "input").tensor("input"));
        }
        return switch (fn) {
            case "tensor" -> {
                Args a = new Args(fn, pos, kw, "data", "dtype", "requires_grad");
                Tensor t = Values.literal(a.required("data"), a.dtype("dtype"));
                yield a.bool("requires_grad", false) ? t.requiresGrad(true) : t;
            }
            case "zeros", "ones", "rand", "randn" -> factory(fn, pos, kw);
            case "arange" -> arange(new Args(fn, pos, kw, "start", "end", "step", "dtype", "requires_grad"));
            case "transpose", "reshape", "view", "unsqueeze", "squeeze", "permute", "flatten", "sum", "mean", "var",
                 "argmax", "argmin", "amax", "norm", "t", "detach", "clone", "pow", "clamp", "clip", "softmax",
                 "log_softmax", "expand" ->
                    method(first(fn, pos, kw), fn, pos.subList(Math.min(1, pos.size()), pos.size()), kw);
            case "max", "min" -> pos.size() >= 2 && !(pos.get(1) instanceof Long)
                    ? pairwise(fn, new Args(fn, pos, kw, "input", "other"))
                    : method(first(fn, pos, kw), fn, pos.subList(Math.min(1, pos.size()), pos.size()), kw);
            case "maximum", "minimum" -> pairwise(fn, new Args(fn, pos, kw, "input", "other"));
            case "dot", "matmul", "gt", "lt", "ge", "le", "eq", "ne" -> {
                Args a = new Args(fn, pos, kw, "input", "other");
                yield Methods.binary(fn, a.tensor("input"), a.tensor("other"));
            }
            case "where" -> {
                Args a = new Args(fn, pos, kw, "condition", "input", "other");
                yield Tensor.where(a.tensor("condition"), a.tensor("input"), a.tensor("other"));
            }
            case "cat", "concat", "stack" -> {
                Args a = new Args(fn, pos, kw, "tensors", "dim");
                List<Tensor> ts = tensors(a.required("tensors"), fn);
                yield fn.equals("stack") ? Tensor.stack(ts, a.integer("dim", 0)) : Tensor.cat(ts, a.integer("dim", 0));
            }
            default -> Layers.call(fn, pos, kw);
        };
    }

    private static Object first(String fn, List<Object> pos, Map<String, Object> kw) {
        if (!pos.isEmpty()) {
            return pos.get(0);
        }
        if (kw.containsKey("input")) {
            Object v = kw.get("input");
            kw.remove("input");
            return v;
        }
        throw new IllegalArgumentException(fn + "() missing required argument 'input'");
    }

    private static Tensor pairwise(String fn, Args a) {
        Tensor x = a.tensor("input");
        Tensor y = a.tensor("other");
        return fn.startsWith("max") ? x.maximum(y) : x.minimum(y);
    }

    private static List<Tensor> tensors(Object v, String fn) {
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException(fn + "() expects a list of tensors");
        }
        return list.stream().map(o -> Values.toTensor(o, fn + "() element")).toList();
    }

    private static Tensor factory(String fn, List<Object> pos, Map<String, Object> kw) {
        Args a = new Args(fn, List.of(), kw, "dtype", "requires_grad", "generator");
        int[] shape = new Args(fn, pos, Map.of(), "*size").sizes();
        DType type = a.dtype("dtype") != null ? a.dtype("dtype") : DefaultDType.get();
        Tensor t = switch (fn) {
            case "zeros" -> Tensor.zeros(type, shape);
            case "ones" -> Tensor.ones(type, shape);
            case "rand" -> Tensor.rand(new Generator(0), shape).to(type);
            default -> Tensor.randn(new Generator(0), shape).to(type);
        };
        return a.bool("requires_grad", false) ? t.requiresGrad(true) : t;
    }

    private static Tensor arange(Args a) {
        Object start = a.has("end") ? a.required("start") : 0L;
        Object end = a.has("end") ? a.get("end") : a.required("start");
        Object step = a.has("step") ? a.get("step") : 1L;
        DType type = a.dtype("dtype");
        Tensor t = start instanceof Long s && end instanceof Long e && step instanceof Long st
                ? Tensor.arange(s, e, st)
                : Tensor.arange(Values.toDouble(start, "arange() start"), Values.toDouble(end, "arange() end"),
                    Values.toDouble(step, "arange() step"));
        t = type == null ? t : t.to(type);
        return a.bool("requires_grad", false) ? t.requiresGrad(true) : t;
    }

    static Object method(Object target, String name, List<Object> pos, Map<String, Object> kw) {
        return Methods.call(Values.toTensor(target, "'" + name + "' target"), name, pos, kw);
    }

    static Object attribute(Object target, String name) {
        Tensor t = Values.toTensor(target, "'." + name + "' target");
        return switch (name) {
            case "T" -> t.T();
            case "mT" -> t.transpose(-2, -1);
            case "data" -> t.detach();
            case "grad" -> t.grad();
            case "shape" -> java.util.Arrays.stream(t.shape()).mapToObj(i -> (Object) (long) i).toList();
            case "ndim" -> (long) t.dim();
            case "dtype" -> t.dtype();
            case "requires_grad" -> t.requiresGrad();
            default -> throw new IllegalArgumentException("tensors have no attribute '" + name + "'");
        };
    }

    static Reduction reduction(Args a) {
        return Reduction.parse(a.string("reduction", "mean"));
    }
}
