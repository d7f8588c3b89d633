package adjoint.engine.lang;

import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.nn.Functional;
import java.util.List;
import java.util.Map;

/** The language's neural-network functions and losses, bound to {@link Functional} with PyTorch's signatures. */
final class Layers {
    private Layers() {
    }

    static Object call(String fn, List<Object> pos, Map<String, Object> kw) {
        return switch (fn) {
            case "linear" -> {
                Args a = new Args(fn, pos, kw, "input", "weight", "bias");
                yield Functional.linear(a.tensor("input"), a.tensor("weight"), a.tensorOrNull("bias"));
            }
            case "embedding" -> {
                Args a = new Args(fn, pos, kw, "input", "weight");
                yield Functional.embedding(a.tensor("input"), a.tensor("weight"));
            }
            case "leaky_relu" -> {
                Args a = new Args(fn, pos, kw, "input", "negative_slope");
                yield Functional.leakyRelu(a.tensor("input"), a.real("negative_slope", 0.01));
            }
            case "gelu" -> {
                Args a = new Args(fn, pos, kw, "input", "approximate");
                String mode = a.string("approximate", "none");
                if (!mode.equals("none") && !mode.equals("tanh")) {
                    throw new IllegalArgumentException("approximate argument must be either none or tanh.");
                }
                yield Functional.gelu(a.tensor("input"), mode.equals("tanh"));
            }
            case "softplus" -> {
                Args a = new Args(fn, pos, kw, "input", "beta", "threshold");
                yield Functional.softplus(a.tensor("input"), a.real("beta", 1), a.real("threshold", 20));
            }
            case "dropout" -> {
                Args a = new Args(fn, pos, kw, "input", "p", "training");
                yield Functional.dropout(a.tensor("input"), a.real("p", 0.5), a.bool("training", true), new Generator(0));
            }
            case "mse_loss", "l1_loss", "hinge_loss", "squared_hinge_loss", "soft_margin_loss" -> {
                Args a = new Args(fn, pos, kw, "input", "target", "reduction");
                Tensor x = a.tensor("input");
                Tensor t = a.tensor("target");
                yield switch (fn) {
                    case "mse_loss" -> Functional.mseLoss(x, t, Builtins.reduction(a));
                    case "l1_loss" -> Functional.l1Loss(x, t, Builtins.reduction(a));
                    case "hinge_loss" -> Functional.hingeLoss(x, t, Builtins.reduction(a));
                    case "squared_hinge_loss" -> Functional.squaredHingeLoss(x, t, Builtins.reduction(a));
                    default -> Functional.softMarginLoss(x, t, Builtins.reduction(a));
                };
            }
            case "cross_entropy" -> {
                Args a = new Args(fn, pos, kw, "input", "target", "weight", "ignore_index", "reduction", "label_smoothing");
                yield Functional.crossEntropy(a.tensor("input"), a.tensor("target"), a.tensorOrNull("weight"),
                        a.integer("ignore_index", -100), Builtins.reduction(a), a.real("label_smoothing", 0));
            }
            case "nll_loss" -> {
                Args a = new Args(fn, pos, kw, "input", "target", "weight", "ignore_index", "reduction");
                yield Functional.nllLoss(a.tensor("input"), a.tensor("target"), a.tensorOrNull("weight"),
                        a.integer("ignore_index", -100), Builtins.reduction(a));
            }
            case "binary_cross_entropy" -> {
                Args a = new Args(fn, pos, kw, "input", "target", "weight", "reduction");
                yield Functional.binaryCrossEntropy(a.tensor("input"), a.tensor("target"), a.tensorOrNull("weight"),
                        Builtins.reduction(a));
            }
            case "binary_cross_entropy_with_logits" -> {
                Args a = new Args(fn, pos, kw, "input", "target", "weight", "reduction", "pos_weight");
                yield Functional.binaryCrossEntropyWithLogits(a.tensor("input"), a.tensor("target"),
                        a.tensorOrNull("weight"), a.tensorOrNull("pos_weight"), Builtins.reduction(a));
            }
            default -> throw new IllegalArgumentException("no function '" + fn + "'"
                    + Vocabulary.hint(fn, Vocabulary.FUNCTIONS));
        };
    }
}
