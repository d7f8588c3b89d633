package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A tensor prints as PyTorch 1.13 prints it; each expected string was printed by torch under default dtype float32. */
class TensorFormatTest {

    private static Arguments printed(Supplier<Tensor> tensor, String torch) {
        return Arguments.of(tensor, torch);
    }

    static Stream<Arguments> printedByTorch() {
        return Stream.of(
                printed(() -> Tensor.of(1.5, 2.0),
                        "tensor([1.5000, 2.0000])"),
                printed(() -> Tensor.of(1.0, 2.0),
                        "tensor([1., 2.])"),
                printed(() -> Tensor.fromDoubles(DType.FLOAT64, new double[] {1.5, -2.0}, 2),
                        "tensor([ 1.5000, -2.0000], dtype=torch.float64)"),
                printed(() -> Tensor.scalar(1.5),
                        "tensor(1.5000)"),
                printed(() -> Tensor.scalar(2.0),
                        "tensor(2.)"),
                printed(() -> Tensor.fromLongs(DType.INT64, new long[] {1, 22, -3}, 3),
                        "tensor([ 1, 22, -3])"),
                printed(() -> Tensor.fromLongs(DType.BOOL, new long[] {1, 0}, 2),
                        "tensor([ True, False])"),
                printed(() -> Tensor.of(new double[][] {{1.5, 2.0}, {3.0, 4.25}}),
                        "tensor([[1.5000, 2.0000],\n"
                        + "        [3.0000, 4.2500]])"),
                printed(() -> Tensor.of(1e-5, 1.0),
                        "tensor([1.0000e-05, 1.0000e+00])"),
                printed(() -> Tensor.of(1e9, 1.0),
                        "tensor([1.0000e+09, 1.0000e+00])"),
                printed(() -> Tensor.of(Double.NaN, Double.POSITIVE_INFINITY, 1.0),
                        "tensor([nan, inf, 1.])"),
                printed(() -> Tensor.of(Double.NaN, 1.5),
                        "tensor([   nan, 1.5000])"),
                printed(() -> Tensor.of(0.0, 0.0),
                        "tensor([0., 0.])"),
                printed(() -> Tensor.fromDoubles(DType.FLOAT64, new double[] {0.125, 2.675, -0.00001}, 3),
                        "tensor([ 1.2500e-01,  2.6750e+00, -1.0000e-05], dtype=torch.float64)"),
                printed(() -> Tensor.fromDoubles(DType.FLOAT64, new double[] {0.00015, 0.5}, 2),
                        "tensor([1.5000e-04, 5.0000e-01], dtype=torch.float64)"),
                printed(() -> Tensor.zeros(2, 0),
                        "tensor([], size=(2, 0))"),
                printed(() -> Tensor.zeros(0),
                        "tensor([])"),
                printed(() -> Tensor.zeros(DType.INT64, 0),
                        "tensor([], dtype=torch.int64)"),
                printed(() -> Tensor.arange(0.0, 30.0, 1.0),
                        "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n"
                        + "        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n"
                        + "        28., 29.])"),
                printed(() -> Tensor.arange(2000),
                        "tensor([   0,    1,    2,  ..., 1997, 1998, 1999])"),
                printed(() -> Tensor.arange(0.0, 24.0, 1.0).view(2, 3, 4),
                        "tensor([[[ 0.,  1.,  2.,  3.],\n"
                        + "         [ 4.,  5.,  6.,  7.],\n"
                        + "         [ 8.,  9., 10., 11.]],\n"
                        + "\n"
                        + "        [[12., 13., 14., 15.],\n"
                        + "         [16., 17., 18., 19.],\n"
                        + "         [20., 21., 22., 23.]]])"),
                printed(() -> Tensor.of(1.5, 2.0).requiresGrad(true),
                        "tensor([1.5000, 2.0000], requires_grad=True)"),
                printed(() -> Tensor.of(1.5, 2.0).requiresGrad(true).mul(2L),
                        "tensor([3., 4.], grad_fn=<MulBackward0>)"),
                printed(() -> Tensor.of(-0.0, 1.0),
                        "tensor([-0., 1.])"),
                printed(() -> Tensor.of(123456.0, 1.5),
                        "tensor([1.2346e+05, 1.5000e+00])"),
                printed(() -> Tensor.arange(0.0, 5000.0, 1.0).view(50, 100),
                        "tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 9.7000e+01, 9.8000e+01,\n"
                        + "         9.9000e+01],\n"
                        + "        [1.0000e+02, 1.0100e+02, 1.0200e+02,  ..., 1.9700e+02, 1.9800e+02,\n"
                        + "         1.9900e+02],\n"
                        + "        [2.0000e+02, 2.0100e+02, 2.0200e+02,  ..., 2.9700e+02, 2.9800e+02,\n"
                        + "         2.9900e+02],\n"
                        + "        ...,\n"
                        + "        [4.7000e+03, 4.7010e+03, 4.7020e+03,  ..., 4.7970e+03, 4.7980e+03,\n"
                        + "         4.7990e+03],\n"
                        + "        [4.8000e+03, 4.8010e+03, 4.8020e+03,  ..., 4.8970e+03, 4.8980e+03,\n"
                        + "         4.8990e+03],\n"
                        + "        [4.9000e+03, 4.9010e+03, 4.9020e+03,  ..., 4.9970e+03, 4.9980e+03,\n"
                        + "         4.9990e+03]])"),
                printed(() -> Tensor.scalar(Double.NaN),
                        "tensor(nan)"),
                printed(() -> Tensor.fromLongs(DType.BOOL, new long[] {1, 0}, 2, 1),
                        "tensor([[ True],\n"
                        + "        [False]])"),
                printed(() -> Tensor.arange(0.0, 1200.0, 1.0).view(2, 600).div(7L),
                        "tensor([[0.0000e+00, 1.4286e-01, 2.8571e-01,  ..., 8.5286e+01, 8.5429e+01,\n"
                        + "         8.5571e+01],\n"
                        + "        [8.5714e+01, 8.5857e+01, 8.6000e+01,  ..., 1.7100e+02, 1.7114e+02,\n"
                        + "         1.7129e+02]])"),
                printed(() -> Tensor.arange(0.0, 40.0, 1.0).view(2, 20).to(DType.FLOAT64).requiresGrad(true).exp(),
                        "tensor([[1.0000e+00, 2.7183e+00, 7.3891e+00, 2.0086e+01, 5.4598e+01, 1.4841e+02,\n"
                        + "         4.0343e+02, 1.0966e+03, 2.9810e+03, 8.1031e+03, 2.2026e+04, 5.9874e+04,\n"
                        + "         1.6275e+05, 4.4241e+05, 1.2026e+06, 3.2690e+06, 8.8861e+06, 2.4155e+07,\n"
                        + "         6.5660e+07, 1.7848e+08],\n"
                        + "        [4.8517e+08, 1.3188e+09, 3.5849e+09, 9.7448e+09, 2.6489e+10, 7.2005e+10,\n"
                        + "         1.9573e+11, 5.3205e+11, 1.4463e+12, 3.9313e+12, 1.0686e+13, 2.9049e+13,\n"
                        + "         7.8963e+13, 2.1464e+14, 5.8346e+14, 1.5860e+15, 4.3112e+15, 1.1719e+16,\n"
                        + "         3.1856e+16, 8.6593e+16]], dtype=torch.float64, grad_fn=<ExpBackward0>)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("printedByTorch")
    void printsAsPyTorchPrints(Supplier<Tensor> tensor, String torch) {
        try (var scope = DefaultDType.use(DType.FLOAT32)) {
            assertThat(tensor.get().toString()).isEqualTo(torch);
        }
    }
}
