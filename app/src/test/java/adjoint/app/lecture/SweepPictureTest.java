package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.app.render.GraphTheme;
import adjoint.app.render.ImageSurface;
import adjoint.engine.graph.ExprGraph;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SweepPictureTest {
    private final Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
    private final SweepPicture picture = new SweepPicture(q8, GraphTheme.LIGHT);

    private BufferedImage frame(double position) {
        double[] box = picture.bounds();
        ImageSurface s = new ImageSurface(box[2] - box[0], box[3] - box[1], 1, box[0], box[1],
                GraphTheme.LIGHT.background());
        picture.paint(s, position);
        return s.finish();
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aFrameIsAPureFunctionOfThePositionAndNotOfTheTimeline() {
        BufferedImage half = frame(10.5);
        q8.timeline().seek(3);
        assertThat(differing(half, frame(10.5))).isZero();
        assertThat(q8.timeline().position()).as("painting does not move the timeline").isEqualTo(3);
    }

    @Test
    void theFrameHalfWayThroughAStepDiffersFromBothEnds() {
        BufferedImage before = frame(10);
        BufferedImage half = frame(10.5);
        BufferedImage after = frame(11);
        assertThat(differing(before, half)).isGreaterThan(500);
        assertThat(differing(half, after)).isGreaterThan(500);
    }

    @Test
    void theAnimationEndsOnTheSettledStepAndStartsFromThePreviousOne() {
        // the last frames of an animation approach the settled picture, the first ones the previous step
        assertThat(differing(frame(11 - 1e-4), frame(11))).isLessThan(200);
        assertThat(differing(frame(7 + 1e-4), frame(7))).isLessThan(200);
        assertThat(differing(frame(11 - 0.3), frame(11))).isGreaterThan(differing(frame(11 - 1e-4), frame(11)));
    }

    @Test
    void theBackwardPulseRunsFromTheChildToTheParent() {
        // step 11 is the edge w2 → w3: w̄3·∂w3/∂w2; the pulse starts at w3's input and ends at w2's output
        SweepPicture.Frame f = SweepPicture.Frame.at(q8.timeline().steps(), 10.25);
        assertThat(f.step().kind()).isEqualTo(SweepStep.Kind.EDGE);
        assertThat(f.step().label()).isEqualTo("w2");
        assertThat(f.step().childLabel()).isEqualTo("w3");
        var edge = picture.figures(11).edges().stream()
                .filter(e -> e.from().equals(f.step().node()) && e.to().equals(f.step().child())).findFirst().orElseThrow();
        double[] start = SweepPicture.point(edge.pieces(), 1);
        double[] end = SweepPicture.point(edge.pieces(), 0);
        assertThat(start[0]).isCloseTo(edge.x2(), within(1e-9));
        assertThat(end[0]).isCloseTo(edge.x1(), within(1e-9));
    }

    @Test
    void framesAtWholeAndFractionalPositionsNameTheRightSteps() {
        var steps = q8.timeline().steps();
        SweepPicture.Frame settled = SweepPicture.Frame.at(steps, 7);
        assertThat(settled.moving()).isFalse();
        assertThat(settled.step()).isSameAs(steps.get(6));
        assertThat(settled.target()).isEqualTo(7);
        SweepPicture.Frame moving = SweepPicture.Frame.at(steps, 7.5);
        assertThat(moving.moving()).isTrue();
        assertThat(moving.step()).isSameAs(steps.get(7));
        assertThat(moving.previous()).isSameAs(steps.get(6));
        assertThat(moving.target()).isEqualTo(8);
        assertThat(SweepPicture.Frame.at(steps, 99).target()).isEqualTo(steps.size());
        assertThat(SweepPicture.Frame.at(steps, -3).step()).isNull();
        assertThat(SweepPicture.ease(0.5)).isEqualTo(0.5);
        assertThat(SweepPicture.ease(0.1)).isLessThan(0.1);
    }

    @Test
    void theFrameRateHarnessGraphHasFiftyNodesAndEveryStepPaints() {
        ExprGraph g = LectureFrameRate.graph(50);
        assertThat(g.nodes()).hasSize(50);
        Lecture big = Lecture.of(g);
        SweepPicture p = new SweepPicture(big, GraphTheme.LIGHT);
        double[] box = p.bounds();
        int steps = big.timeline().size();
        assertThat(steps).isGreaterThan(50 + 50);
        ImageSurface s = new ImageSurface(box[2] - box[0], box[3] - box[1], 0.25, box[0], box[1],
                GraphTheme.LIGHT.background());
        for (double at = 0; at <= steps; at += 0.5) {
            p.paint(s, at);
        }
        assertThat(big.timeline().position()).isZero();
    }
}
