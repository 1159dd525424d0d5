package org.conserve.symbolic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWritersTest {
    private static ExportInput kepler;
    private static ExportInput kdv;

    @TempDir
    Path folder;

    @BeforeAll
    static void proveTheLaws() {
        kepler = ExportFixtures.kepler();
        kdv = ExportFixtures.kdv();
    }

    @Test
    void theProversProveKeplersFourLawsAndKdvsThreeDensities() {
        assertEquals(4, kepler.count(ProofStatus.PROVED), kepler.laws()::toString);
        assertEquals(3, kdv.laws().size(), kdv.laws()::toString);
        assertEquals(3, kdv.count(ProofStatus.PROVED), kdv.laws()::toString);
    }

    @Test
    void latexDocumentListsKeplersEquationsAndEachLawWithItsStatus() {
        String tex = LatexWriter.text(kepler);
        assertWellFormedLatex(tex);
        assertTrue(tex.contains("\\frac{\\mathrm{d}\\mathit{px}}{\\mathrm{d}t} &="), tex);
        for (ExportedLaw law : kepler.laws()) {
            assertTrue(tex.contains(LawForms.latex(law.expression(), kepler.definition().symbols())), tex);
        }
        assertEquals(4, count(tex, "\\text{proved"), tex);
        assertEquals(1, count(tex, "dependent on the others"), tex);
        assertTrue(tex.contains("3 of 3 explained"), tex);
        assertFalse(Pattern.compile("\\bv\\d\\b").matcher(tex).find(), "internal names leaked: " + tex);
    }

    @Test
    void latexDocumentWritesKdvAsAnEvolutionEquationWithDensities() {
        String tex = LatexWriter.text(kdv);
        assertWellFormedLatex(tex);
        assertTrue(tex.contains("\\partial_t u &= 6 \\cdot u \\cdot u_{x} - u_{xxx}"), tex);
        assertTrue(tex.contains("Conserved densities") && tex.contains("x \\in [-20, 20)"), tex);
        assertTrue(tex.contains("h_{3} &= {u}^{3} + \\frac{{u_{x}}^{2}}{2}"), tex);
    }

    @Test
    void markdownReportHasTheNeuralSpectrumTheLawsTableAndTheBasis() {
        String md = MarkdownWriter.text(kepler);
        assertTrue(md.startsWith("# Conservation laws of Kepler problem (planar)"), md);
        assertTrue(md.contains("- `dpx/dt = -x/(x^2+y^2)^(3/2)`"), md);
        assertTrue(md.contains("The networks find **3** independent conserved quantities (confidence 0.970)"), md);
        assertEquals(4, count(md, "\n| ") - 5 - 1, md); // 4 ratio rows + header, 4 law rows + header
        assertTrue(md.contains("| I2 | `-y*px+x*py` | proved | 0 | yes |"), md);
        assertTrue(md.contains("| I4 | ") && md.contains("| no (dependent) |"), md);
        assertTrue(md.contains("**3 of 3 explained**"), md);
        assertTrue(md.contains("5 candidates: `x`, `y`, `px`, `py`, `1/Sqrt(x^2+y^2)`"), md);
    }

    @Test
    void bothReportsCarryTheNeuralCautionWhenThereIsOne() {
        assertFalse(MarkdownWriter.text(kepler).contains("Caution"));
        assertFalse(LatexWriter.text(kepler).contains("Caution"));
        String caution = "2 neural laws without a formula rest on networks conserved only to l1 3.7e-03";
        ExportInput cautioned = new ExportInput(kepler.definition(), kepler.laws(), kepler.method(), kepler.basis(),
                kepler.note(), kepler.neural().map(neural -> neural.withCaution(caution)), kepler.agreement());
        assertTrue(MarkdownWriter.text(cautioned).contains("Caution: " + caution + ".\n"),
                MarkdownWriter.text(cautioned));
        String tex = LatexWriter.text(cautioned);
        assertWellFormedLatex(tex);
        assertTrue(tex.contains("Caution: " + caution + "."), tex);
    }

    @Test
    void markdownReportOfKdvStatesProvedCountAndTheRanksSearched() {
        String md = MarkdownWriter.text(kdv);
        assertFalse(md.contains("## Neural count"), md);
        assertTrue(md.contains("- `u_t = 6*u*u_x-u_xxx`"), md);
        assertTrue(md.contains("| I1 | `u` | proved |") && md.contains("| I2 | `u^2` | proved |"), md);
        assertTrue(md.contains("| I3 | `u^3+u_x^2/2` | proved |"), md);
        assertTrue(md.contains("**3 of 3 laws proved**"), md);
        assertTrue(md.contains("`density-search`") && md.contains("`rank 2: "), md);
    }

    @Test
    void writesTheThreeFilesAtomicallyIntoANewFolder() throws IOException {
        Path target = folder.resolve("out/kepler");
        List<Path> written = ExportFiles.write(kepler, target);
        assertEquals(List.of(target.resolve("laws.tex"), target.resolve("report.md"), target.resolve("verify_laws.py")),
                written);
        Files.writeString(target.resolve("report.md"), "stale");
        ExportFiles.write(kepler, target);
        assertEquals(MarkdownWriter.text(kepler), Files.readString(target.resolve("report.md")));
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target.resolve("report.md")),
                    "an exported file gets the usual permissions, not a temporary file's owner-only ones");
        }
    }

    private static void assertWellFormedLatex(String tex) {
        assertTrue(tex.contains("\\documentclass") && tex.contains("\\begin{document}"), tex);
        assertTrue(tex.strip().endsWith("\\end{document}"), tex);
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if ((c == '{' || c == '}') && (i == 0 || tex.charAt(i - 1) != '\\')) {
                depth += c == '{' ? 1 : -1;
                assertTrue(depth >= 0, "a } without its { at " + i + ": " + tex);
            }
        }
        assertEquals(0, depth, "unbalanced braces: " + tex);
        assertEquals(count(tex, "\\begin{align*}"), count(tex, "\\end{align*}"), tex);
        assertEquals(count(tex, "\\left"), count(tex, "\\right"), tex);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
