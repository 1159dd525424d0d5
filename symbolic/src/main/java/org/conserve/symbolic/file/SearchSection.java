package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.conserve.symbolic.expr.ParsedExpression;

/** Reads the optional {@code search: {degree, hints}} key of an ODE file. */
final class SearchSection {
    private final Reading reading;
    private final Scopes scopes;

    SearchSection(Reading reading, Scopes scopes) {
        this.reading = reading;
        this.scopes = scopes;
    }

    /** {@code search: {degree, hints}}, both optional; {@link SearchHints#NONE} when absent or malformed. */
    SearchHints read(YamlNode.Mapping root) {
        Optional<YamlNode.Mapping> search = root.entry("search")
                .flatMap(e -> reading.mapping(e.value(), "search", "{degree: 4, hints: [\"Cos(th1 - th2)\"]}"));
        if (search.isEmpty()) {
            return SearchHints.NONE;
        }
        reading.onlyKeys(search.get(), "search", List.of("degree", "hints"), Map.of());
        OptionalInt degree = search.get().entry("degree")
                .map(n -> reading.integer(n.value(), "search.degree", 1, SearchHints.MAX_DEGREE))
                .orElse(OptionalInt.empty());
        List<ParsedExpression> hints = new ArrayList<>();
        search.get().entry("hints")
                .flatMap(e -> reading.sequence(e.value(), "search.hints", "[\"1/Sqrt(x^2 + y^2)\", \"Cos(th1 - th2)\"]"))
                .ifPresent(list -> list.items().forEach(item ->
                        reading.expression(item, scopes.hints, false, "a search hint").ifPresent(hints::add)));
        return new SearchHints(degree, hints);
    }
}
