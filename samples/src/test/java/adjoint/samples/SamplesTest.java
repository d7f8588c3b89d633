package adjoint.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.app.document.Document;
import adjoint.app.document.DocumentStore;
import adjoint.app.document.SampleCatalog;
import adjoint.engine.DType;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.symbolic.AnswerCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sample opens as the Samples menu opens it and gives the answer its seed states (float64). */
class SamplesTest {
    private static final Path FOLDER = Path.of("").toAbsolutePath();
    private static final double TIGHT = 1e-12;

    @Test
    void midtermQ8GivesTheExamsValueGradientAndAdjoints() throws Exception {
        Sample s = open("midterm-q8.adjoint");
        assertThat(s.doc.graph().nodes()).hasSize(6);
        assertThat(s.doc.graph().examLabels().values()).containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
        assertThat(s.doc.graph().formula(s.id("w6"), s.doc.labels())).isEqualTo("w2 - w4 + w5");
        assertThat(s.value("w6")).isCloseTo(-2.975028247064802, within(TIGHT));
        assertThat(s.grad("w1")).isCloseTo(-0.7029469573250924, within(TIGHT));
        assertThat(s.grad("w6")).isEqualTo(1.0);
        assertThat(s.grad("w5")).isEqualTo(1.0);
        assertThat(s.grad("w4")).isEqualTo(-1.0);
        assertThat(s.grad("w3")).isEqualTo(-4.0);
        assertThat(s.grad("w2")).isCloseTo(-9.937443675355947, within(TIGHT));
        double w2 = Math.sin(1.5);
        assertThat(s.grad("w2")).isCloseTo(1 - 12 * w2 * w2 + 1 / w2, within(TIGHT));
    }

    @Test
    void tutorialLinearRegressionGivesTheClosedFormGradient() throws Exception {
        for (String file : new String[] {"tutorial-linear-regression.adjoint", "tutorial-mse-loss.adjoint"}) {
            Sample s = open(file);
            assertThat(s.value("loss")).as(file).isCloseTo(2084.0, within(1e-9));
            assertThat(s.grads("w")).as(file).containsExactly(new double[] {740, 880, 1020}, within(1e-9));
        }
    }

    @Test
    void tutorialLinearRegressionsGradientIsTwiceXTransposeTimesTheResidualSymbolically() throws Exception {
        for (String file : new String[] {"tutorial-linear-regression.adjoint", "tutorial-mse-loss.adjoint"}) {
            AnswerCheck check = AnswerCheck.of(open(file).doc.graph());
            assertRight(check, "grad(w)", "2*(X.T @ X @ w - X.T @ y)");
            assertRight(check, "grad(w)", "2*X.T @ (X @ w - y)");
            assertThat(check.judge("grad(w)", "X.T @ X @ w - X.T @ y").correct()).as(file).isFalse();
            assertThat(check.derivatives().evaluate(check.reveal("grad(w)"), check.evaluation()).toDoubles()).as(file)
                    .containsExactly(new double[] {740, 880, 1020}, within(1e-9));
        }
    }

    @Test
    void midtermQ8sAdjointsAreTheExamsFormulas() throws Exception {
        AnswerCheck check = AnswerCheck.of(open("midterm-q8.adjoint").doc.graph());
        assertRight(check, "grad(w2)", "1 - 12*w2**2 + 1/w2");
        assertRight(check, "grad(x)", "cos(x)*(1 - 12*sin(x)**2 + 1/sin(x))");
        assertThat(check.reveal("grad(w2)").text()).isEqualTo("1 - 12*w2**2 + 1/w2");
    }

    @Test
    void labQ1GivesTheGradientSevenAtTwo() throws Exception {
        Sample s = open("lab-q1.adj");
        var grad = s.ev.result(s.id("x")).grad();
        assertThat(grad.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(grad.dim()).isZero();
        assertThat(grad.item()).isEqualTo(7.0);
        assertThat(s.value("f")).isEqualTo(18.0);
        AnswerCheck check = AnswerCheck.of(s.doc.graph());
        assertThat(check.reveal("grad(x)").text()).isEqualTo("3 + 2*x");
        assertRight(check, "grad(x)", "2*x + 3");
        assertRight(check, "grad(x)", "7");
        assertThat(check.judge("grad(x)", "2*x").correct()).isFalse();
    }

    @Test
    void practiceQ4GivesThreeForEveryElement() throws Exception {
        Sample s = open("practice-q4.adj");
        assertThat(s.value("L")).isEqualTo(39.0);
        assertThat(s.grads("x")).containsExactly(3, 3, 3);
        AnswerCheck check = AnswerCheck.of(s.doc.graph());
        assertRight(check, "grad(x)", "[3, 3, 3]");
        assertRight(check, "grad(x)", "3*ones(3)");
        assertThat(check.judge("grad(x)", "3*x").correct()).isFalse();
    }

    @Test
    void midtermQ3sGradientOfXTransposeXIsTwoX() throws Exception {
        Sample s = open("midterm-q3.adj");
        assertThat(s.value("f")).isEqualTo(5.25);
        assertThat(s.grads("x")).containsExactly(2, -4, 1);
        AnswerCheck check = AnswerCheck.of(s.doc.graph());
        assertRight(check, "grad(x)", "2*x");
        assertRight(check, "grad(x)", "x + x");
        assertThat(check.judge("grad(x)", "x").correct()).isFalse();
        assertThat(check.judge("grad(x)", "2").correct()).isFalse();
    }

    @Test
    void labQ2AndQ3GiveTheLabsOutputsAndXAsTheGradientOfW() throws Exception {
        Sample q2 = open("lab-q2.adj");
        assertThat(q2.value("output")).isCloseTo(-3.7311, within(1e-4));
        assertThat(q2.grads("w")).containsExactly(1, 2, 3, 4, 5);
        assertRight(AnswerCheck.of(q2.doc.graph()), "grad(w)", "x");
        Sample q3 = open("lab-q3.adj");
        assertThat(q3.values("G")).containsExactly(new double[] {2.5410, 1.4131, -3.5364, 6.2737, -0.4226}, within(5e-4));
        assertThat(q3.grads("w")).containsExactly(1, 2, 3, 4, 5);
        assertThat(AnswerCheck.of(q3.doc.graph()).judge("grad(w)", "ones(5)").correct()).isFalse();
    }

    @Test
    void labQ4GivesTheLabsGradientsOfTheMeanSquaredError() throws Exception {
        Sample s = open("lab-q4.adj");
        assertThat(s.value("loss")).isCloseTo(453.1766, within(1e-4));
        assertThat(s.grads("bias")).containsExactly(new double[] {-42.5759}, within(5e-4));
        assertThat(s.grads("weights")).containsExactly(new double[] {-85.1518, -127.7277, -170.3036, -212.8795, -255.4553,
            -298.0312, -340.6071, -383.1830, -425.7589, -468.3348}, within(5e-4));
        AnswerCheck check = AnswerCheck.of(s.doc.graph());
        assertRight(check, "grad(bias)", "2*(prediction - target)");
        assertRight(check, "grad(weights)", "2*(prediction - target)*data");
        assertThat(check.judge("grad(weights)", "(prediction - target)*data").correct()).isFalse();
    }

    @Test
    void homework3sCrossEntropyIsMinusTheNaturalLogOfTheRightClass() throws Exception {
        Sample ce = open("hw3-p1-cross-entropy.adj");
        assertThat(ce.value("CE")).isCloseTo(-Math.log(0.4), within(1e-7)).isCloseTo(0.9163, within(1e-4));
        assertThat(ce.grads("yhat")).containsExactly(new double[] {0, 0, 0, -2.5, 0, 0, 0, 0, 0, 0}, within(1e-6));
        Sample both = open("hw3-p1-mse-vs-ce.adj");
        assertThat(both.grad("yhat_mse")).isCloseTo(-0.2, within(1e-7));
        assertThat(both.grad("yhat_ce")).isCloseTo(-1 / 0.9, within(1e-7));
    }

    @Test
    void practiceQ1ASoftmaxBeforeCrossEntropyHalvesTheSignalAndTheLogUndoesIt() throws Exception {
        Sample s = open("practice-q1-softmax-ce.adj"); // PyTorch's values, float64
        assertThat(s.value("right")).isCloseTo(0.41703001627783354, within(TIGHT));
        assertThat(s.value("twice")).isCloseTo(0.8021208912128679, within(TIGHT));
        assertThat(s.value("undone")).isCloseTo(0.4170300011033529, within(TIGHT));
        assertThat(s.grads("z_ce")).containsExactly(new double[] {-0.3409988611140321, 0.2424329707047139,
            0.0985658904093182}, within(TIGHT));
        assertThat(s.grads("z_twice")).containsExactly(new double[] {-0.18781772864239926, 0.13630473906144966,
            0.05151298958094961}, within(TIGHT));
    }

    @Test
    void practiceQ3EmbeddingHasShapeOneSixSevenAndCountsEachIndex() throws Exception {
        Sample s = open("practice-q3-embedding.adj");
        assertThat(s.ev.result(s.id("out")).value().shape()).containsExactly(1, 6, 7);
        double[] grad = s.grads("table");
        double[] rows = new double[5];
        for (int r = 0; r < 5; r++) {
            rows[r] = grad[7 * r];
            assertThat(java.util.Arrays.copyOfRange(grad, 7 * r, 7 * r + 7)).containsOnly(rows[r]);
        }
        assertThat(rows).containsExactly(1, 3, 1, 0, 1);
    }

    private static void assertRight(AnswerCheck check, String target, String answer) {
        AnswerCheck.Verdict v = check.judge(target, answer);
        assertThat(v.correct()).as("%s = %s: %s", target, answer, v.hint()).isTrue();
    }

    @Test
    void tutorialCrossEntropyIsAboveZeroForTheRightClass() throws Exception {
        // PyTorch's values (shared/golden, seed-tutorial-cross-entropy-label1): log_softmax rounds a little
        // differently from the exact log1p(exp(-18)), and we match PyTorch, not the closed form.
        Sample s = open("tutorial-cross-entropy.adjoint");
        assertThat(s.value("loss")).isCloseTo(1.522997960583303e-08, within(1e-17)).isPositive();
        assertThat(s.grads("w")).containsExactly(new double[] {1.522997951276036e-08, 3.045995902552072e-08,
            4.568993853828108e-08, -1.5229979499764568e-08, -3.0459958999529135e-08, -4.56899384992937e-08},
                within(1e-17));
    }

    @Test
    void midtermQ4MarginIsOneAtTheSupportVectors() throws Exception {
        Sample s = open("midterm-q4-svm.adjoint");
        assertThat(s.value("loss")).isCloseTo(1.0, within(TIGHT));
        assertThat(s.grads("w")).containsExactly(new double[] {-1, 1}, within(TIGHT));
        assertThat(s.grad("b")).isCloseTo(0.0, within(TIGHT));
        double[] margin = s.values("margin");
        int[] support = {1, 3, 5, 6, 7, 11};
        for (int i : support) {
            assertThat(margin[i]).as("point %d", i).isEqualTo(1.0);
        }
        assertThat(Stream.of(0, 2, 4, 8, 9, 10).mapToDouble(i -> margin[i])).allMatch(m -> m > 1);
    }

    @Test
    void midtermQ5ClassifierMatchesTheImplication() throws Exception {
        Sample s = open("midterm-q5-implication.adjoint");
        assertThat(s.values("s")).containsExactly(1, 3, -1, 1);
        assertThat(s.values("h")).containsExactly(1, 1, -1, 1);
    }

    @Test
    void midtermProgramsOpenAsGraphs() throws Exception {
        Sample q2 = open("midterm-q2.adj");
        double f = Math.log(36);
        assertThat(q2.value("loss")).isCloseTo((3 - f) * (3 - f), within(TIGHT));
        assertThat(q2.grad("x")).isCloseTo(2 * (f - 3) * 2 / 6.0, within(TIGHT));
        Sample q6 = open("midterm-q6.adj");
        assertThat(q6.value("f")).isEqualTo(0.0);
        assertThat(q6.grad("x")).isEqualTo(-1.0);
        assertThat(q6.grad("y")).isEqualTo(-1.0);
    }

    @Test
    void indexListsEveryDocumentInTheFolderAndEachOpens() throws Exception {
        SampleCatalog catalog = SampleCatalog.fromFolder(FOLDER);
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(catalog.samples().stream().map(SampleCatalog.Sample::file))
                    .containsExactlyInAnyOrderElementsOf(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".adjoint") || n.endsWith(".adj")).toList());
        }
        for (SampleCatalog.Sample sample : catalog.samples()) {
            Document d = catalog.open(sample);
            assertThat(d.positions().keySet()).as(sample.file()).hasSameSizeAs(d.graph().nodes());
            assertThat(sample.title()).isNotBlank();
            GraphEvaluation ev = evaluate(d);
            assertThat(ev.results().values()).as(sample.file()).noneMatch(NodeResult::failed);
        }
    }

    @Test
    void savedSamplesAreWhatASaveWritesToday() throws Exception {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adjoint")).toList()) {
                assertThat(DocumentStore.toJson(DocumentStore.open(f))).as(f.toString()).isEqualTo(Files.readString(f));
            }
        }
    }

    private static GraphEvaluation evaluate(Document d) {
        return GraphEvaluator.evaluate(d.graph(), d.view().dtype(), d.output(), Map.of());
    }

    private static Sample open(String file) throws Exception {
        Document d = DocumentStore.open(FOLDER.resolve(file));
        return new Sample(d, evaluate(d));
    }

    private record Sample(Document doc, GraphEvaluation ev) {
        String id(String label) {
            return doc.labels().entrySet().stream().filter(e -> e.getValue().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no node " + label)).getKey();
        }

        double value(String label) {
            return ev.result(id(label)).value().item();
        }

        double[] values(String label) {
            return ev.result(id(label)).value().toDoubles();
        }

        double grad(String label) {
            return ev.result(id(label)).grad().item();
        }

        double[] grads(String label) {
            return ev.result(id(label)).grad().toDoubles();
        }
    }
}
