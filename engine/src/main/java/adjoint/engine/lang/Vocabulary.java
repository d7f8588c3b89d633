package adjoint.engine.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names the language knows: functions, tensor methods and attributes, constants and dtypes, and the
 * "did you mean" suggestion for a misspelt one.
 *
 * <pre>{@code
 * Vocabulary.FUNCTIONS.contains("sin")                    // true
 * Vocabulary.didYouMean("sinn", Vocabulary.FUNCTIONS)     // Optional[sin]
 * "no function 'sinn'" + Vocabulary.hint("sinn", Vocabulary.FUNCTIONS)
 * // "no function 'sinn' (did you mean 'sin'?)"
 * }</pre>
 */
public final class Vocabulary {

    /** Functions, called by name ({@code sin(x)}, or {@code torch.sin(x)}). */
    public static final Set<String> FUNCTIONS = ordered("""
            sin cos tan exp exp2 log ln sqrt abs tanh sigmoid relu softmax log_softmax sum mean max norm dot matmul
            pow maximum minimum clamp mse_loss cross_entropy nll_loss binary_cross_entropy
            binary_cross_entropy_with_logits linear embedding arange zeros ones tensor
            argmax where cat stack var log1p leaky_relu gelu softplus dropout min gt lt ge le eq ne transpose
            concat reshape view unsqueeze squeeze permute flatten t detach clone erf sign neg reciprocal
            l1_loss hinge_loss squared_hinge_loss soft_margin_loss rand randn clip amax""");

    /** Tensor methods, called as {@code x.sum()}. */
    public static final Set<String> METHODS = ordered("""
            t view reshape sum mean pow unsqueeze squeeze transpose add_ sub_ mul_ div_ zero_ fill_ max min argmax
            exp log sin cos tanh sigmoid relu abs sqrt detach item size numel dim
            tan exp2 log1p erf sign neg reciprocal expand permute flatten var norm amax argmin copy_ clone contiguous
            float double long int bool to type requires_grad_ retain_grad softmax log_softmax clamp clip gather
            index_select dot matmul gt lt ge le eq ne maximum minimum add sub mul div""");

    /** Tensor attributes, written without a call: {@code A.T}. */
    public static final Set<String> ATTRIBUTES = ordered("T mT data grad shape ndim dtype requires_grad");

    /** Names with a fixed meaning unless assigned: {@code pi} and {@code e}; {@code True False None}. */
    public static final Set<String> CONSTANTS = ordered("pi e True False None");

    /** Names a {@code dtype=} keyword accepts, with or without {@code torch.} in front. */
    public static final Set<String> DTYPES = ordered("""
            float16 half bfloat16 float32 float float64 double int8 uint8 int16 short int32 int int64 long bool""");

    private Vocabulary() {
    }

    /**
     * The candidate closest to {@code unknown} by Damerau–Levenshtein distance, if it is close enough to be a
     * likely typo: at most 2 edits (1 for names of 3 characters or fewer), and not a complete replacement (so
     * {@code x} does not suggest {@code e}). Ties go to the candidate sharing the longest prefix, then the alphabetically first.
     *
     * <pre>{@code
     * didYouMean("sinn", FUNCTIONS)        // Optional[sin]
     * didYouMean("softmaxx", FUNCTIONS)    // Optional[softmax]
     * didYouMean("frobnicate", FUNCTIONS)  // Optional.empty
     * }</pre>
     */
    public static Optional<String> didYouMean(String unknown, Collection<String> candidates) {
        int allowed = unknown.length() <= 3 ? 1 : 2;
        return candidates.stream()
                .filter(candidate -> {
                    int d = distance(unknown, candidate);
                    return d <= allowed && d < Math.max(unknown.length(), candidate.length());
                })
                .min(Comparator.comparingInt((String candidate) -> distance(unknown, candidate))
                        .thenComparing(candidate -> -commonPrefix(unknown, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * {@code " (did you mean 'sin'?)"} when {@link #didYouMean} finds a suggestion, otherwise {@code ""}: ready to
     * append to a message.
     */
    public static String hint(String unknown, Collection<String> candidates) {
        return didYouMean(unknown, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * The (unrestricted) Damerau–Levenshtein distance: insertions, deletions, substitutions and transpositions
     * of adjacent characters each cost 1.
     */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int infinity = n + m;
        int[][] d = new int[n + 2][m + 2];
        d[0][0] = infinity;
        for (int i = 0; i <= n; i++) {
            d[i + 1][0] = infinity;
            d[i + 1][1] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j + 1] = infinity;
            d[1][j + 1] = j;
        }
        Map<Character, Integer> lastRowOf = new HashMap<>();
        for (int i = 1; i <= n; i++) {
            int lastMatchColumn = 0;
            for (int j = 1; j <= m; j++) {
                int k = lastRowOf.getOrDefault(b.charAt(j - 1), 0);
                int l = lastMatchColumn;
                int cost = 1;
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cost = 0;
                    lastMatchColumn = j;
                }
                d[i + 1][j + 1] = Math.min(Math.min(d[i][j] + cost, d[i + 1][j] + 1),
                        Math.min(d[i][j + 1] + 1, d[k][l] + (i - k - 1) + 1 + (j - l - 1)));
            }
            lastRowOf.put(a.charAt(i - 1), i);
        }
        return d[n + 1][m + 1];
    }

    private static Set<String> ordered(String names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names.strip().split("\\s+"))));
    }
}
