package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(Vocabulary.distance("sin", "sin")).isZero();
        assertThat(Vocabulary.distance("sinn", "sin")).isEqualTo(1);
        assertThat(Vocabulary.distance("son", "sin")).isEqualTo(1);
        assertThat(Vocabulary.distance("snI", "sin")).isEqualTo(2);
        assertThat(Vocabulary.distance("tnah", "tanh")).isEqualTo(1);
        assertThat(Vocabulary.distance("ca", "abc")).isEqualTo(2);
        assertThat(Vocabulary.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void didYouMeanSuggestsTheClosestKnownName() {
        assertThat(Vocabulary.didYouMean("sinn", Vocabulary.FUNCTIONS)).contains("sin");
        assertThat(Vocabulary.didYouMean("sigmod", Vocabulary.FUNCTIONS)).contains("sigmoid");
        assertThat(Vocabulary.didYouMean("sofmtax", Vocabulary.FUNCTIONS)).contains("softmax");
        assertThat(Vocabulary.didYouMean("unsqeeze", Vocabulary.METHODS)).contains("unsqueeze");
    }

    @Test
    void shortNamesOnlyGetASuggestionOneEditAway() {
        assertThat(Vocabulary.didYouMean("cso", List.of("cos"))).contains("cos");
        assertThat(Vocabulary.didYouMean("sn", List.of("sin"))).contains("sin");
        assertThat(Vocabulary.didYouMean("abc", List.of("xyc"))).isEmpty();
    }

    @Test
    void aCompleteReplacementIsNoSuggestion() {
        assertThat(Vocabulary.didYouMean("x", List.of("e", "pi"))).isEmpty();
        assertThat(Vocabulary.didYouMean("frobnicate", Vocabulary.FUNCTIONS)).isEmpty();
    }

    @Test
    void tiesGoToTheLongestSharedPrefixThenTheAlphabeticallyFirst() {
        assertThat(Vocabulary.didYouMean("mxa", List.of("min", "max", "mean"))).contains("max");
        assertThat(Vocabulary.didYouMean("mon", List.of("min", "mon2", "man"))).contains("mon2");
        assertThat(Vocabulary.didYouMean("sinn", List.of("sign", "sin"))).contains("sin");
        assertThat(Vocabulary.didYouMean("xyz", List.of("xbz", "xaz"))).contains("xaz");
    }

    @Test
    void hintIsReadyToAppendToAMessage() {
        assertThat(Vocabulary.hint("sinn", Vocabulary.FUNCTIONS)).isEqualTo(" (did you mean 'sin'?)");
        assertThat(Vocabulary.hint("zzzzzz", Vocabulary.FUNCTIONS)).isEmpty();
    }

    @Test
    void theSpecsFunctionsAndMethodsAreKnown() {
        assertThat(Vocabulary.FUNCTIONS).contains("sin", "log_softmax", "binary_cross_entropy_with_logits",
                "embedding", "tensor", "transpose", "ne");
        assertThat(Vocabulary.METHODS).contains("t", "view", "add_", "zero_", "numel").doesNotContain("T");
        assertThat(Vocabulary.ATTRIBUTES).contains("T", "shape", "grad");
        assertThat(Vocabulary.CONSTANTS).contains("pi", "e");
    }
}
