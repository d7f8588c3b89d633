package adjoint.engine;

import java.util.SplittableRandom;

/**
 * A seeded source of random numbers, as {@code torch.Generator}: the same seed gives the same tensors on every
 * run and machine (PyTorch's own bit streams are not reproduced).
 *
 * <pre>{@code
 * var g = new Generator(42);
 * Tensor.rand(g, 2, 3); // the same 6 numbers every time
 * }</pre>
 */
public final class Generator {
    private SplittableRandom random;
    private long seed;

    public Generator(long seed) {
        manualSeed(seed);
    }

    public Generator manualSeed(long newSeed) {
        seed = newSeed;
        random = new SplittableRandom(newSeed);
        return this;
    }

    public long initialSeed() {
        return seed;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Standard normal (Box–Muller). */
    public double nextGaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A random permutation of 0..n-1 (Fisher–Yates), as {@code torch.randperm}. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
