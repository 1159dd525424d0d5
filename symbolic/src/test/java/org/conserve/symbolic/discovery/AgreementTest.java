package org.conserve.symbolic.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void saysAllExplainedWhenFormulasAndNetworksSpanTheSameLaws() {
        Agreement agreement = new Agreement(3, 3, 3, 3);
        assertEquals("3 of 3 explained", agreement.describe());
        assertTrue(agreement.complete());
    }

    @Test
    void saysWhichNeuralLawsHaveNoFormula() {
        Agreement agreement = new Agreement(1, 2, 1, 2);
        assertEquals("1 of 2 explained; 1 neural law has no formula in the searched basis (numeric only)",
                agreement.describe());
        assertFalse(agreement.complete());
    }

    @Test
    void flagsFormulasBeyondTheNeuralCount() {
        String text = new Agreement(1, 1, 3, 3).describe();
        assertTrue(text.startsWith("1 of 1 explained; the formulas give 2 more than the networks"), text);
    }

    @Test
    void noFormulaExplainsNothing() {
        assertEquals("0 of 2 explained; 2 neural laws have no formula in the searched basis (numeric only)",
                Agreement.none(2).describe());
    }
}
