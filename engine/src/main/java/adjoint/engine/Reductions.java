package adjoint.engine;

import adjoint.engine.backend.ReduceOp;

/** Reductions: the SUM and MAX primitives with their gradients, and the composites built on them. */
final class Reductions {
    private Reductions() {
    }

    /** The dimensions to reduce, wrapped and checked; null or empty means all of them. */
    static boolean[] reducedDims(int[] dims, int rank) {
        boolean[] reduced = new boolean[rank];
        if (dims == null || dims.length == 0) {
            java.util.Arrays.fill(reduced, true);
            return reduced;
        }
        for (int d : dims) {
            int w = Shapes.wrapDim(d, rank);
            if (rank > 0 && reduced[w]) {
                throw new TensorException("dim " + w + " appears multiple times in the list of dims");
            }
            if (rank > 0) {
                reduced[w] = true;
            }
        }
        return reduced;
    }

    static int[] keepdimShape(int[] shape, boolean[] reduced) {
        int[] out = shape.clone();
        for (int i = 0; i < out.length; i++) {
            if (reduced[i]) {
                out[i] = 1;
            }
        }
        return out;
    }

    static int[] resultShape(int[] shape, boolean[] reduced, boolean keepdim) {
        if (keepdim) {
            return keepdimShape(shape, reduced);
        }
        return java.util.stream.IntStream.range(0, shape.length).filter(i -> !reduced[i]).map(i -> shape[i]).toArray();
    }

    private static Tensor reduce(ReduceOp op, Tensor x, DType type, boolean[] reduced) {
        Tensor out = Tensor.zerosOn(x, type, keepdimShape(x.shape(), reduced));
        Tensor.exec(out).reduce(op, Pointwise.data(x, type), out.strided());
        return out;
    }

    static Tensor sum(Tensor x, int[] dims, boolean keepdim) {
        boolean[] reduced = reducedDims(dims, x.dim());
        DType type = x.dtype() == DType.BOOL ? DType.INT64 : x.dtype();
        Tensor kept = reduce(ReduceOp.SUM, x, type, reduced);
        Tensor out = keepdim ? kept : kept.detach().view(resultShape(x.shape(), reduced, false));
        int[] inShape = x.shape();
        int[] keptShape = kept.shape();
        return Autograd.record(out, "sum", new Tensor[] {x}, (g, n) -> Pointwise.one(g.reshape(keptShape).expand(inShape)));
    }

    static Tensor mean(Tensor x, int[] dims, boolean keepdim) {
        if (!x.dtype().isFloating()) {
            throw new TensorException("mean(): could not infer output dtype. Input dtype must be either a floating point "
                    + "or complex dtype. Got: " + (x.dtype() == DType.INT64 ? "Long" : "Bool"));
        }
        boolean[] reduced = reducedDims(dims, x.dim());
        long count = 1;
        for (int i = 0; i < reduced.length; i++) {
            count *= reduced[i] ? x.shape()[i] : 1;
        }
        return sum(x, dims, keepdim).div(Tensor.number((double) count));
    }

    /** Maximum over dims; the gradient is shared evenly among tied maxima, as {@code amax} and {@code max()}. */
    static Tensor amax(Tensor x, int[] dims, boolean keepdim) {
        if (x.numel() == 0) {
            throw new TensorException("max(): Expected reduction dim to be specified for input.numel() == 0. Specify "
                    + "the reduction dim with the 'dim' argument.");
        }
        boolean[] reduced = reducedDims(dims, x.dim());
        Tensor kept = reduce(ReduceOp.MAX, x, x.dtype(), reduced);
        Tensor out = keepdim ? kept : kept.detach().view(resultShape(x.shape(), reduced, false));
        int[] keptShape = kept.shape();
        return Autograd.record(out, "max", new Tensor[] {x}, (g, n) -> {
            Tensor mask = x.eq(kept).to(g.dtype());
            Tensor count = mask.sum(dimsOf(reduced), true);
            return Pointwise.one(mask.mul(g.reshape(keptShape)).div(count));
        }, x, kept);
    }

    /** Values of the first maximum along {@code dim}; the gradient flows to that index only. */
    static Tensor maxAlong(Tensor x, int dim, boolean keepdim) {
        Tensor index = argmax(x, dim, true);
        Tensor values = x.gather(Shapes.wrapDim(dim, x.dim()), index);
        return keepdim || x.dim() == 0 ? values : values.squeeze(dim);
    }

    static Tensor argmax(Tensor x, int dim, boolean keepdim) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() == 0) {
            return Tensor.zerosOn(x, DType.INT64);
        }
        if (x.shape()[d] == 0) {
            throw new TensorException("argmax(): Expected reduction dim " + d + " to have non-zero size.");
        }
        boolean[] reduced = new boolean[x.dim()];
        reduced[d] = true;
        Tensor out = Tensor.zerosOn(x, DType.INT64, keepdimShape(x.shape(), reduced));
        Tensor.exec(out).argmax(x.strided(), d, out.strided());
        return keepdim ? out : out.squeeze(d);
    }

    static Tensor var(Tensor x, int[] dims, int correction, boolean keepdim) {
        boolean[] reduced = reducedDims(dims, x.dim());
        long count = 1;
        for (int i = 0; i < reduced.length; i++) {
            count *= reduced[i] ? x.shape()[i] : 1;
        }
        Tensor centered = x.sub(x.mean(dims, true));
        return centered.mul(centered).sum(dims, keepdim).div(Tensor.number((double) Math.max(count - correction, 0)));
    }

    static Tensor norm(Tensor x) {
        return norm(x, 2, null, false);
    }

    /** The 2-norm is a primitive, with gradient 0 where the norm is 0 as PyTorch; other p are composed. */
    static Tensor norm(Tensor x, double p, int[] dims, boolean keepdim) {
        if (p == 1) {
            return x.abs().sum(dims, keepdim);
        }
        if (p != 2) {
            return x.abs().pow(p).sum(dims, keepdim).pow(1 / p);
        }
        Tensor out;
        try (var scope = NoGrad.enter()) {
            out = x.mul(x).sum(dims, keepdim).sqrt();
        }
        int[] keptShape = keepdimShape(x.shape(), reducedDims(dims, x.dim()));
        return Autograd.record(out, "norm", new Tensor[] {x}, (g, n) -> {
            Tensor kept = out.reshape(keptShape);
            Tensor scale = Tensor.where(kept.eq(0.0), Tensor.number(0L), g.reshape(keptShape).div(kept));
            return Pointwise.one(x.mul(scale));
        }, x, out);
    }

    static int[] dimsOf(boolean[] reduced) {
        return java.util.stream.IntStream.range(0, reduced.length).filter(i -> reduced[i]).toArray();
    }
}
