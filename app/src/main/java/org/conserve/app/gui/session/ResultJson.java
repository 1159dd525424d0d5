package org.conserve.app.gui.session;

import static org.conserve.app.gui.session.JsonFields.array;
import static org.conserve.app.gui.session.JsonFields.bool;
import static org.conserve.app.gui.session.JsonFields.constant;
import static org.conserve.app.gui.session.JsonFields.doubles;
import static org.conserve.app.gui.session.JsonFields.integer;
import static org.conserve.app.gui.session.JsonFields.ints;
import static org.conserve.app.gui.session.JsonFields.longInteger;
import static org.conserve.app.gui.session.JsonFields.number;
import static org.conserve.app.gui.session.JsonFields.object;
import static org.conserve.app.gui.session.JsonFields.putDoubles;
import static org.conserve.app.gui.session.JsonFields.putInts;
import static org.conserve.app.gui.session.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.LossPoint;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.discovery.Provenance;
import org.conserve.engine.discovery.SampleCounts;
import org.conserve.engine.independence.CountRule;
import org.conserve.engine.independence.IndependenceReport;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicLaw;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.proof.ProofStatus;

/**
 * The shown discovery in a session (format version 2): the neural count with its independence analysis
 * (spectrum, threshold, confidence), sample counts and provenance; the formulas with their proof status
 * and the agreement; the loss history; whether it was partial and how long it took. The trained networks
 * are kept beside it ({@link ModelJson}) and joined on reading. The formulas' compiled gradients, only
 * needed while the agreement is measured, are not kept: a reopened outcome has none. Stateless.
 */
final class ResultJson {
    private ResultJson() {
    }

    static void write(ObjectNode node, SessionResult saved) {
        DiscoverResult result = saved.discovery();
        node.put("system", result.system());
        result.names().forEach(node.putArray("names")::add);
        node.put("partial", result.partial());
        node.put("seconds", saved.seconds());
        neural(node.putObject("neural"), result.neural());
        result.formulas().ifPresent(formulas -> formulas(node.putObject("formulas"), formulas));
        ArrayNode losses = node.putArray("losses");
        for (LossPoint point : saved.losses()) {
            putDoubles(losses.addArray(), new double[] {point.seconds(), point.loss(), point.l1(), point.l2()});
        }
    }

    static SessionResult read(JsonNode node, TrainedModel model) {
        List<String> names = new ArrayList<>();
        array(node, "names").forEach(name -> names.add(name.asText()));
        NeuralResult neural = neural(object(node, "neural"), model);
        Optional<DiscoveryPipeline.Formulas> formulas = node.has("formulas")
                ? Optional.of(formulas(object(node, "formulas"))) : Optional.empty();
        List<LossPoint> losses = new ArrayList<>();
        JsonNode points = array(node, "losses");
        for (int i = 0; i < points.size(); i++) {
            double[] values = JsonFields.doubleArray(points.get(i), "losses[" + i + "]");
            if (values.length != 4) {
                throw new IllegalArgumentException("\"losses[" + i + "]\" must hold 4 numbers (seconds, loss, l1, l2)");
            }
            losses.add(new LossPoint(values[0], values[1], values[2], values[3]));
        }
        DiscoverResult result = new DiscoverResult(text(node, "system"), names, neural, formulas,
                bool(node, "partial"));
        return new SessionResult(result, losses, number(node, "seconds"));
    }

    private static void neural(ObjectNode node, NeuralResult neural) {
        node.put("system", neural.system());
        node.put("dimension", neural.dimension());
        putInts(node.putArray("conservedNetworks"), neural.conservedNetworks());
        node.put("seconds", neural.seconds());
        IndependenceReport report = neural.independence();
        ObjectNode independence = node.putObject("independence");
        independence.put("count", report.count());
        independence.put("rule", report.rule().name());
        independence.put("threshold", report.threshold());
        putDoubles(independence.putArray("explainedRatios"), report.explainedRatios());
        independence.put("gap", report.gap());
        independence.put("rankVote", report.rankVote());
        independence.put("rankTolerance", report.rankTolerance());
        independence.put("confidence", report.confidence());
        putInts(independence.putArray("rankHistogram"), report.rankHistogram());
        independence.put("points", report.points());
        putInts(independence.putArray("collapsed"), report.collapsed());
        SampleCounts samples = neural.samples();
        ObjectNode counts = node.putObject("samples");
        counts.put("requested", samples.requested());
        counts.put("used", samples.used());
        counts.put("rejectedByFilter", samples.rejectedByFilter());
        counts.put("droppedNonFinite", samples.droppedNonFinite());
        counts.put("heldOut", samples.heldOut());
        Provenance provenance = neural.provenance();
        ObjectNode source = node.putObject("provenance");
        source.put("seed", provenance.seed());
        source.put("backend", provenance.backend());
        source.put("nd4jVersion", provenance.nd4jVersion());
        source.put("javaVersion", provenance.javaVersion());
    }

    private static NeuralResult neural(JsonNode node, TrainedModel model) {
        JsonNode report = object(node, "independence");
        IndependenceReport independence = new IndependenceReport(integer(report, "count"),
                constant(report, "rule", CountRule.class), number(report, "threshold"),
                doubles(report, "explainedRatios"), number(report, "gap"), integer(report, "rankVote"),
                number(report, "rankTolerance"), number(report, "confidence"), ints(report, "rankHistogram"),
                integer(report, "points"), ints(report, "collapsed"));
        int[] conserved = ints(node, "conservedNetworks");
        for (int index : conserved) {
            if (index < 0 || index >= model.functionCount()) {
                throw new IllegalArgumentException("\"conservedNetworks\" names network " + index + " of "
                        + model.functionCount());
            }
        }
        int dimension = integer(node, "dimension");
        if (dimension != model.dimension()) {
            throw new IllegalArgumentException("\"result.neural.dimension\" is " + dimension
                    + " but the networks take " + model.dimension() + " inputs");
        }
        JsonNode counts = object(node, "samples");
        SampleCounts samples = new SampleCounts(integer(counts, "requested"), integer(counts, "used"),
                longInteger(counts, "rejectedByFilter"), longInteger(counts, "droppedNonFinite"),
                integer(counts, "heldOut"));
        JsonNode source = object(node, "provenance");
        Provenance provenance = new Provenance(longInteger(source, "seed"), text(source, "backend"),
                text(source, "nd4jVersion"), text(source, "javaVersion"));
        return new NeuralResult(text(node, "system"), dimension, independence, model, conserved, samples, provenance,
                number(node, "seconds"));
    }

    private static void formulas(ObjectNode node, DiscoveryPipeline.Formulas formulas) {
        SymbolicOutcome outcome = formulas.outcome();
        ObjectNode search = node.putObject("outcome");
        search.put("method", outcome.method());
        search.put("count", outcome.count());
        outcome.basis().forEach(search.putArray("basis")::add);
        ArrayNode laws = search.putArray("laws");
        for (SymbolicLaw law : outcome.laws()) {
            ObjectNode entry = laws.addObject();
            entry.put("expression", law.expression());
            entry.put("sympy", law.sympy());
            entry.put("status", law.status().name());
            entry.put("residual", law.residual());
            entry.put("method", law.method());
            entry.put("independent", law.independent());
        }
        search.put("seconds", outcome.seconds());
        search.put("note", outcome.note());
        Agreement agreement = formulas.agreement();
        ObjectNode agree = node.putObject("agreement");
        agree.put("explained", agreement.explained());
        agree.put("neural", agreement.neural());
        agree.put("symbolic", agreement.symbolic());
        agree.put("union", agreement.union());
    }

    private static DiscoveryPipeline.Formulas formulas(JsonNode node) {
        JsonNode search = object(node, "outcome");
        List<String> basis = new ArrayList<>();
        array(search, "basis").forEach(entry -> basis.add(entry.asText()));
        List<SymbolicLaw> laws = new ArrayList<>();
        for (JsonNode law : array(search, "laws")) {
            laws.add(new SymbolicLaw(text(law, "expression"), text(law, "sympy"),
                    constant(law, "status", ProofStatus.class), number(law, "residual"), text(law, "method"),
                    bool(law, "independent")));
        }
        SymbolicOutcome outcome = new SymbolicOutcome(text(search, "method"), integer(search, "count"), basis, laws,
                number(search, "seconds"), text(search, "note"), Optional.empty());
        JsonNode agree = object(node, "agreement");
        Agreement agreement = new Agreement(integer(agree, "explained"), integer(agree, "neural"),
                integer(agree, "symbolic"), integer(agree, "union"));
        return new DiscoveryPipeline.Formulas(outcome, agreement);
    }
}
