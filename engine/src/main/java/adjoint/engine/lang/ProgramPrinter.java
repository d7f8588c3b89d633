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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a syntax tree back as canonical program text: one assignment a line, spaces around binary operators
 * except {@code **}, only the parentheses precedence needs, numbers as written, strings in double quotes, tuples as
 * lists. Parsing the text again gives the same tree, positions aside.
 *
 * <pre>{@code
 * ProgramPrinter.print(Parser.parse("y=(-x)^2+ (a*b)  # c"))   // "y = (-x)**2 + a * b\n"
 * }</pre>
 */
public final class ProgramPrinter {

    private static final int POSTFIX = 5;

    private ProgramPrinter() {
    }

    /** The program as text, each assignment on its own line ending in a line break. */
    public static String print(Program program) {
        var text = new StringBuilder();
        for (Assign assign : program.assignments()) {
            text.append(assign.name()).append(" = ").append(print(assign.value())).append('\n');
        }
        return text.toString();
    }

    /** One expression as text: {@code print(Parser.parseExpression("a-(b-c)"))} is {@code "a - (b - c)"}. */
    public static String print(Expr expr) {
        return switch (expr) {
            case Num num -> num.text();
            case Str str -> quoted(str.value());
            case Name name -> name.name();
            case ListLit list -> "[" + list(list.elements()) + "]";
            case Unary unary -> unary.op().symbol() + operand(unary.operand(), UnaryOp.PRECEDENCE);
            case Binary binary -> binary(binary);
            case Call call -> call.function() + "(" + arguments(call.args(), call.kwargs()) + ")";
            case MethodCall call ->
                    target(call.target()) + "." + call.method() + "(" + arguments(call.args(), call.kwargs()) + ")";
            case Attribute attribute -> target(attribute.target()) + "." + attribute.name();
            case Index index -> target(index.target()) + "[" + indexItems(index.items()) + "]";
        };
    }

    private static String binary(Binary binary) {
        int precedence = binary.op().precedence();
        if (binary.op() == BinaryOp.POW) {
            // right-associative, and its right operand may be unary: (a**b)**c, (-a)**b, a**b**c, a**-b
            return operand(binary.left(), precedence + 1) + "**" + operand(binary.right(), UnaryOp.PRECEDENCE);
        }
        // left-associative: a - b - c, a - (b - c), a * (b / c)
        return operand(binary.left(), precedence) + " " + binary.op().symbol() + " "
                + operand(binary.right(), precedence + 1);
    }

    /** The operand in parentheses when it binds more loosely than {@code least}. */
    private static String operand(Expr operand, int least) {
        String text = print(operand);
        return precedence(operand) < least ? "(" + text + ")" : text;
    }

    private static String target(Expr target) {
        // a number before '.' would read as a decimal point: (2).sum()
        return target instanceof Num ? "(" + print(target) + ")" : operand(target, POSTFIX);
    }

    private static int precedence(Expr expr) {
        return switch (expr) {
            case Binary binary -> binary.op().precedence();
            case Unary _ -> UnaryOp.PRECEDENCE;
            case Num num when num.text().startsWith("-") -> UnaryOp.PRECEDENCE;
            default -> POSTFIX;
        };
    }

    private static String list(List<Expr> elements) {
        return elements.stream().map(ProgramPrinter::print).collect(Collectors.joining(", "));
    }

    private static String arguments(List<Expr> positional, Map<String, Expr> keywords) {
        List<String> parts = new ArrayList<>();
        positional.forEach(arg -> parts.add(print(arg)));
        keywords.forEach((key, value) -> parts.add(key + "=" + print(value)));
        return String.join(", ", parts);
    }

    private static String indexItems(List<IndexItem> items) {
        return items.stream().map(item -> switch (item) {
            case Expr expr -> print(expr);
            case Slice slice -> part(slice.start()) + ":" + part(slice.stop())
                    + (slice.step() == null ? "" : ":" + print(slice.step()));
        }).collect(Collectors.joining(", "));
    }

    private static String part(Expr part) {
        return part == null ? "" : print(part);
    }

    private static String quoted(String value) {
        var text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
