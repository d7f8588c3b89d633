package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EmbeddingTest {

    @Test
    void lookupAndGradientAccumulationOverRepeatedIndicesMatchPyTorch() {
        JsonNode c = NnOracle.nnCase("embedding_5_3");
        NnOracle.checkForwardBackward(Embedding.of(NnOracle.tensor(c.get("params").get("weight"))), c);
    }

    @Test
    void thePaddingRowGetsNoGradientAsInPyTorch() {
        JsonNode c = NnOracle.nnCase("embedding_5_3_padding_idx0");
        Embedding emb = Embedding.of(NnOracle.tensor(c.get("params").get("weight")), 0);
        assertThat(emb.paddingIdx()).isZero();
        NnOracle.checkForwardBackward(emb, c);
    }

    @Test
    void initIsStandardNormalAndReproducible() {
        Embedding a = new Embedding(100, 50, new Generator(5));
        double[] w = a.weight().toDoubles();
        double mean = Arrays.stream(w).average().orElseThrow();
        double var = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum() / (w.length - 1);
        assertThat(Math.abs(mean)).isLessThan(0.05);
        assertThat(Math.sqrt(var)).isBetween(0.95, 1.05);
        assertThat(new Embedding(100, 50, new Generator(5)).weight().toDoubles()).containsExactly(w);
        assertThat(a.weight().requiresGrad()).isTrue();
        assertThat(a.numEmbeddings()).isEqualTo(100);
        assertThat(a.embeddingDim()).isEqualTo(50);
    }

    @Test
    void aNewTableStartsWithAZeroPaddingRowCountedFromTheEnd() {
        Embedding emb = new Embedding(4, 3, -1, new Generator(0));
        assertThat(emb.paddingIdx()).isEqualTo(3);
        assertThat(emb.weight().select(0, 3).toDoubles()).containsExactly(0, 0, 0);
        assertThat(emb.weight().select(0, 2).toDoubles()).isNotEqualTo(new double[] {0, 0, 0});
        assertThat(emb).hasToString("Embedding(4, 3, padding_idx=3)");
        assertThatThrownBy(() -> new Embedding(4, 3, 4, new Generator(0)))
                .hasMessage("Padding_idx must be within num_embeddings");
    }

    @Test
    void outOfRangeIndicesAreRefused() {
        Embedding emb = new Embedding(3, 2, new Generator(0));
        assertThatThrownBy(() -> emb.forward(Tensor.fromLongs(DType.INT64, new long[] {3}, 1)))
                .hasMessage("index out of range in self");
    }
}
