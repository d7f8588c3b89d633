package adjoint.engine.lang;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of evaluating a program: every named node's value and gradient (null where none flowed), and the
 * output node. What {@code adjoint eval} prints and what the app draws.
 *
 * @param output   the name of the last assignment
 * @param values   every named node's final value, in order of first assignment
 * @param grads    every named node's gradient, null where it got none
 * @param dtype    the default floating dtype the program ran with
 * @param backward whether backward ran (the output was a floating scalar that requires a gradient)
 */
public record Evaluation(String output, Map<String, Tensor> values, Map<String, Tensor> grads, DType dtype,
                         boolean backward) {
    public Evaluation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        grads = Collections.unmodifiableMap(new LinkedHashMap<>(grads));
    }

    public Tensor value(String name) {
        return values.get(name);
    }

    public Tensor grad(String name) {
        return grads.get(name);
    }
}
