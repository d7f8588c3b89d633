package adjoint.engine;

import adjoint.engine.backend.View;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Views that share storage (view, permute, expand, slice, select) and copies that join or reorder data. */
final class Movement {
    private Movement() {
    }

    private static Tensor makeView(Tensor x, int[] shape, int[] strides, int offset) {
        return new Tensor(x.storage(), shape, strides, offset, x.base() != null ? x.base() : x, false);
    }

    /** A view whose gradient is the incoming gradient reshaped back to the input's shape. */
    private static Tensor reshaped(Tensor x, String op, int[] shape, int[] strides, int offset) {
        Tensor out = makeView(x, shape, strides, offset);
        int[] inShape = x.shape();
        return Autograd.record(out, op, new Tensor[] {x}, (g, n) -> Pointwise.one(g.reshape(inShape)));
    }

    static int[] inferShape(int[] shape, int numel) {
        int[] out = shape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (infer >= 0) {
                    throw new TensorException("only one dimension can be inferred");
                }
                infer = i;
            } else if (out[i] < 0) {
                throw new TensorException("invalid shape dimension " + out[i]);
            } else {
                known *= out[i];
            }
        }
        if (infer >= 0 && known != 0 && numel % known == 0) {
            out[infer] = (int) (numel / known);
        } else if (infer >= 0 || known != numel) {
            throw new TensorException("shape '" + Shapes.format(shape) + "' is invalid for input of size " + numel);
        }
        return out;
    }

    /** The strides a view of {@code newShape} would need, or null when the data must be copied (ATen's rule). */
    static int[] viewStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        if (oldShape.length == 0 || Shapes.numel(oldShape) == 0) {
            return Shapes.contiguousStrides(newShape);
        }
        int[] newStrides = new int[newShape.length];
        int viewD = newShape.length - 1;
        long chunkBase = oldStrides[oldStrides.length - 1];
        long tensorNumel = 1;
        long viewNumel = 1;
        for (int d = oldShape.length - 1; d >= 0; d--) {
            tensorNumel *= oldShape[d];
            if (d == 0 || (oldShape[d - 1] != 1 && oldStrides[d - 1] != tensorNumel * chunkBase)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStrides[viewD] = (int) (viewNumel * chunkBase);
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) {
                    return null;
                }
                if (d > 0) {
                    chunkBase = oldStrides[d - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        return viewD == -1 ? newStrides : null;
    }

    static Tensor view(Tensor x, int[] requested) {
        int[] shape = inferShape(requested, x.numel());
        int[] strides = viewStrides(x.shape(), x.strides(), shape);
        if (strides == null) {
            throw new TensorException("view size is not compatible with input tensor's size and stride (at least one "
                    + "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        return reshaped(x, "view", shape, strides, x.storageOffset());
    }

    /** A view when the strides allow one, else a new contiguous tensor (not a view), as PyTorch's reshape. */
    static Tensor reshape(Tensor x, int[] requested) {
        int[] shape = inferShape(requested, x.numel());
        if (viewStrides(x.shape(), x.strides(), shape) != null) {
            return view(x, shape);
        }
        Tensor out = Tensor.zerosOn(x, x.dtype(), shape);
        Tensor.exec(out).copy(x.strided(), View.of(out.storage(), x.shape()));
        int[] inShape = x.shape();
        return Autograd.record(out, "reshape", new Tensor[] {x}, (g, n) -> Pointwise.one(g.reshape(inShape)));
    }

    static Tensor permute(Tensor x, int[] dims) {
        int rank = x.dim();
        if (dims.length != rank) {
            throw new TensorException("permute(sparse_coo): number of dimensions in the tensor input does not match the "
                    + "length of the desired ordering of dimensions i.e. input.dim() = " + rank + " is not equal to len(dims) = "
                    + dims.length);
        }
        int[] shape = new int[rank];
        int[] strides = new int[rank];
        int[] inverse = new int[rank];
        boolean[] used = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            int d = Shapes.wrapDim(dims[i], rank);
            if (used[d]) {
                throw new TensorException("permute(): duplicate dims are not allowed.");
            }
            used[d] = true;
            shape[i] = x.shape()[d];
            strides[i] = x.strides()[d];
            inverse[d] = i;
        }
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        return Autograd.record(out, "permute", new Tensor[] {x}, (g, n) -> Pointwise.one(g.permute(inverse)));
    }

    static Tensor transpose(Tensor x, int a, int b) {
        int rank = x.dim();
        if (rank == 0) {
            return x.view(x.shape());
        }
        int[] dims = java.util.stream.IntStream.range(0, rank).toArray();
        int wa = Shapes.wrapDim(a, rank);
        int wb = Shapes.wrapDim(b, rank);
        dims[wa] = wb;
        dims[wb] = wa;
        return permute(x, dims);
    }

    static Tensor t(Tensor x) {
        if (x.dim() > 2) {
            throw new TensorException("t() expects a tensor with <= 2 dimensions, but self is " + x.dim() + "D");
        }
        return x.dim() < 2 ? x.view(x.shape()) : transpose(x, 0, 1);
    }

    static Tensor reverseDims(Tensor x) {
        int rank = x.dim();
        return permute(x, java.util.stream.IntStream.range(0, rank).map(i -> rank - 1 - i).toArray());
    }

    static Tensor unsqueeze(Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, x.dim() + 1);
        int stride = d < x.dim() ? x.shape()[d] * x.strides()[d] : 1;
        return reshaped(x, "unsqueeze", Shapes.insert(x.shape(), d, 1), Shapes.insert(x.strides(), d, stride),
                x.storageOffset());
    }

    static Tensor squeeze(Tensor x, int dim) {
        if (x.dim() == 0) {
            return reshaped(x, "squeeze", x.shape(), x.strides(), x.storageOffset());
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.shape()[d] != 1) {
            return reshaped(x, "squeeze", x.shape(), x.strides(), x.storageOffset());
        }
        return reshaped(x, "squeeze", Shapes.remove(x.shape(), d), Shapes.remove(x.strides(), d), x.storageOffset());
    }

    static Tensor squeezeAll(Tensor x) {
        int[] keep = java.util.stream.IntStream.range(0, x.dim()).filter(i -> x.shape()[i] != 1).toArray();
        return reshaped(x, "squeeze", Arrays.stream(keep).map(i -> x.shape()[i]).toArray(),
                Arrays.stream(keep).map(i -> x.strides()[i]).toArray(), x.storageOffset());
    }

    static Tensor expand(Tensor x, int[] sizes) {
        int lead = sizes.length - x.dim();
        if (lead < 0) {
            throw new TensorException("expand(" + x.typeName() + "{" + Shapes.format(x.shape()) + "}, size="
                    + Shapes.format(sizes) + "): the number of sizes provided (" + sizes.length + ") must be greater or "
                    + "equal to the number of dimensions in the tensor (" + x.dim() + ")");
        }
        int[] shape = new int[sizes.length];
        int[] strides = new int[sizes.length];
        for (int i = sizes.length - 1; i >= 0; i--) {
            if (i < lead) {
                if (sizes[i] < 0) {
                    throw new TensorException("The expanded size of the tensor (-1) isn't allowed in a leading, "
                            + "non-existing dimension " + i);
                }
                shape[i] = sizes[i];
                continue;
            }
            int have = x.shape()[i - lead];
            int want = sizes[i] == -1 ? have : sizes[i];
            if (have != want && have != 1) {
                throw new TensorException("The expanded size of the tensor (" + want + ") must match the existing size ("
                        + have + ") at non-singleton dimension " + i + ".  Target sizes: " + Shapes.format(sizes)
                        + ".  Tensor sizes: " + Shapes.format(x.shape()));
            }
            shape[i] = want;
            strides[i] = have == want ? x.strides()[i - lead] : 0;
        }
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        return Autograd.record(out, "expand", new Tensor[] {x}, (g, n) -> Pointwise.one(g));
    }

    static Tensor flatten(Tensor x, int start, int end) {
        if (x.dim() == 0) {
            return x.reshape(1);
        }
        int s = Shapes.wrapDim(start, x.dim());
        int e = Shapes.wrapDim(end, x.dim());
        if (s > e) {
            throw new TensorException("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        int[] shape = new int[x.dim() - (e - s)];
        int k = 0;
        for (int i = 0; i < x.dim(); i++) {
            if (i <= s || i > e) {
                shape[k++] = x.shape()[i];
            } else {
                shape[k - 1] *= x.shape()[i];
            }
        }
        return x.reshape(shape);
    }

    static Tensor slice(Tensor x, int dim, Long start, Long stop, long step) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() == 0) {
            throw new TensorException("slice() cannot be applied to a 0-dim tensor.");
        }
        if (step <= 0) {
            throw new TensorException("step must be greater than zero");
        }
        long size = x.shape()[d];
        long from = clampIndex(start == null ? 0 : start, size);
        long to = clampIndex(stop == null ? size : stop, size);
        int length = (int) Math.max(0, (to - from + step - 1) / step);
        int[] shape = x.shape();
        int[] strides = x.strides();
        shape[d] = length;
        int offset = x.storageOffset() + (int) from * strides[d];
        strides[d] *= (int) step;
        Tensor out = makeView(x, shape, strides, offset);
        int[] inShape = x.shape();
        return Autograd.record(out, "slice", new Tensor[] {x},
                (g, n) -> Pointwise.one(embed(g, inShape, z -> z.slice(d, start, stop, step))));
    }

    private static long clampIndex(long i, long size) {
        long j = i < 0 ? i + size : i;
        return Math.max(0, Math.min(size, j));
    }

    static Tensor select(Tensor x, int dim, long index) {
        if (x.dim() == 0) {
            throw new TensorException("select() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = x.shape()[d];
        if (index < -size || index >= size) {
            // x[i]'s message (Python indexing), which users meet far more often than select()'s own.
            throw new TensorException("index " + index + " is out of bounds for dimension " + d + " with size " + size);
        }
        long i = index < 0 ? index + size : index;
        int offset = x.storageOffset() + (int) i * x.strides()[d];
        Tensor out = makeView(x, Shapes.remove(x.shape(), d), Shapes.remove(x.strides(), d), offset);
        int[] inShape = x.shape();
        return Autograd.record(out, "select", new Tensor[] {x},
                (g, n) -> Pointwise.one(embed(g, inShape, z -> z.select(d, i))));
    }

    /** A zero tensor of {@code shape} with {@code g} written into the view {@code region} picks out. */
    private static Tensor embed(Tensor g, int[] shape, UnaryOperator<Tensor> region) {
        Tensor z = Tensor.zerosOn(g, g.dtype(), shape);
        Tensor.exec(z).copy(g.strided(), region.apply(z).strided());
        return z;
    }

    /** A copy on another device; the gradient goes back to the source device. */
    static Tensor transfer(Tensor x, Device device) {
        var from = x.storage().backend();
        var storage = x.dtype().isFloating()
                ? device.backend().fromDoubles(x.dtype(), from.toDoubles(x.strided()))
                : device.backend().fromLongs(x.dtype(), from.toLongs(x.strided()));
        Tensor out = new Tensor(storage, x.shape());
        Device source = x.device();
        return Autograd.record(out, "to", new Tensor[] {x}, (g, n) -> Pointwise.one(g.to(source)));
    }

    /** A contiguous copy; its gradient passes through unchanged. */
    static Tensor copy(Tensor x) {
        Tensor out = Tensor.zerosOn(x, x.dtype(), x.shape());
        Tensor.exec(out).copy(x.strided(), out.strided());
        return Autograd.record(out, "clone", new Tensor[] {x}, (g, n) -> Pointwise.one(g));
    }

    static Tensor cat(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw new TensorException("torch.cat(): expected a non-empty list of Tensors");
        }
        Tensor first = tensors.get(0);
        for (int i = 0; i < tensors.size(); i++) {
            if (tensors.get(i).dim() == 0) {
                throw new TensorException("zero-dimensional tensor (at position " + i + ") cannot be concatenated");
            }
        }
        int d = Shapes.wrapDim(dim, first.dim());
        int[] shape = first.shape();
        shape[d] = 0;
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (t.dim() != first.dim()) {
                throw new TensorException("Tensors must have same number of dimensions: got " + first.dim() + " and "
                        + t.dim());
            }
            for (int k = 0; k < shape.length; k++) {
                if (k != d && t.shape()[k] != shape[k]) {
                    throw new TensorException("Sizes of tensors must match except in dimension " + d + ". Expected size "
                            + shape[k] + " but got size " + t.shape()[k] + " for tensor number " + i + " in the list.");
                }
            }
            shape[d] += t.shape()[d];
        }
        Tensor[] in = tensors.toArray(Tensor[]::new);
        Tensor out = Tensor.zerosOn(Tensor.placeOf(in), Promotion.resultType(in), shape);
        int[] starts = new int[in.length];
        int at = 0;
        for (int i = 0; i < in.length; i++) {
            starts[i] = at;
            int len = in[i].shape()[d];
            Tensor.exec(out).copy(in[i].strided(), out.detach().slice(d, (long) at, (long) at + len, 1).strided());
            at += len;
        }
        return Autograd.record(out, "cat", in, (g, n) -> {
            Tensor[] grads = new Tensor[in.length];
            for (int i = 0; i < in.length; i++) {
                grads[i] = n[i] ? g.slice(d, (long) starts[i], (long) starts[i] + in[i].shape()[d], 1) : null;
            }
            return grads;
        });
    }

    static Tensor stack(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw new TensorException("stack expects a non-empty TensorList");
        }
        int[] shape = tensors.get(0).shape();
        for (int i = 1; i < tensors.size(); i++) {
            if (!Arrays.equals(tensors.get(i).shape(), shape)) {
                throw new TensorException("stack expects each tensor to be equal size, but got " + Shapes.format(shape)
                        + " at entry 0 and " + Shapes.format(tensors.get(i).shape()) + " at entry " + i);
            }
        }
        int d = Shapes.wrapDim(dim, shape.length + 1);
        return cat(tensors.stream().map(t -> t.unsqueeze(d)).toList(), d);
    }

    /** Sums a broadcast gradient back down to {@code shape}. */
    static Tensor sumToShape(Tensor g, int[] shape) {
        if (Arrays.equals(g.shapeRef(), shape)) {
            return g;
        }
        int lead = g.dim() - shape.length;
        int[] dims = java.util.stream.IntStream.range(0, g.dim())
                .filter(i -> i < lead || (shape[i - lead] == 1 && g.shape()[i] != 1)).toArray();
        Tensor s = dims.length == 0 ? g : g.sum(dims, true);
        return s.reshape(shape);
    }
}
