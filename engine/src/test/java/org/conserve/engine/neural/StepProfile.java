package org.conserve.engine.neural;

import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;

/** Manual profiling harness (not a test): fastest time of each phase of the benchmark step. */
public final class StepProfile {
    public static void main(String[] args) {
        Backend.useDouble();
        Architecture architecture = new Architecture(4, 4, 64, 2, Activation.valueOf(args.length > 0 ? args[0] : "SILU"));
        Samples samples = TestSystems.uniform(TestSystems.ISOTROPIC_2D, 1000, -1, 1, 4, z -> true, 1);
        Parameters theta = new Parameters(architecture);
        theta.flat().assign(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.DOUBLE, architecture.parameterCount()).subi(0.5));
        LossEvaluator evaluator = new LossEvaluator(architecture, 1000, 1e-6);
        evaluator.load(samples.pointsView(), samples.ratesView(), IntStream.range(0, 1000).toArray());
        NetworkPass pass = evaluator.pass();
        ConservationLoss loss = new ConservationLoss(4, 1000, 4, 1e-6);
        loss.setUnitRates(Nd4j.rand(1000, 4));
        Adam adam = new Adam(architecture.parameterCount());
        int reps = 300;
        double[][] times = new double[5][reps];
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.nanoTime();
            pass.forward(theta);
            long t1 = System.nanoTime();
            pass.inputGradient(theta);
            long t2 = System.nanoTime();
            loss.evaluate(pass.inputGradients(), 0.1, true);
            long t3 = System.nanoTime();
            pass.backward(theta, loss.adjoint(), evaluator.gradient().part(0));
            long t4 = System.nanoTime();
            adam.update(theta.flat(), evaluator.gradient().flat(), 1e-5);
            long t5 = System.nanoTime();
            long[] t = {t0, t1, t2, t3, t4, t5};
            for (int k = 0; k < 5; k++) {
                times[k][rep] = (t[k + 1] - t[k]) / 1e6;
            }
        }
        String[] phases = {"forward", "inputGradient", "loss", "backward", "adam"};
        for (int k = 0; k < 5; k++) {
            double[] sorted = times[k].clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("%-14s fastest %.3f  median %.3f  90%% %.3f ms (of %d)%n",
                    phases[k], sorted[0], sorted[reps / 2], sorted[reps * 9 / 10], reps);
        }
    }
}
