package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PointsCsvTest {

    @Test
    void writingThenReadingGivesTheSamePoints() {
        PointSet blobs = Datasets.named("blobs");

        assertThat(PointsCsv.read(PointsCsv.write(blobs))).isEqualTo(blobs);
        assertThat(PointsCsv.write(Datasets.implication())).isEqualTo("x1,x2,label\n1,1,1\n-1,1,1\n1,-1,-1\n-1,-1,1\n");
    }

    @Test
    void readsColumnsInAnyOrderCommentsBlankLinesAndNoHeader() {
        PointSet s = PointsCsv.read("# Q5\r\nlabel, x2, x1\r\n\r\n+1, 3, 2\r\n-1.0, 2, 3\r\n");
        assertThat(s.points()).containsExactly(new LabeledPoint(2, 3, 1), new LabeledPoint(3, 2, -1));

        assertThat(PointsCsv.read("2,3,1\n3,2,-1").size()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "x1,x2,label\\n2,3,1\\n3,2,0 | line 3: the label must be +1 or -1, not 0",
        "x1,x2,label\\n2,3 | line 2: expected 3 values (x1,x2,label), found 2",
        "x1,x2,label\\n2,abc,1 | line 2: x2 is not a number: 'abc'",
        "x1,x2,label\\n,3,1 | line 2: x1 is not a number: empty",
        "x1,x2,label\\n2,nan,1 | line 2: x2 must be a finite number, not nan",
        "x,y,class\\n2,3,1 | line 1: expected the columns x1,x2,label, found x,y,class",
        "x1,x2,label\\n\\n | no points: expected lines of x1,x2,label",
        "x1,x2,label\\n1,2,1\\n\\n# two\\n1,2,yes | line 5: the label must be +1 or -1, not yes"})
    void badCsvIsRefusedWithTheLine(String text, String message) {
        assertThatThrownBy(() -> PointsCsv.read(text.replace("\\n", "\n")))
                .isInstanceOf(PointsCsv.Malformed.class).hasMessage(message);
    }
}
