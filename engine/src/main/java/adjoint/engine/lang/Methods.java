package adjoint.engine.lang;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.nn.Functional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Tensor methods of the language ({@code x.sum(dim=0)}, {@code f.add_(1)}), with PyTorch's argument names. */
final class Methods {
    private Methods() {
    }

    static Object call(Tensor t, String name, List<Object> pos, Map<String, Object> kw) {
        if (Builtins.UNARY.containsKey(name)) {
            new Args(name, pos, kw);
            return Builtins.UNARY.get(name).apply(t);
        }
        return switch (name) {
            case "t" -> none(name, pos, kw, t.t());
            case "view", "reshape", "expand", "permute" -> {
                int[] sizes = new Args(name, pos, kw, "*size").sizes();
                yield switch (name) {
                    case "view" -> t.view(sizes);
                    case "reshape" -> t.reshape(sizes);
                    case "expand" -> t.expand(sizes);
                    default -> t.permute(sizes);
                };
            }
            case "sum", "mean" -> {
                Args a = new Args(name, pos, kw, "dim", "keepdim", "dtype");
                Tensor x = a.dtype("dtype") == null ? t : t.to(a.dtype("dtype"));
                int[] dims = a.dims("dim");
                boolean keep = a.bool("keepdim", false);
                yield name.equals("sum") ? x.sum(dims, keep) : x.mean(dims, keep);
            }
            case "max", "min" -> {
                if (!pos.isEmpty() && pos.get(0) instanceof Tensor other) {
                    yield name.equals("max") ? t.maximum(other) : t.minimum(other);
                }
                Args a = new Args(name, pos, kw, "dim", "keepdim");
                Integer dim = a.integerOrNull("dim");
                boolean keep = a.bool("keepdim", false);
                if (name.equals("max")) {
                    yield dim == null ? t.max() : t.max(dim, keep);
                }
                yield dim == null ? t.min() : t.min(dim, keep);
            }
            case "amax" -> {
                Args a = new Args(name, pos, kw, "dim", "keepdim");
                yield t.amax(a.dims("dim"), a.bool("keepdim", false));
            }
            case "argmax", "argmin" -> {
                Args a = new Args(name, pos, kw, "dim", "keepdim");
                Integer dim = a.integerOrNull("dim");
                Tensor x = name.equals("argmin") ? t.neg() : t;
                yield dim == null ? x.argmax() : x.argmax(dim, a.bool("keepdim", false));
            }
            case "var" -> {
                Args a = new Args(name, pos, kw, "dim", "unbiased", "keepdim", "correction");
                int correction = a.has("correction") ? a.integer("correction", 1) : (a.bool("unbiased", true) ? 1 : 0);
                yield t.var(a.dims("dim"), correction, a.bool("keepdim", false));
            }
            case "norm" -> {
                Args a = new Args(name, pos, kw, "p", "dim", "keepdim");
                Object p = a.get("p");
                if (a.has("dim") || !(p == null || "fro".equals(p) || (Values.isNumber(p) && Values.toDouble(p, "p") == 2))) {
                    throw new IllegalArgumentException("norm() supports the 2-norm of all elements only");
                }
                yield t.norm();
            }
            case "pow" -> t.pow(new Args(name, pos, kw, "exponent").tensor("exponent"));
            case "unsqueeze" -> t.unsqueeze(new Args(name, pos, kw, "dim").integer("dim", 0));
            case "squeeze" -> {
                Integer dim = new Args(name, pos, kw, "dim").integerOrNull("dim");
                yield dim == null ? t.squeeze() : t.squeeze(dim);
            }
            case "transpose" -> {
                Args a = new Args(name, pos, kw, "dim0", "dim1");
                yield t.transpose(a.integer("dim0", 0), a.integer("dim1", 1));
            }
            case "flatten" -> {
                Args a = new Args(name, pos, kw, "start_dim", "end_dim");
                yield t.flatten(a.integer("start_dim", 0), a.integer("end_dim", -1));
            }
            case "add_", "sub_", "mul_", "div_" -> {
                Tensor o = new Args(name, pos, kw, "other").tensor("other");
                yield switch (name) {
                    case "add_" -> t.add_(o);
                    case "sub_" -> t.sub_(o);
                    case "mul_" -> t.mul_(o);
                    default -> t.div_(o);
                };
            }
            case "zero_" -> none(name, pos, kw, t.zero_());
            case "fill_" -> t.fill_(new Args(name, pos, kw, "value").real("value", 0));
            case "copy_" -> t.copy_(new Args(name, pos, kw, "src").tensor("src"));
            case "detach" -> none(name, pos, kw, t.detach());
            case "clone", "contiguous" -> none(name, pos, kw, name.equals("clone") ? t.clone() : t.contiguous());
            case "item" -> {
                new Args(name, pos, kw);
                double v = t.item();
                yield t.dtype().isFloating() ? (Object) v : t.dtype() == DType.BOOL ? (Object) (v != 0) : (Object) (long) v;
            }
            case "size" -> {
                Integer dim = new Args(name, pos, kw, "dim").integerOrNull("dim");
                yield dim == null ? Arrays.stream(t.shape()).mapToObj(i -> (Object) (long) i).toList() : (Object) (long) t.size(dim);
            }
            case "numel" -> none(name, pos, kw, (long) t.numel());
            case "dim" -> none(name, pos, kw, (long) t.dim());
            case "float", "double", "long", "int", "bool" -> none(name, pos, kw, t.to(DType.parse(name)));
            case "to", "type" -> t.to(new Args(name, pos, kw, "dtype").dtype("dtype"));
            case "requires_grad_" -> t.requiresGrad(new Args(name, pos, kw, "requires_grad").bool("requires_grad", true));
            case "retain_grad" -> none(name, pos, kw, t.retainGrad());
            case "softmax", "log_softmax" -> {
                int dim = new Args(name, pos, kw, "dim").integer("dim", Integer.MIN_VALUE);
                if (dim == Integer.MIN_VALUE) {
                    throw new IllegalArgumentException(name + "() missing required argument 'dim'");
                }
                yield name.equals("softmax") ? Functional.softmax(t, dim) : Functional.logSoftmax(t, dim);
            }
            case "clamp", "clip" -> {
                Args a = new Args(name, pos, kw, "min", "max");
                yield t.clamp(a.realOrNull("min"), a.realOrNull("max"));
            }
            case "gather" -> {
                Args a = new Args(name, pos, kw, "dim", "index");
                yield t.gather(a.integer("dim", 0), a.tensor("index"));
            }
            case "index_select" -> {
                Args a = new Args(name, pos, kw, "dim", "index");
                yield t.indexSelect(a.integer("dim", 0), a.tensor("index"));
            }
            case "dot", "matmul", "gt", "lt", "ge", "le", "eq", "ne", "maximum", "minimum", "add", "sub", "mul", "div" ->
                    binary(name, t, new Args(name, pos, kw, "other").tensor("other"));
            default -> throw new IllegalArgumentException("tensors have no method '" + name + "'");
        };
    }

    static Tensor binary(String name, Tensor a, Tensor b) {
        return switch (name) {
            case "dot" -> a.dot(b);
            case "matmul" -> a.matmul(b);
            case "gt" -> a.gt(b);
            case "lt" -> a.lt(b);
            case "ge" -> a.ge(b);
            case "le" -> a.le(b);
            case "eq" -> a.eq(b);
            case "ne" -> a.ne(b);
            case "maximum" -> a.maximum(b);
            case "minimum" -> a.minimum(b);
            case "add" -> a.add(b);
            case "sub" -> a.sub(b);
            case "mul" -> a.mul(b);
            case "div" -> a.div(b);
            default -> throw new IllegalArgumentException("no operation '" + name + "'");
        };
    }

    private static <T> T none(String name, List<Object> pos, Map<String, Object> kw, T result) {
        new Args(name, pos, kw);
        return result;
    }
}
