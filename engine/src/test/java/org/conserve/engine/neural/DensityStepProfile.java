package org.conserve.engine.neural;

import java.util.stream.IntStream;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.sampling.PdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.system.PdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Manual profile (not a test): where a density training step spends its time. */
public final class DensityStepProfile {
    public static void main(String[] args) {
        Backend.useDouble();
        int states = Integer.parseInt(args[0]);
        PdeSystem system = ExampleSystems.kdv(-20, 20, 256);
        DensityLayout layout = DensityLayout.of(system);
        DensityData data = DensityData.of(layout, new PdeSampler().sample(system, new PdeSamplingSettings(states, 6, 1, 0), 1));
        Architecture architecture = new Architecture(2, 4, 32, 2, Activation.SILU);
        Parameters theta = new Parameters(architecture);
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 4; i++) {
            DensityInitialiser.initialise(theta, architecture, i, random);
        }
        DensityLossEvaluator evaluator = new DensityLossEvaluator(architecture, layout, states, 1e-6);
        evaluator.load(data, IntStream.range(0, states).toArray());
        NetworkPass pass = new NetworkPass(architecture, states * 256);
        DensityChainRule chain = new DensityChainRule(layout.grid(), layout.jet(), layout.features(), 4, states);
        INDArray sg = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 4, states, 256);
        INDArray fa = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 4, states * 256, 2);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) evaluator.lossAndGradient(theta, 0.1);
            long t1 = System.nanoTime();
            for (int k = 0; k < 10; k++) { pass.forward(theta); pass.inputGradient(theta); }
            long t2 = System.nanoTime();
            for (int k = 0; k < 10; k++) chain.stateGradients(pass.inputGradients(), sg);
            long t3 = System.nanoTime();
            for (int k = 0; k < 10; k++) chain.adjoint(sg, fa);
            long t4 = System.nanoTime();
            for (int k = 0; k < 10; k++) pass.backward(theta, fa, evaluator.gradient());
            long t5 = System.nanoTime();
            System.out.printf("step %.1f ms; forward+inputGrad %.1f; chain %.1f; adjoint %.1f; backward %.1f%n",
                    (t1 - t0) / 1e7, (t2 - t1) / 1e7, (t3 - t2) / 1e7, (t4 - t3) / 1e7, (t5 - t4) / 1e7);
        }
    }
}
