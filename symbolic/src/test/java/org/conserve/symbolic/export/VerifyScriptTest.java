package org.conserve.symbolic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported verify_laws.py, run by a real python3 with SymPy: it confirms proved laws and catches wrong ones. */
class VerifyScriptTest {
    private static ExportInput kepler;
    private static ExportInput kdv;

    @TempDir
    Path folder;

    @BeforeAll
    static void proveTheLaws() {
        kepler = ExportFixtures.kepler();
        kdv = ExportFixtures.kdv();
    }

    private Python.Result run(ExportInput input) throws IOException {
        Python.assumeSympy();
        SympyScriptWriter.write(input, folder);
        return Python.run(folder, SympyScriptWriter.FILE_NAME);
    }

    @Test
    void reprovesKeplersEnergyAngularMomentumAndRungeLenzVector() throws IOException {
        Python.Result result = run(kepler);
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(4, result.output().lines().filter(line -> line.startsWith("I") && line.endsWith(": re-proved by SymPy")).count(), result.output());
        assertTrue(result.output().contains("4 of 4 proved laws re-proved by SymPy"), result.output());
    }

    @Test
    void reprovesKdvsMassMomentumAndEnergyDensities() throws IOException {
        Python.Result result = run(kdv);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("I3: u^3+u_x^2/2: re-proved by SymPy"), result.output());
        assertTrue(result.output().contains("3 of 3 proved laws re-proved by SymPy"), result.output());
    }

    @Test
    void reprovesTheMassMomentumAndEnergyOfNlsWithTwoRealFields() throws IOException {
        SystemDefinition nls = Systems.read("nls.yaml");
        ExportInput input = ExportInput.of(nls, SymbolicDiscovery.searchPde(nls), Optional.empty(), Optional.empty());
        assertEquals(3, input.count(ProofStatus.PROVED), input.laws()::toString);
        Python.Result result = run(input);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("3 of 3 proved laws re-proved by SymPy"), result.output());
    }

    @Test
    void reprovesThePlanarThreeBodyLawsQuickly() throws IOException {
        SystemDefinition threeBody = Systems.read("three-body-2d.yaml");
        List<ExportedLaw> laws = threeBody.expected().laws().stream()
                .map(law -> ExportFixtures.proved(threeBody, law.expression(), true)).toList();
        ExportInput input = new ExportInput(threeBody, laws, "expected laws", List.of(), "", Optional.empty(),
                Optional.empty());
        assertEquals(4, input.count(ProofStatus.PROVED), laws::toString);
        long start = System.nanoTime();
        Python.Result result = run(input);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("4 of 4 proved laws re-proved by SymPy"), result.output());
        assertTrue(seconds < 30, "SymPy took " + seconds + " s");
    }

    @Test
    void failsOnAWrongOdeLawLabelledProved() throws IOException {
        ExportedLaw virial = new ExportedLaw(LawParser.parse(kepler.definition(), "x*px + y*py"), ProofStatus.PROVED, 0, true);
        Python.Result result = run(ExportFixtures.with(kepler, virial));
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("I5: x*px+y*py: FAILED"), result.output());
        assertTrue(result.output().contains("4 of 5 proved laws re-proved by SymPy"), result.output());
    }

    @Test
    void failsOnAWrongDensityLabelledProved() throws IOException {
        ExportedLaw cube = new ExportedLaw(LawParser.parse(kdv.definition(), "u^3"), ProofStatus.PROVED, 0, true);
        Python.Result result = run(ExportFixtures.with(kdv, cube));
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("I4: u^3: FAILED"), result.output());
    }

    @Test
    void leavesANumericOnlyLawUncheckedWithoutFailing() throws IOException {
        ExportedLaw numeric = new ExportedLaw(LawParser.parse(kepler.definition(), "x*px + y*py"), ProofStatus.NUMERIC,
                3e-9, false);
        Python.Result result = run(ExportFixtures.with(kepler, numeric));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("I5: x*px+y*py: numeric, not re-proved"), result.output());
    }

    @Test
    void keepsNamesThatCollideWithPythonOrSympyApart() throws IOException {
        SystemDefinition rotation = SystemFiles.parse("rotation.yaml", """
                name: rotation with awkward names
                kind: ode
                variables: [lambda, E]
                parameters: {pi: 2}
                equations:
                  lambda: pi*E
                  E: -pi*lambda
                sampling:
                  box: {lambda: [-1, 1], E: [-1, 1]}
                """);
        ExportedLaw radius = ExportFixtures.proved(rotation, LawParser.parse(rotation, "lambda^2 + E^2"), true);
        ExportedLaw wrong = new ExportedLaw(LawParser.parse(rotation, "lambda + E"), ProofStatus.PROVED, 0, true);
        ExportInput input = new ExportInput(rotation, List.of(radius, wrong), "test", List.of(), "", Optional.empty(),
                Optional.empty());
        assertEquals(ProofStatus.PROVED, radius.status());
        String script = SympyScriptWriter.text(input);
        assertTrue(script.contains("lambda_ = Symbol(\"lambda\", real=True)"), script);
        assertTrue(script.contains("E_ = Symbol(\"E\", real=True)"), script);
        Python.Result result = run(input);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("I1: E^2+lambda^2: re-proved by SymPy")
                || result.output().contains("I1: lambda^2+E^2: re-proved by SymPy"), result.output());
        assertTrue(result.output().contains("I2: ") && result.output().contains(": FAILED"), result.output());
    }
}
