package adjoint.engine.lang;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of one call, bound by position or keyword as Python binds them, with Python's messages. */
final class Args {
    private final String function;
    private final List<Object> positional;
    private final Map<String, Object> keywords;
    private final List<String> names;

    /** {@code names} lists the parameters in order; keywords outside it are refused. */
    Args(String function, List<Object> positional, Map<String, Object> keywords, String... names) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
        this.names = List.of(names);
        if (positional.size() > names.length && !(names.length > 0 && names[names.length - 1].startsWith("*"))) {
            throw new IllegalArgumentException(function + "() takes " + names.length + " positional argument"
                    + (names.length == 1 ? "" : "s") + " but " + positional.size() + " were given");
        }
        Set<String> known = Set.of(names);
        for (String k : keywords.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(function + "() got an unexpected keyword argument '" + k + "'");
            }
            int at = this.names.indexOf(k);
            if (at < positional.size()) {
                throw new IllegalArgumentException(function + "() got multiple values for argument '" + k + "'");
            }
        }
    }

    int count() {
        return positional.size();
    }

    /** The argument named {@code name} (by position or keyword), or null when not given. */
    Object get(String name) {
        if (keywords.containsKey(name)) {
            return keywords.get(name);
        }
        int at = names.indexOf(name);
        return at >= 0 && at < positional.size() ? positional.get(at) : null;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    Object required(String name) {
        Object v = get(name);
        if (v == null) {
            throw new IllegalArgumentException(function + "() missing required argument '" + name + "'");
        }
        return v;
    }

    Tensor tensor(String name) {
        return Values.toTensor(required(name), function + "() argument '" + name + "'");
    }

    Tensor tensorOrNull(String name) {
        return has(name) ? tensor(name) : null;
    }

    int integer(String name, int fallback) {
        Object v = get(name);
        return v == null ? fallback : Values.toInt(v, function + "() argument '" + name + "'");
    }

    Integer integerOrNull(String name) {
        Object v = get(name);
        return v == null ? null : Values.toInt(v, function + "() argument '" + name + "'");
    }

    double real(String name, double fallback) {
        Object v = get(name);
        return v == null ? fallback : Values.toDouble(v, function + "() argument '" + name + "'");
    }

    Double realOrNull(String name) {
        Object v = get(name);
        return v == null ? null : Values.toDouble(v, function + "() argument '" + name + "'");
    }

    boolean bool(String name, boolean fallback) {
        Object v = get(name);
        return v == null ? fallback : Values.truth(v);
    }

    String string(String name, String fallback) {
        Object v = get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(function + "() argument '" + name + "' must be a string");
    }

    DType dtype(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof DType d) {
            return d;
        }
        throw new IllegalArgumentException(function + "() argument '" + name + "' must be a dtype such as float64");
    }

    /** Dimensions given as an int, a list or tuple of ints, or None (meaning all). */
    int[] dims(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            return list.stream().mapToInt(o -> Values.toInt(o, function + "() argument '" + name + "'")).toArray();
        }
        return new int[] {Values.toInt(v, function + "() argument '" + name + "'")};
    }

    /** Sizes given either as separate ints ({@code view(2, 3)}) or one list or tuple ({@code view((2, 3))}). */
    int[] sizes() {
        if (positional.size() == 1 && positional.get(0) instanceof List<?> list) {
            return list.stream().mapToInt(o -> Values.toInt(o, function + "() size")).toArray();
        }
        return positional.stream().mapToInt(o -> Values.toInt(o, function + "() size")).toArray();
    }

    List<Object> positional() {
        return positional;
    }
}
