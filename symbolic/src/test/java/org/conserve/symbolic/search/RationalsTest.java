package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.conserve.symbolic.pde.Rational;
import org.junit.jupiter.api.Test;

class RationalsTest {

    @Test
    void recognisesSmallFractionsDespiteRoundingNoise() {
        assertEquals(Optional.of(Rational.of(1, 3)), Rationals.recognise(1.0 / 3 + 1e-12, 1000, 1e-7));
        assertEquals(Optional.of(Rational.of(-22, 7)), Rationals.recognise(-22.0 / 7 - 3e-11, 1000, 1e-7));
        assertEquals(Optional.of(Rational.of(5)), Rationals.recognise(5.0000000001, 1000, 1e-7));
        assertEquals(Optional.of(Rational.ZERO), Rationals.recognise(1e-12, 1000, 1e-7));
    }

    @Test
    void refusesIrrationalsAndLargeDenominators() {
        assertTrue(Rationals.recognise(Math.sqrt(2), 1000, 1e-7).isEmpty());
        assertTrue(Rationals.recognise(Math.PI, 1000, 1e-9).isEmpty());
        assertTrue(Rationals.recognise(1.0 / 1009, 1000, 1e-9).isEmpty());
    }
}
