package adjoint.engine;

import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.Storage;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.List;

/**
 * An n-dimensional array of float32, float64, int64 or bool that records operations for automatic
 * differentiation, with PyTorch's semantics: views share storage, broadcasting and dtype promotion follow PyTorch,
 * and {@link #backward()} accumulates gradients into leaves.
 *
 * <pre>{@code
 * Tensor x = Tensor.scalar(1.5).requiresGrad(true);
 * Tensor f = x.sin().sub(x.sin().pow(3).mul(4)).add(x.sin().log());
 * f.backward();
 * x.grad().item(); // -0.7029469573250924 in float64
 * }</pre>
 */
public final class Tensor {
    private final Storage storage;
    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final Tensor base;
    private final boolean wrappedNumber;
    private boolean requiresGrad;
    private boolean retainsGrad;
    private Node node;
    /** For a view taken while recording: its base's history then; when the base gets a new one, so does the view. */
    private Node baseHistory;
    private final boolean followsBase;
    private Tensor grad;

    Tensor(Storage storage, int[] shape, int[] strides, int offset, Tensor base, boolean wrappedNumber) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.base = base;
        this.wrappedNumber = wrappedNumber;
        this.followsBase = base != null && NoGrad.isGradEnabled();
        this.baseHistory = base == null ? null : base.node;
    }

    Tensor(Storage storage, int[] shape) {
        this(storage, shape, Shapes.contiguousStrides(shape), 0, null, false);
    }

    // ---- creation ----------------------------------------------------------------------------------------------

    /** A tensor of {@code dtype} with the given data (row-major) and shape. */
    public static Tensor fromDoubles(DType dtype, double[] data, int... shape) {
        if (Shapes.numel(shape) != data.length) {
            throw new TensorException("shape " + Shapes.format(shape) + " is invalid for input of size " + data.length);
        }
        return new Tensor(backend().fromDoubles(dtype, data), shape.clone());
    }

    /** A tensor of {@code dtype} (int64 or bool usually) with the given data and shape. */
    public static Tensor fromLongs(DType dtype, long[] data, int... shape) {
        if (Shapes.numel(shape) != data.length) {
            throw new TensorException("shape " + Shapes.format(shape) + " is invalid for input of size " + data.length);
        }
        return new Tensor(backend().fromLongs(dtype, data), shape.clone());
    }

    /** A 1-D tensor of the default floating dtype. */
    public static Tensor of(double... data) {
        return fromDoubles(DefaultDType.get(), data.clone(), data.length);
    }

    /** A 2-D tensor of the default floating dtype from rows of equal length. */
    public static Tensor of(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new TensorException("expected sequence of length " + cols + " at dim 1 (got " + rows[i].length + ")");
            }
            System.arraycopy(rows[i], 0, data, i * cols, cols);
        }
        return fromDoubles(DefaultDType.get(), data, rows.length, cols);
    }

    /** A 0-d tensor of the default floating dtype. */
    public static Tensor scalar(double value) {
        return fromDoubles(DefaultDType.get(), new double[] {value});
    }

    /** A 0-d tensor of the given dtype. */
    public static Tensor scalar(DType dtype, double value) {
        return fromDoubles(dtype, new double[] {value});
    }

    /** A Python number taking part in an operation: it promotes like PyTorch's wrapped scalars. */
    public static Tensor number(double value) {
        return new Tensor(Device.CPU.backend().fromDoubles(DType.FLOAT64, new double[] {value}), new int[0], new int[0], 0, null, true);
    }

    /** A Python integer taking part in an operation. */
    public static Tensor number(long value) {
        return new Tensor(Device.CPU.backend().fromLongs(DType.INT64, new long[] {value}), new int[0], new int[0], 0, null, true);
    }

    /** A Python bool taking part in an operation: it promotes like PyTorch's wrapped {@code True}/{@code False}. */
    public static Tensor number(boolean value) {
        return new Tensor(Device.CPU.backend().fromLongs(DType.BOOL, new long[] {value ? 1 : 0}), new int[0], new int[0], 0, null,
                true);
    }

    /** Uniform samples in [0, 1) of the default dtype, as {@code torch.rand}. */
    public static Tensor rand(Generator g, int... shape) {
        double[] data = new double[Shapes.numel(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = g.nextDouble();
        }
        return fromDoubles(DefaultDType.get(), data, shape);
    }

    /** Standard normal samples of the default dtype, as {@code torch.randn}. */
    public static Tensor randn(Generator g, int... shape) {
        double[] data = new double[Shapes.numel(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = g.nextGaussian();
        }
        return fromDoubles(DefaultDType.get(), data, shape);
    }

    /** Uniform samples in [low, high) of the default dtype, as {@code torch.empty(...).uniform_(low, high)}. */
    public static Tensor uniform(Generator g, double low, double high, int... shape) {
        double[] data = new double[Shapes.numel(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = low + (high - low) * g.nextDouble();
        }
        return fromDoubles(DefaultDType.get(), data, shape);
    }

    static Tensor wrappedZero(DType dtype) {
        return new Tensor(Device.CPU.backend().allocate(dtype, 1), new int[0], new int[0], 0, null, true);
    }

    public static Tensor zeros(int... shape) {
        return zeros(DefaultDType.get(), shape);
    }

    public static Tensor zeros(DType dtype, int... shape) {
        return new Tensor(backend().allocate(dtype, Shapes.numel(shape)), shape.clone());
    }

    public static Tensor ones(int... shape) {
        return full(DefaultDType.get(), 1, shape);
    }

    public static Tensor ones(DType dtype, int... shape) {
        return full(dtype, 1, shape);
    }

    public static Tensor full(DType dtype, double value, int... shape) {
        Tensor t = zeros(dtype, shape);
        backend().fill(t.strided(), value);
        return t;
    }

    /** {@code 0, 1, ..., end - 1} as int64, as {@code torch.arange(end)}. */
    public static Tensor arange(long end) {
        return arange(0, end, 1);
    }

    /** As {@code torch.arange(start, end, step)} with integer arguments: int64. */
    public static Tensor arange(long start, long end, long step) {
        long n = Creation.arangeLength(start, end, step);
        long[] data = new long[(int) n];
        for (int i = 0; i < n; i++) {
            data[i] = start + i * step;
        }
        return fromLongs(DType.INT64, data, (int) n);
    }

    /** As {@code torch.arange} with floating arguments: the default floating dtype. */
    public static Tensor arange(double start, double end, double step) {
        long n = Creation.arangeLength(start, end, step);
        double[] data = new double[(int) n];
        for (int i = 0; i < n; i++) {
            data[i] = start + i * step;
        }
        return fromDoubles(DefaultDType.get(), data, (int) n);
    }

    /** The backend that creates tensors in this thread: the default device's. */
    static Backend backend() {
        return DefaultDevice.get().backend();
    }

    /** A zero tensor on the same device as {@code like}. */
    static Tensor zerosOn(Tensor like, DType dtype, int... shape) {
        return new Tensor(like.storage.backend().allocate(dtype, Shapes.numel(shape)), shape.clone());
    }

    /** As {@link #zerosOn} for a shape array the caller hands over (it must not be changed afterwards). */
    static Tensor zerosOwning(Tensor like, DType dtype, int[] shape) {
        return new Tensor(like.storage.backend().allocate(dtype, Shapes.numel(shape)), shape);
    }

    /** The backend that executes an operation writing {@code out}. */
    static Backend exec(Tensor out) {
        return out.storage.backend();
    }

    /**
     * The operand whose device an operation's result lives on: the first that is not a Python number. Operands on
     * different devices are refused, as PyTorch refuses them (Python numbers and 0-d CPU tensors may join any).
     */
    static Tensor placeOf(Tensor... operands) {
        Tensor place = null;
        for (Tensor t : operands) {
            boolean movable = t.wrappedNumber || (t.dim() == 0 && t.storage.backend() == Device.CPU.backend());
            if (place == null && !t.wrappedNumber) {
                place = t;
            } else if (place != null && !movable && t.storage.backend() != place.storage.backend()) {
                throw new TensorException("Expected all tensors to be on the same device, but found at least two "
                        + "devices, " + place.device() + " and " + t.device() + "!");
            }
        }
        return place != null ? place : operands[0];
    }

    // ---- metadata ----------------------------------------------------------------------------------------------

    public int[] shape() {
        return shape.length == 0 ? shape : shape.clone();
    }

    /** The shape array itself, for the engine's hot paths: never to be written to. */
    int[] shapeRef() {
        return shape;
    }

    public int[] strides() {
        return strides.clone();
    }

    public int storageOffset() {
        return offset;
    }

    public int dim() {
        return shape.length;
    }

    public int size(int dim) {
        return shape[Shapes.wrapDim(dim, shape.length)];
    }

    public int numel() {
        return Shapes.numel(shape);
    }

    public DType dtype() {
        return storage.dtype();
    }

    public Device device() {
        return storage.backend().device();
    }

    /** This tensor on {@code device}: itself if already there, else a copy (differentiable). */
    public Tensor to(Device device) {
        return device.backend() == storage.backend() ? this : Movement.transfer(this, device);
    }

    public boolean isContiguous() {
        return Shapes.isContiguous(shape, strides);
    }

    /** The in-place version counter, shared by every view of the same storage, as {@code Tensor._version}. */
    public int version() {
        return storage.version();
    }

    /** Whether this tensor and {@code other} are views of the same storage. */
    public boolean sharesStorageWith(Tensor other) {
        return storage == other.storage;
    }

    /** The tensor this one is a view of, or null. */
    public Tensor base() {
        return base;
    }

    boolean isWrappedNumber() {
        return wrappedNumber;
    }

    Storage storage() {
        return storage;
    }

    /** The strided window that backends read and write. */
    View strided() {
        return new View(storage, shape, strides, offset);
    }

    String typeName() {
        return switch (dtype()) {
            case FLOAT32 -> "torch.FloatTensor";
            case FLOAT64 -> "torch.DoubleTensor";
            case INT64 -> "torch.LongTensor";
            case BOOL -> "torch.BoolTensor";
        };
    }

    // ---- autograd state ----------------------------------------------------------------------------------------

    public boolean requiresGrad() {
        node();
        return requiresGrad;
    }

    /** Sets {@code requires_grad} on a leaf and returns this tensor, as {@code requires_grad_()}. */
    public Tensor requiresGrad(boolean value) {
        if (node != null && !value) {
            throw new TensorException("you can only change requires_grad flags of leaf variables. If you want to use a "
                    + "computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        }
        if (value && !dtype().isFloating()) {
            throw new TensorException("only Tensors of floating point dtype can require gradients");
        }
        requiresGrad = value;
        return this;
    }

    public boolean isLeaf() {
        return node() == null;
    }

    /** The operation that produced this tensor, or null for a leaf. */
    public GradNode gradFn() {
        return node();
    }

    /**
     * This tensor's history. A view whose base was written in place since (through another view, or itself) first
     * becomes a window onto the base's new history, as PyTorch regenerates a view's grad_fn.
     */
    Node node() {
        if (followsBase && base.node != baseHistory) {
            baseHistory = base.node;
            InPlace.followBase(base, this);
        }
        return node;
    }

    void attach(Node n) {
        node = n;
        requiresGrad = true;
    }

    /** The accumulated gradient, or null. */
    public Tensor grad() {
        return grad;
    }

    /** Replaces the gradient (null clears it), as assigning {@code .grad}. */
    public void setGrad(Tensor g) {
        if (g != null && !java.util.Arrays.equals(g.shape, shape)) {
            throw new TensorException("assigned grad has data of a different size");
        }
        grad = g;
    }

    void setGradUnchecked(Tensor g) {
        grad = g;
    }

    /** Keeps the gradient of this non-leaf after backward, as {@code retain_grad()}. */
    public Tensor retainGrad() {
        if (!requiresGrad) {
            throw new TensorException("can't retain_grad on Tensor that has requires_grad=False");
        }
        if (node != null) {
            retainsGrad = true;
        }
        return this;
    }

    public boolean retainsGrad() {
        return retainsGrad;
    }

    /** Backward from a tensor with one element. */
    public void backward() {
        Autograd.backward(this, null, false);
    }

    /** Backward with an explicit gradient of this tensor's shape. */
    public void backward(Tensor gradient) {
        Autograd.backward(this, gradient, false);
    }

    public void backward(Tensor gradient, boolean retainGraph) {
        Autograd.backward(this, gradient, retainGraph);
    }

    /**
     * Records {@code value} as the output of an operation {@code op} on {@code inputs} whose gradient is given by
     * {@code rule}, as a {@code torch.autograd.Function}. {@code value} should be computed without recording.
     */
    public static Tensor withGradient(String op, Tensor value, Tensor[] inputs, GradientRule rule) {
        return Autograd.record(value.detach(), op, inputs.clone(), rule::apply, inputs);
    }

    /** A tensor sharing this one's storage, cut from the graph. */
    public Tensor detach() {
        return new Tensor(storage, shape, strides, offset, null, wrappedNumber);
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The single element as a double. */
    public double item() {
        if (numel() != 1) {
            throw new TensorException("only one element tensors can be converted to Python scalars");
        }
        return toDoubles()[0];
    }

    /** The elements in row-major order. */
    public double[] toDoubles() {
        return storage.backend().toDoubles(strided());
    }

    public long[] toLongs() {
        return storage.backend().toLongs(strided());
    }

    @Override
    public String toString() {
        return TensorFormat.format(this);
    }

    // ---- elementwise -------------------------------------------------------------------------------------------

    public Tensor add(Tensor o) { return Pointwise.binary(BinaryOp.ADD, this, o); }
    public Tensor add(double o) { return add(number(o)); }
    public Tensor add(long o) { return add(number(o)); }
    public Tensor sub(Tensor o) { return Pointwise.binary(BinaryOp.SUB, this, o); }
    public Tensor sub(double o) { return sub(number(o)); }
    public Tensor sub(long o) { return sub(number(o)); }
    public Tensor mul(Tensor o) { return Pointwise.binary(BinaryOp.MUL, this, o); }
    public Tensor mul(double o) { return mul(number(o)); }
    public Tensor mul(long o) { return mul(number(o)); }
    public Tensor div(Tensor o) { return Pointwise.binary(BinaryOp.DIV, this, o); }
    public Tensor div(double o) { return div(number(o)); }
    public Tensor pow(Tensor o) { return Pointwise.binary(BinaryOp.POW, this, o); }
    /** {@code x ** 2.0}: a Python float exponent, so an integer tensor gives a floating result, as PyTorch. */
    public Tensor pow(double o) { return pow(number(o)); }
    /** {@code x ** 2}: a Python int exponent, so an integer tensor stays integer. */
    public Tensor pow(long o) { return pow(number(o)); }
    public Tensor maximum(Tensor o) { return Pointwise.binary(BinaryOp.MAXIMUM, this, o); }
    public Tensor minimum(Tensor o) { return neg().maximum(o.neg()).neg(); }
    public Tensor lt(Tensor o) { return Pointwise.binary(BinaryOp.LT, this, o); }
    public Tensor le(Tensor o) { return Pointwise.binary(BinaryOp.LE, this, o); }
    public Tensor gt(Tensor o) { return o.lt(this); }
    public Tensor ge(Tensor o) { return o.le(this); }
    public Tensor eq(Tensor o) { return Pointwise.binary(BinaryOp.EQ, this, o); }
    public Tensor ne(Tensor o) { return eq(o).logicalNot(); }
    public Tensor lt(double o) { return lt(number(o)); }
    public Tensor le(double o) { return le(number(o)); }
    public Tensor gt(double o) { return gt(number(o)); }
    public Tensor ge(double o) { return ge(number(o)); }
    public Tensor eq(double o) { return eq(number(o)); }
    public Tensor ne(double o) { return ne(number(o)); }
    public Tensor logicalAnd(Tensor o) { return to(DType.BOOL).mul(o.to(DType.BOOL)); }
    /** Logical negation of a bool tensor (nonzero counts as true for other dtypes). */
    public Tensor logicalNot() { return to(DType.BOOL).eq(Tensor.number(0L).to(DType.BOOL)); }

    public Tensor neg() { return Pointwise.unary(UnaryOp.NEG, this); }
    public Tensor exp() { return Pointwise.unary(UnaryOp.EXP, this); }
    public Tensor exp2() { return number(2.0).pow(this); }
    public Tensor log() { return Pointwise.unary(UnaryOp.LOG, this); }
    public Tensor log1p() { return Pointwise.unary(UnaryOp.LOG1P, this); }
    public Tensor sin() { return Pointwise.unary(UnaryOp.SIN, this); }
    public Tensor cos() { return Pointwise.unary(UnaryOp.COS, this); }
    public Tensor tan() { return sin().div(cos()); }
    public Tensor sqrt() { return Pointwise.unary(UnaryOp.SQRT, this); }
    public Tensor tanh() { return Pointwise.unary(UnaryOp.TANH, this); }
    public Tensor sigmoid() { return Pointwise.unary(UnaryOp.SIGMOID, this); }
    public Tensor erf() { return Pointwise.unary(UnaryOp.ERF, this); }
    public Tensor abs() { return Pointwise.unary(UnaryOp.ABS, this); }
    public Tensor sign() { return Pointwise.unary(UnaryOp.SIGN, this); }
    /** {@code log(1 + exp(x))} computed stably; {@code Functional.softplus} adds beta and threshold. */
    public Tensor softplus() { return Pointwise.unary(UnaryOp.SOFTPLUS, this); }
    public Tensor reciprocal() { return number(1L).div(this); }
    public Tensor relu() { return where(gt(0), this, number(0L)); }

    /** Clamps into [min, max]; either bound may be null. Gradient 1 inside and on the bounds, as PyTorch. */
    public Tensor clamp(Double min, Double max) {
        if (min == null && max == null) {
            throw new TensorException("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        Tensor r = this;
        if (min != null) {
            r = where(r.lt(min), number(min).to(dtype()), r);
        }
        if (max != null) {
            r = where(r.gt(max), number(max).to(dtype()), r);
        }
        return r;
    }

    /** {@code cond ? a : b} elementwise with broadcasting, as {@code torch.where}. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return Pointwise.where(cond, a, b);
    }

    /** A copy converted to {@code dtype} (differentiable between floating types), or this tensor if it has it. */
    public Tensor to(DType dtype) {
        return dtype == dtype() ? this : Pointwise.cast(this, dtype);
    }

    // ---- reductions --------------------------------------------------------------------------------------------

    public Tensor sum() { return Reductions.sum(this, null, false); }
    public Tensor sum(int dim) { return sum(new int[] {dim}, false); }
    public Tensor sum(int[] dims, boolean keepdim) { return Reductions.sum(this, dims, keepdim); }
    public Tensor mean() { return Reductions.mean(this, null, false); }
    public Tensor mean(int dim) { return mean(new int[] {dim}, false); }
    public Tensor mean(int[] dims, boolean keepdim) { return Reductions.mean(this, dims, keepdim); }
    /** The largest element; the gradient is shared evenly among ties, as PyTorch's {@code max()}. */
    public Tensor max() { return Reductions.amax(this, null, false); }
    /** The largest values along {@code dim}; the gradient goes to the first maximum, as PyTorch's {@code max(dim)}. */
    public Tensor max(int dim, boolean keepdim) { return Reductions.maxAlong(this, dim, keepdim); }
    public Tensor amax(int[] dims, boolean keepdim) { return Reductions.amax(this, dims, keepdim); }
    public Tensor min() { return neg().max().neg(); }
    public Tensor min(int dim, boolean keepdim) { return neg().max(dim, keepdim).neg(); }
    public Tensor argmax() { return Reductions.argmax(reshape(-1), 0, false); }
    public Tensor argmax(int dim, boolean keepdim) { return Reductions.argmax(this, dim, keepdim); }
    public Tensor argmin(int dim, boolean keepdim) { return neg().argmax(dim, keepdim); }
    /** Variance with Bessel's correction {@code correction} (1 by default in PyTorch). */
    public Tensor var(int[] dims, int correction, boolean keepdim) { return Reductions.var(this, dims, correction, keepdim); }
    public Tensor var() { return var(null, 1, false); }
    /** The 2-norm of all elements (Frobenius for matrices). */
    public Tensor norm() { return Reductions.norm(this); }
    /** The {@code p}-norm over {@code dims} (null: all of them), as {@code torch.norm(x, p, dim, keepdim)}. */
    public Tensor norm(double p, int[] dims, boolean keepdim) { return Reductions.norm(this, p, dims, keepdim); }
    /** The smallest values over {@code dims} (null: all); the gradient is shared evenly among ties, as {@code amin}. */
    public Tensor amin(int[] dims, boolean keepdim) { return neg().amax(dims, keepdim).neg(); }

    // ---- shape and views ---------------------------------------------------------------------------------------

    public Tensor view(int... newShape) { return Movement.view(this, newShape); }
    public Tensor reshape(int... newShape) { return Movement.reshape(this, newShape); }
    public Tensor permute(int... dims) { return Movement.permute(this, dims); }
    public Tensor transpose(int a, int b) { return Movement.transpose(this, a, b); }
    /** Transpose of a tensor with at most 2 dimensions, as {@code t()}. */
    public Tensor t() { return Movement.t(this); }
    /** All dimensions reversed, as {@code .T}. */
    public Tensor T() { return Movement.reverseDims(this); }
    public Tensor unsqueeze(int dim) { return Movement.unsqueeze(this, dim); }
    public Tensor squeeze(int dim) { return Movement.squeeze(this, dim); }
    public Tensor squeeze() { return Movement.squeezeAll(this); }
    public Tensor expand(int... sizes) { return Movement.expand(this, sizes); }
    public Tensor flatten(int startDim, int endDim) { return Movement.flatten(this, startDim, endDim); }
    /** A copy with its own storage; its gradient passes through, as {@code clone()}. */
    @Override
    public Tensor clone() { return Movement.copy(this); }
    public Tensor contiguous() { return isContiguous() ? this : Movement.copy(this); }
    /** A view of elements {@code start, start+step, ...} below {@code stop} along {@code dim}; bounds clamp as in Python. */
    public Tensor slice(int dim, Long start, Long stop, long step) { return Movement.slice(this, dim, start, stop, step); }
    /** The view at {@code index} along {@code dim}, dropping that dimension. */
    public Tensor select(int dim, long index) { return Movement.select(this, dim, index); }
    public static Tensor cat(List<Tensor> tensors, int dim) { return Movement.cat(tensors, dim); }
    public static Tensor stack(List<Tensor> tensors, int dim) { return Movement.stack(tensors, dim); }

    Tensor contiguousCopy() {
        return Movement.copy(this).detach();
    }

    // ---- linear algebra and indexing ---------------------------------------------------------------------------

    /** Matrix product with PyTorch's rules for 1-D operands and broadcast batch dimensions. */
    public Tensor matmul(Tensor o) { return Linalg.matmul(this, o); }
    public Tensor dot(Tensor o) { return Linalg.dot(this, o); }
    /** Values at {@code index} along {@code dim}, as {@code torch.gather}. */
    public Tensor gather(int dim, Tensor index) { return Indexing.gather(this, dim, index); }
    /** Rows (or slices along {@code dim}) picked by a 1-D int64 index, as {@code index_select}. */
    public Tensor indexSelect(int dim, Tensor index) { return Indexing.indexSelect(this, dim, index); }

    // ---- in place ----------------------------------------------------------------------------------------------

    public Tensor add_(Tensor o) { return InPlace.binary(this, BinaryOp.ADD, "add_", o); }
    public Tensor add_(double o) { return add_(number(o)); }
    public Tensor add_(long o) { return add_(number(o)); }
    public Tensor sub_(Tensor o) { return InPlace.binary(this, BinaryOp.SUB, "sub_", o); }
    public Tensor sub_(double o) { return sub_(number(o)); }
    public Tensor sub_(long o) { return sub_(number(o)); }
    public Tensor mul_(Tensor o) { return InPlace.binary(this, BinaryOp.MUL, "mul_", o); }
    public Tensor mul_(double o) { return mul_(number(o)); }
    public Tensor mul_(long o) { return mul_(number(o)); }
    public Tensor div_(Tensor o) { return InPlace.binary(this, BinaryOp.DIV, "div_", o); }
    public Tensor div_(double o) { return div_(number(o)); }
    public Tensor fill_(double v) { return InPlace.apply(this, "fill_", t -> full(dtype(), v, shape)); }
    public Tensor zero_() { return fill_(0); }
    public Tensor copy_(Tensor src) { return InPlace.apply(this, "copy_", t -> src.to(dtype()).expand(shape)); }
}
