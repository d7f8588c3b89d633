package adjoint.engine.data;

/**
 * The order in which a {@link DataLoader} visits dataset indices, as {@code torch.utils.data.Sampler}: each
 * {@link #iterator()} is one epoch.
 *
 * <pre>{@code
 * Sampler s = new SequentialSampler(3);
 * for (int i : s) { ... } // 0, 1, 2
 * s.size();               // 3
 * }</pre>
 */
public interface Sampler extends Iterable<Integer> {
    /** How many indices one epoch yields. */
    int size();
}
