package adjoint.engine;

/** The gather primitive (its gradient is a scatter-add) and index_select built on it. */
final class Indexing {
    private Indexing() {
    }

    static Tensor gather(Tensor x, int dim, Tensor index) {
        if (index.dtype() != DType.INT64) {
            throw new TensorException("gather(): Expected dtype int64 for index");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.dim() != x.dim()) {
            throw new TensorException("Index tensor must have the same number of dimensions as input tensor");
        }
        if (x.dim() == 0) {
            return gather(x.reshape(1), 0, index.reshape(1)).reshape();
        }
        for (int i = 0; i < x.dim(); i++) {
            if (i != d && index.shape()[i] > x.shape()[i]) {
                throw new TensorException("Size does not match at dimension " + i + " expected index "
                        + Shapes.format(index.shape()) + " to be smaller than self " + Shapes.format(x.shape())
                        + " apart from dimension " + d);
            }
        }
        Tensor out = Tensor.zerosOn(x, x.dtype(), index.shape());
        Tensor.exec(out).gather(x.strided(), d, index.strided(), out.strided());
        int[] inShape = x.shape();
        return Autograd.record(out, "gather", new Tensor[] {x, index}, (g, n) -> {
            Tensor z = Tensor.zerosOn(g, g.dtype(), inShape);
            Tensor.exec(z).scatterAdd(z.strided(), d, index.strided(), g.strided());
            return new Tensor[] {z, null};
        }, index);
    }

    static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        if (index.dim() > 1 || index.dtype() != DType.INT64) {
            throw new TensorException("index_select(): Index is supposed to be a vector of int64");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = x.dim() == 0 ? 1 : x.shape()[d];
        for (long i : index.toLongs()) {
            if (i < 0 || i >= size) {
                throw new TensorException("index out of range in self");
            }
        }
        int[] shape = x.shape();
        shape[d] = index.numel();
        int[] lined = new int[x.dim()];
        java.util.Arrays.fill(lined, 1);
        lined[d] = index.numel();
        return gather(x, d, index.reshape(lined).expand(shape));
    }
}
