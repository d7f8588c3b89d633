package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramExceptionTest {

    @Test
    void theMessageHasNoPositionButDescribePutsItInFront() {
        var e = new ProgramException("name 'x' is not defined", 2, 5);
        assertThat(e.getMessage()).isEqualTo("name 'x' is not defined");
        assertThat(e.describe()).isEqualTo("line 2, column 5: name 'x' is not defined");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
    }

    @Test
    void anUnknownPositionIsLeftOut() {
        assertThat(new ProgramException("shapes (2, 2) and (1, 3) cannot be multiplied").describe())
                .isEqualTo("shapes (2, 2) and (1, 3) cannot be multiplied");
        assertThat(new ProgramException("boom", 3, 0).describe()).isEqualTo("line 3: boom");
        assertThat(new ProgramException("boom").position()).isEqualTo(Position.UNKNOWN);
    }

    @Test
    void itCanBePlacedAtANode() {
        Expr value = Parser.parse("x = 1\ny = x @ x").output().value();
        assertThat(new ProgramException("bad", value.at()).describe()).isEqualTo("line 2, column 5: bad");
    }
}
