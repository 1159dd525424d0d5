package org.conserve.app.gui.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;
import org.conserve.examples.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selected law's details without a toolkit, on exact laws and on test doubles for the trained networks
 * (functions of the state given in Java).
 */
class LawDetailViewModelTest {
    private static final String OSCILLATOR = Catalogue.find("harmonic-oscillator").orElseThrow().text();
    /** Linear advection u_t = -u_x: every integral of a function of u is conserved. */
    private static final String ADVECTION = """
            name: Advection
            kind: pde
            fields: [u]
            space: {x: [0, 6.283185307179586], points: 64, boundary: periodic}
            equations:
              u: -u_x
            simulation:
              initial: {u: "Sin(x) + Cos(2*x)/2"}
              t: 1
              steps: 20
            """;
    private static final LawRow ENERGY = new LawRow("I1", "p^{2}+x^{2}", "p^2+x^2", "proved", LawRow.Kind.PROVED);
    private static final LawRow NEURAL = new LawRow("N1", "", "", "neural only", LawRow.Kind.NEURAL_ONLY);

    @TempDir
    Path home;

    private LawDetailViewModel model(TaskRunner tasks) {
        return new LawDetailViewModel(tasks, new Failures(home.resolve("log")));
    }

    /** Networks given as functions of the state (x, p). */
    private static NetworkValues networks(List<String> labels, List<ToDoubleFunction<double[]>> functions) {
        return new NetworkValues() {
            @Override
            public List<String> labels() {
                return labels;
            }

            @Override
            public double[][] at(double[][] points) {
                double[][] values = new double[functions.size()][points.length];
                for (int i = 0; i < values.length; i++) {
                    for (int p = 0; p < points.length; p++) {
                        values[i][p] = functions.get(i).applyAsDouble(points[p]);
                    }
                }
                return values;
            }
        };
    }

    private static LawDetailViewModel showOscillator(LawDetailViewModel model, NetworkValues networks) {
        model.show(new LawSource("harmonic-oscillator.yaml", OSCILLATOR, networks), List.of("x", "p"));
        return model;
    }

    @Test
    void theOscillatorsEnergyStaysFlatAlongItsTrajectoryWhileACoordinateMoves() {
        LawDetailViewModel model = showOscillator(model(new CurrentThreadTaskRunner()),
                networks(List.of("H1"), List.of(z -> 0)));
        assertNull(model.trajectoryProperty().get());
        model.select(ENERGY);
        LawTrajectory trajectory = model.trajectoryProperty().get();
        assertNotNull(trajectory, model.trajectoryStatusProperty().get());
        assertEquals("", model.trajectoryStatusProperty().get());
        assertTrue(trajectory.complete());
        assertTrue(trajectory.drift() < 1e-8, "drift " + trajectory.drift());
        // From x = 1, p = 0 over t in [0, 20]: x = cos t runs from 1 to -1, a change of 2 on the scale max |x| = 1.
        assertTrue(trajectory.quantityChange() > 1.9, "change " + trajectory.quantityChange());
        assertTrue(trajectory.quantity().startsWith("x") || trajectory.quantity().startsWith("p"),
                trajectory.quantity());
        List<Curve> curves = trajectory.plot().curves();
        assertEquals(2, curves.size());
        assertEquals("I1", curves.get(0).label());
        assertEquals(401, curves.get(0).x().length); // the file's 400 steps, from t = 0
        assertEquals(20.0, curves.get(0).x()[400], 1e-12);
        assertTrue(trajectory.plot().caption().contains("Relative drift of I1"), trajectory.plot().caption());
    }

    @Test
    void theSliceFitIsExactWhenANetworkIsAnAffineFunctionOfTheLaw() {
        // H1 = 3 E + 5 with E = x^2 + p^2; H2 is not conserved and must get no weight.
        LawDetailViewModel model = showOscillator(model(new CurrentThreadTaskRunner()), networks(List.of("H1", "H2"),
                List.of(z -> 3 * (z[0] * z[0] + z[1] * z[1]) + 5, z -> Math.sin(3 * z[0]) * z[1])));
        model.select(ENERGY);
        LawSlice slice = model.sliceProperty().get();
        assertNotNull(slice, model.sliceStatusProperty().get());
        assertEquals("x", slice.variable());
        assertTrue(slice.relativeResidual() < 1e-10, "residual " + slice.relativeResidual());
        Curve formula = slice.plot().curves().get(0);
        Curve fit = slice.plot().curves().get(1);
        assertEquals(LawSlices.POINTS, formula.x().length);
        assertEquals(-2, formula.x()[0], 1e-12); // the sampling box's x interval
        assertEquals(2, formula.x()[LawSlices.POINTS - 1], 1e-12);
        for (int i = 0; i < formula.y().length; i++) {
            assertEquals(formula.y()[i], fit.y()[i], 1e-9);
        }
        assertTrue(slice.plot().caption().startsWith("Networks' fit: the least-squares"), slice.plot().caption());

        model.sliceVariableProperty().set(1);
        assertEquals("p", model.sliceProperty().get().variable());
        assertTrue(model.sliceProperty().get().relativeResidual() < 1e-10);
    }

    @Test
    void aNetworkThatIsNotAFunctionOfTheLawLeavesALargeResidual() {
        LawDetailViewModel model = showOscillator(model(new CurrentThreadTaskRunner()),
                networks(List.of("H1"), List.of(z -> z[0] + 0.3 * z[1])));
        model.select(ENERGY);
        assertTrue(model.sliceProperty().get().relativeResidual() > 0.5,
                "residual " + model.sliceProperty().get().relativeResidual());
    }

    @Test
    void aNeuralOnlyRowFollowsTheNetworksThemselves() {
        LawDetailViewModel model = showOscillator(model(new CurrentThreadTaskRunner()),
                networks(List.of("H2"), List.of(z -> Math.exp(-(z[0] * z[0] + z[1] * z[1])))));
        model.select(NEURAL);
        LawTrajectory trajectory = model.trajectoryProperty().get();
        assertEquals("H2", trajectory.plot().curves().get(0).label());
        assertTrue(trajectory.drift() < 1e-8, "drift " + trajectory.drift());
        LawSlice slice = model.sliceProperty().get();
        assertTrue(Double.isNaN(slice.relativeResidual()));
        assertEquals(1, slice.plot().curves().size());
        assertEquals("H2", slice.plot().curves().get(0).label());
    }

    @Test
    void aPdeDensityIsIntegratedOverTheGridAndHasNoSlice() {
        LawDetailViewModel model = model(new CurrentThreadTaskRunner());
        model.show(new LawSource("advection.yaml", ADVECTION, networks(List.of(), List.of())), List.of());
        model.select(new LawRow("I1", "u^{2}", "u^2", "proved", LawRow.Kind.PROVED));
        LawTrajectory trajectory = model.trajectoryProperty().get();
        assertNotNull(trajectory, model.trajectoryStatusProperty().get());
        // The wave moves by one unit: the integral of u^2 stays (to the scheme's accuracy), u at a point does not.
        assertTrue(trajectory.drift() < 1e-8, "drift " + trajectory.drift());
        assertTrue(trajectory.quantityChange() > 0.3, "change " + trajectory.quantityChange());
        assertTrue(trajectory.plot().curves().get(0).label().equals("\u222b I1 dx"),
                trajectory.plot().curves().get(0).label());
        assertNull(model.sliceProperty().get());
        assertTrue(model.sliceStatusProperty().get().startsWith("No slice plot for a PDE"), model.sliceStatusProperty().get());
    }

    @Test
    void anOlderSelectionsResultArrivingLateIsIgnored() {
        List<Runnable> delivered = new ArrayList<>();
        TaskRunner deferred = new TaskRunner() {
            @Override
            public <T> TaskHandle run(String name, BackgroundWork<T> work, java.util.function.Consumer<? super T> onSuccess,
                                      java.util.function.Consumer<? super Throwable> onFailure) {
                delivered.add(() -> {
                    try {
                        onSuccess.accept(work.call(() -> false));
                    } catch (Exception failure) {
                        onFailure.accept(failure);
                    }
                });
                return TaskHandle.NONE;
            }
        };
        LawDetailViewModel model = showOscillator(model(deferred), networks(List.of("H1"), List.of(z -> z[0])));
        model.select(ENERGY);
        LawRow other = new LawRow("", "x^{2}", "x^2", "numeric", LawRow.Kind.NUMERIC);
        model.select(other);
        assertTrue(model.trajectoryStatusProperty().get().startsWith("Simulating x^2"),
                model.trajectoryStatusProperty().get());
        delivered.forEach(Runnable::run); // the energy's results, then x^2's
        assertEquals("x^2", model.trajectoryProperty().get().plot().curves().get(0).label());
        assertTrue(model.trajectoryProperty().get().drift() > 0.5); // x^2 is not conserved

        model.select(null);
        assertNull(model.trajectoryProperty().get());
        assertEquals(LawDetailViewModel.NOTHING_SELECTED, model.trajectoryStatusProperty().get());
    }

    @Test
    void aLawOutsideTheFilesLanguageIsAMessageNotACrash() {
        LawDetailViewModel model = showOscillator(model(new CurrentThreadTaskRunner()),
                networks(List.of("H1"), List.of(z -> z[0])));
        model.select(new LawRow("I1", "", "q^2", "numeric", LawRow.Kind.NUMERIC));
        assertNull(model.trajectoryProperty().get());
        String status = model.trajectoryStatusProperty().get();
        assertTrue(status.startsWith("Cannot simulate the law: cannot read the law 'q^2'"), status);
    }
}
