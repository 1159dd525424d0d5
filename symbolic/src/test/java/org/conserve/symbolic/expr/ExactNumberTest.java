package org.conserve.symbolic.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.matheclipse.core.expression.F;

class ExactNumberTest {
    @ParameterizedTest(name = "{0} = {1}/{2}")
    @CsvSource({"8/3, 8, 3", "-1/2, -1, 2", "4/2, 2, 1", "0.1, 1, 10", "2.50, 5, 2", "1e-3, 1, 1000",
            "-1.5e2, -150, 1", "' 7 ', 7, 1", "0, 0, 1", "'- 6 / 4', -3, 2"})
    void readsExactRationals(String text, long numerator, long denominator) {
        ExactNumber number = ExactNumber.parse(text);
        assertEquals(denominator == 1 ? F.ZZ(numerator) : F.QQ(numerator, denominator), number.value());
        assertEquals((double) numerator / denominator, number.numeric(), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two", "1/0", "x", "1/2/3", "8/3.0", "", "1e999", "Pi", "2*3"})
    void refusesEverythingElse(String text) {
        assertThrows(NumberFormatException.class, () -> ExactNumber.parse(text));
    }
}
