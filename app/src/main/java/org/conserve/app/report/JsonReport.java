package org.conserve.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conserve.app.gui.math.TexFormatter;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.symbolic.discovery.SymbolicLaw;
import org.conserve.symbolic.discovery.SymbolicOutcome;

/**
 * The JSON form of a {@link DiscoveryReport}. Keys are stable (scripts read them): {@code system},
 * {@code dimension}, {@code count}, {@code seed}, {@code versions}, {@code backend}, {@code neural.*},
 * {@code symbolic.*}. Numbers that are not finite (an infinite gap) are written as null, since JSON
 * has no infinity. Stateless.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Writes the report to {@code path}, replacing the file. */
    public static void write(DiscoveryReport report, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, MAPPER.writeValueAsString(tree(report)) + System.lineSeparator());
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(DiscoveryReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("system", report.system());
        root.put("file", report.file());
        root.put("kind", report.kind());
        root.put("dimension", report.dimension());
        root.put("count", report.count());
        root.put("countSource", report.countSource());
        if (report.expectedCount().isPresent()) {
            root.put("expectedCount", report.expectedCount().getAsInt());
        } else {
            root.putNull("expectedCount");
        }
        root.put("seed", report.seed());
        ObjectNode versions = root.putObject("versions");
        versions.put("conserve", report.versions().conserve());
        versions.put("java", report.versions().java());
        versions.put("nd4j", report.versions().nd4j());
        versions.put("symja", report.versions().symja());
        root.put("backend", report.versions().backend());
        put(root, "seconds", report.seconds());
        if (report.neural().isPresent()) {
            neural(root.putObject("neural"), report.neural().get());
        } else {
            ObjectNode neural = root.putObject("neural");
            neural.put("available", false);
            neural.put("reason", report.neuralNote());
        }
        if (report.symbolic().isPresent()) {
            symbolic(root.putObject("symbolic"), report.symbolic().get(), report);
        } else {
            ObjectNode symbolic = root.putObject("symbolic");
            symbolic.put("available", false);
            symbolic.put("reason", report.symbolicNote());
        }
        report.timeDependent().ifPresent(outcome -> symbolic(root.putObject("timeDependent"), outcome, report));
        report.agreement().ifPresent(agreement -> {
            ObjectNode node = root.putObject("agreement");
            node.put("explained", agreement.explained());
            node.put("neural", agreement.neural());
            node.put("symbolic", agreement.symbolic());
            node.put("union", agreement.union());
            node.put("text", agreement.describe());
            node.put("candidates", report.candidates());
            report.caution().ifPresent(caution -> node.put("caution", caution));
        });
        return root;
    }

    /** Each network the precision trainer tried, with the threshold and the gap. */
    private static void precisionFits(ObjectNode node, org.conserve.engine.neural.PrecisionTraining training) {
        put(node, "preciseL1", org.conserve.engine.neural.PrecisionTrainer.PRECISE_L1);
        put(node, "gapOrders", training.precisionGap());
        var fits = node.putArray("networks");
        for (var fit : training.fits()) {
            ObjectNode entry = fits.addObject();
            entry.put("index", fit.index());
            put(entry, "trainingL1", fit.trainingL1());
            put(entry, "heldOutL1", fit.heldOutL1());
            put(entry, "trainingIndependentL1", fit.trainingIndependentL1());
            put(entry, "independentL1", fit.independentL1());
            put(entry, "generalisationRatio", fit.generalisationRatio());
            put(entry, "medianLogDistance", fit.medianLogDistance());
            entry.put("counted", fit.accepted());
        }
    }

    private static void neural(ObjectNode node, NeuralResult result) {
        node.put("available", true);
        node.put("count", result.count());
        put(node, "confidence", result.confidence());
        node.put("rankVote", result.independence().rankVote());
        doubles(node.putArray("explainedRatios"), result.explainedRatios());
        node.put("countRule", result.countRule().name());
        put(node, "threshold", result.threshold());
        put(node, "rankTolerance", result.independence().rankTolerance());
        put(node, "gap", result.gap());
        put(node, "gapOrders", result.independence().gapOrders());
        doubles(node.putArray("conservationLoss"), result.conservationLoss());
        var conserved = node.putArray("conservedNetworks");
        for (int index : result.conservedNetworks()) {
            conserved.add(index);
        }
        put(node, "l1", result.model().l1());
        put(node, "l2", result.model().l2());
        result.precisionFits().ifPresent(training -> precisionFits(node.putObject("precisionTrainer"), training));
        node.put("networks", result.networks());
        var collapsed = node.putArray("collapsed");
        for (int index : result.independence().collapsed()) {
            collapsed.add(index);
        }
        put(node, "seconds", result.seconds());
        put(node, "trainingSeconds", result.model().seconds());
        node.put("stopped", result.stopped());
        node.put("adamSteps", result.model().adamStepsDone());
        node.put("lbfgsSteps", result.model().lbfgsStepsDone());
        if (result.precisionFits().isEmpty()) {
            node.put("lambda", result.model().config().lambda());
        } else {
            node.putNull("lambda"); // the precision trainer has no l2 term
        }
        node.put("width", result.model().config().width());
        node.put("depth", result.model().config().depth());
        node.put("bias", result.model().bias().name());
        node.put("biasDescription", result.model().bias().describe());
        ObjectNode samples = node.putObject("samples");
        samples.put("requested", result.samples().requested());
        samples.put("used", result.samples().used());
        samples.put("rejectedByFilter", result.samples().rejectedByFilter());
        samples.put("droppedNonFinite", result.samples().droppedNonFinite());
        samples.put("heldOut", result.samples().heldOut());
    }

    private static void symbolic(ObjectNode node, SymbolicOutcome outcome, DiscoveryReport report) {
        TexFormatter tex = new TexFormatter(new HashSet<>(report.declaredNames()));
        node.put("available", true);
        node.put("method", outcome.method());
        node.put("count", outcome.count());
        ArrayNode basis = node.putArray("basis");
        outcome.basis().forEach(basis::add);
        put(node, "seconds", outcome.seconds());
        node.put("note", outcome.note());
        ArrayNode laws = node.putArray("laws");
        for (SymbolicLaw law : outcome.laws()) {
            ObjectNode entry = laws.addObject();
            entry.put("expression", law.expression());
            entry.put("sympy", law.sympy());
            entry.put("latex", tex.format(law.expression()));
            entry.put("status", law.status().name().toLowerCase(java.util.Locale.ROOT));
            put(entry, "residual", law.residual());
            entry.put("method", law.method());
            entry.put("independent", law.independent());
        }
    }

    private static void doubles(ArrayNode array, double[] values) {
        for (double value : values) {
            if (Double.isFinite(value)) {
                array.add(value);
            } else {
                array.addNull();
            }
        }
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
