package adjoint.engine.lang;

import adjoint.engine.lang.Expr.Attribute;
import adjoint.engine.lang.Expr.Binary;
import adjoint.engine.lang.Expr.Call;
import adjoint.engine.lang.Expr.Index;
import adjoint.engine.lang.Expr.ListLit;
import adjoint.engine.lang.Expr.MethodCall;
import adjoint.engine.lang.Expr.Name;
import adjoint.engine.lang.Expr.Num;
import adjoint.engine.lang.Expr.Str;
import adjoint.engine.lang.Expr.Unary;
import adjoint.engine.lang.IndexItem.Slice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every name of a program before it is evaluated, in evaluation order, and reports the first problem:
 * an unknown function, method or attribute (with a "did you mean" suggestion, at the name's position) or a name
 * used before it is assigned (at the use). {@code pi} and {@code e} are constants unless assigned; a
 * {@code dtype=} keyword takes a dtype name such as {@code float64}.
 *
 * <pre>{@code
 * NameCheck.check(Parser.parse("x = 1.0\nf = sinn(x)\n"));
 * // throws ProgramException: line 2, column 5: no function 'sinn' (did you mean 'sin'?)
 * }</pre>
 */
public final class NameCheck {

    private final List<Assign> assignments;
    private final Set<String> defined = new LinkedHashSet<>();
    private int current;

    private NameCheck(Program program) {
        this.assignments = program.assignments();
    }

    /**
     * Checks a program's names.
     *
     * @throws ProgramException at the first unknown function, method or attribute, or undefined name
     */
    public static void check(Program program) {
        var check = new NameCheck(program);
        for (; check.current < check.assignments.size(); check.current++) {
            Assign assign = check.assignments.get(check.current);
            check.expr(assign.value());
            check.defined.add(assign.name());
        }
    }

    private void expr(Expr expr) {
        switch (expr) {
            case Num _, Str _ -> { }
            case Name name -> name(name);
            case ListLit list -> list.elements().forEach(this::expr);
            case Unary unary -> expr(unary.operand());
            case Binary binary -> {
                expr(binary.left());
                expr(binary.right());
            }
            case Call call -> call(call);
            case MethodCall call -> methodCall(call);
            case Attribute attribute -> attribute(attribute);
            case Index index -> {
                expr(index.target());
                index.items().forEach(this::indexItem);
            }
        }
    }

    private void name(Name name) {
        String n = name.name();
        if (defined.contains(n) || Vocabulary.CONSTANTS.contains(n)) {
            return;
        }
        if (Vocabulary.FUNCTIONS.contains(n)) {
            throw new ProgramException("'" + n + "' is a function: call it, like " + n + "(x)", name.at());
        }
        throw new ProgramException("name '" + n + "' is not defined" + whyUndefined(n), name.at());
    }

    private String whyUndefined(String name) {
        for (int i = current; i < assignments.size(); i++) {
            if (assignments.get(i).name().equals(name)) {
                return i == current ? " (it is used in its own assignment before it has a value)"
                        : " (it is assigned later, on line " + assignments.get(i).line() + ")";
            }
        }
        Set<String> known = new LinkedHashSet<>(defined);
        known.add("pi");
        known.add("e");
        return Vocabulary.hint(name, known);
    }

    private void call(Call call) {
        String f = call.function();
        if (!Vocabulary.FUNCTIONS.contains(f)) {
            String message;
            if (defined.contains(f)) {
                message = "'" + f + "' is a variable, not a function";
            } else if (Vocabulary.METHODS.contains(f)) {
                message = "no function '" + f + "': it is a method, write it like x." + f + "(...)";
            } else {
                message = "no function '" + f + "'" + Vocabulary.hint(f, Vocabulary.FUNCTIONS);
            }
            throw new ProgramException(message, call.nameAt());
        }
        arguments(call.args(), call.kwargs());
    }

    private void methodCall(MethodCall call) {
        expr(call.target());
        String m = call.method();
        if (!Vocabulary.METHODS.contains(m)) {
            String message = Vocabulary.ATTRIBUTES.contains(m)
                    ? "'" + m + "' is an attribute, not a method: write it without parentheses, like x." + m
                    : "no method '" + m + "'" + Vocabulary.hint(m, Vocabulary.METHODS);
            throw new ProgramException(message, call.nameAt());
        }
        arguments(call.args(), call.kwargs());
    }

    private void attribute(Attribute attribute) {
        expr(attribute.target());
        String a = attribute.name();
        if (Vocabulary.ATTRIBUTES.contains(a)) {
            return;
        }
        if (Vocabulary.METHODS.contains(a)) {
            throw new ProgramException("'" + a + "' is a method: call it, like x." + a + "()", attribute.nameAt());
        }
        List<String> candidates = new ArrayList<>(Vocabulary.ATTRIBUTES);
        candidates.addAll(Vocabulary.METHODS);
        throw new ProgramException("no attribute '" + a + "'" + Vocabulary.hint(a, candidates), attribute.nameAt());
    }

    private void arguments(List<Expr> positional, Map<String, Expr> keywords) {
        positional.forEach(this::expr);
        keywords.forEach((key, value) -> {
            boolean dtype = key.equals("dtype") && value instanceof Name name
                    && Vocabulary.DTYPES.contains(name.name());
            if (!dtype) {
                expr(value);
            }
        });
    }

    private void indexItem(IndexItem item) {
        switch (item) {
            case Expr expr -> expr(expr);
            case Slice slice -> {
                for (Expr part : new Expr[] {slice.start(), slice.stop(), slice.step()}) {
                    if (part != null) {
                        expr(part);
                    }
                }
            }
        }
    }
}
