package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.Test;

/** The searches on parsed system files (test resources), through the parser and the compiler. */
class SystemLawsTest {

    private static SystemDefinition read(String name) {
        return SystemFiles.read(Path.of("src/test/resources/valid", name));
    }

    @Test
    void findsTheThreeKeplerLawsOfTheFile() {
        SystemDefinition kepler = read("kepler.yaml");
        LawSearchResult result = SystemLaws.searchOde(kepler, SearchOptions.DEFAULT);
        assertEquals(kepler.expected().count().orElseThrow(), result.count(), result::toString);
        result.laws().forEach(law -> assertEquals(ProofStatus.PROVED, law.proof().status(), law::toString));
        List<String> rendered = result.independentLaws().stream()
                .map(law -> kepler.symbols().render(law.expression())).toList();
        assertEquals("-y*px+x*py", rendered.get(0), rendered::toString);
        assertEquals("monomials of degree 1 to 3 in x, y, px, py; 1/Sqrt(x^2+y^2) times monomials of degree 0 to 1",
                result.describeBasis(SystemLaws.odeProblem(kepler).variables(), kepler.symbols()::render));
        assertEquals("-2/Sqrt(x^2+y^2)+px^2+py^2", rendered.get(1), rendered::toString);
    }

    @Test
    void findsTheLogEnergyWithTheFilesHintWithinItsDegree() {
        SystemDefinition hinted = read("log_potential_hinted.yaml");
        LawSearchResult result = SystemLaws.searchOde(hinted, SearchOptions.DEFAULT);
        assertEquals(1, result.count(), result::toString);
        assertEquals(ProofStatus.PROVED, result.laws().get(0).proof().status());
        assertEquals("y^2+Log(1+x^2)", hinted.symbols().render(result.laws().get(0).expression()).replace(" ", ""));
        assertEquals(2, result.basisDegree());
        assertEquals("monomials of degree 1 to 2 in x, y; Log(1+x^2) (hint)",
                result.describeBasis(SystemLaws.odeProblem(hinted).variables(), hinted.symbols()::render));
    }

    @Test
    void findsThePendulumEnergyWithReservedLetters() {
        SystemDefinition pendulum = read("pendulum.yaml");
        LawSearchResult result = SystemLaws.searchOde(pendulum, SearchOptions.DEFAULT);
        assertEquals(1, result.count(), result::toString);
        assertEquals(ProofStatus.PROVED, result.laws().get(0).proof().status());
        assertEquals("C^2-4*Cos(E)", pendulum.symbols().render(result.laws().get(0).expression()));
    }

    @Test
    void findsMassMomentumAndEnergyOfTheNlsFile() {
        SystemDefinition nls = read("nls.yaml");
        PdeLawSearch.Result result = SystemLaws.searchPde(nls, 6, ProofOptions.DEFAULT);
        assertEquals(List.of("a^2+b^2", "a*b_x", "a^4-a_x^2+2*a^2*b^2+b^4-b_x^2"),
                result.densities().stream().map(d -> nls.symbols().render(d.expression())).toList());
        result.densities().forEach(d -> assertEquals(ProofStatus.PROVED, d.proof().status(), d::toString));
    }

    @Test
    void findsTheKdvDensitiesTheFileAllows() {
        SystemDefinition kdv = read("kdv.yaml");
        PdeLawSearch.Result result = SystemLaws.searchPde(kdv, 12, ProofOptions.DEFAULT);
        assertEquals(kdv.expected().count().orElseThrow(), result.densities().size(), result::toString);
        assertEquals("u^3+u_x^2/2", kdv.symbols().render(result.densities().get(2).expression()));
        result.densities().forEach(d -> assertEquals(ProofStatus.PROVED, d.proof().status(), d::toString));
    }
}
