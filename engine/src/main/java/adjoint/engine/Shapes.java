package adjoint.engine;

import java.util.Arrays;

/** Shape arithmetic shared by tensors and backends: sizes, strides, broadcasting, dimension wrapping. */
public final class Shapes {
    /** Refuse tensors above this many elements (about 2 GB of float64) with a message, never an OutOfMemoryError. */
    public static final long MAX_ELEMENTS = 1L << 28;

    private Shapes() {
    }

    public static int numel(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new TensorException("Trying to create tensor with negative dimension " + d + ": " + format(shape));
            }
            if (d == 0) {
                return 0;
            }
        }
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > MAX_ELEMENTS) {
                throw new TensorException("a tensor of shape " + format(shape) + " would have more than "
                        + MAX_ELEMENTS + " elements; that is too large");
            }
        }
        return (int) n;
    }

    public static int[] contiguousStrides(int[] shape) {
        if (shape.length == 0) {
            return shape;
        }
        int[] strides = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return strides;
    }

    /** Row-major without gaps, as {@code is_contiguous()}: an empty tensor always is. */
    public static boolean isContiguous(int[] shape, int[] strides) {
        for (int d : shape) {
            if (d == 0) {
                return true;
            }
        }
        int expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** The broadcast shape of two shapes; checked from the last dimension back, as PyTorch reports mismatches. */
    public static int[] broadcast(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return a;
        }
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new TensorException("The size of tensor a (" + da + ") must match the size of tensor b (" + db
                        + ") at non-singleton dimension " + i);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Wraps a possibly negative dimension into {@code [0, rank)}, with PyTorch's message when out of range. */
    public static int wrapDim(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new TensorException("Dimension out of range (expected to be in range of [" + (-r) + ", " + (r - 1)
                    + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    public static String format(int[] shape) {
        return "[" + String.join(", ", Arrays.stream(shape).mapToObj(Integer::toString).toList()) + "]";
    }

    static int[] remove(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    static int[] insert(int[] shape, int dim, int value) {
        int[] out = new int[shape.length + 1];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == dim ? value : shape[j++];
        }
        return out;
    }
}
