package org.conserve.app.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.library.SystemSummaries;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;
import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SourceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorViewModelTest {
    @TempDir
    Path folder;
    private final List<UserMessage> messages = new ArrayList<>();

    private EditorViewModel editor(TaskRunner tasks) {
        return new EditorViewModel(tasks, new YamlShapeValidator(), new SystemFileStore(),
                new Failures(folder.resolve("conserve.log")), messages::add);
    }

    @Test
    void aNewFileIsValidCleanAndShowsItsEquations() {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        editor.newFile();
        assertEquals(List.of(), editor.problems());
        assertFalse(editor.dirtyProperty().get());
        assertEquals(List.of("\\dot{x} = p", "\\dot{p} = -k \\, x"), editor.equationsTex());
        assertEquals("untitled.yaml", editor.titleBinding().get());
    }

    @Test
    void typingABrokenLineListsTheProblemAtItsLineAndColumn() {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        editor.newFile();
        editor.textProperty().set("name: Broken\nkind: ode\nvariables: [x, p\nequations: {x: p, p: -x}\n");
        assertTrue(editor.dirtyProperty().get());
        assertEquals("untitled.yaml (modified)", editor.titleBinding().get());
        assertEquals(1, editor.problems().size());
        EditorProblem problem = editor.problems().get(0);
        assertEquals(4, problem.line(), problem::toString);
        assertTrue(problem.message().startsWith("this is not valid YAML: "), problem::message);
        assertFalse(problem.message().contains("\n"), "one line, without SnakeYAML's context");
        assertEquals(List.of("\\dot{x} = p", "\\dot{p} = -k \\, x"), editor.equationsTex(),
                "the last equations that could be read stay in view");
        assertEquals("1 problem", editor.problemSummaryBinding().get());
    }

    @Test
    void clickingAProblemAsksTheViewToMoveTheCaretThereEvenTwice() {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        List<EditorProblem> requests = new ArrayList<>();
        editor.caretRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        EditorProblem problem = new EditorProblem(3, 7, "unknown symbol");
        editor.goTo(problem);
        editor.goTo(problem);
        assertEquals(List.of(problem, problem), requests);
    }

    @Test
    void onlyTheNewestTextsResultIsShownWhenTypingOutrunsValidation() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        List<String> validated = new ArrayList<>();
        EditorViewModel editor = new EditorViewModel(tasks, (name, text) -> {
            validated.add(text);
            return text.contains("bad") ? List.of(new SourceProblem(name, 1, 1, ProblemKind.MALFORMED_EXPRESSION, "bad"))
                    : List.of();
        }, new SystemFileStore(), new Failures(folder.resolve("log")), messages::add);
        editor.textProperty().set("a: 1");
        editor.textProperty().set("a: bad");
        editor.textProperty().set("a: good");
        tasks.runAll();
        assertEquals(List.of("a: 1", "a: good"), validated, "one validation in flight, then the newest text");
        assertEquals(List.of(), editor.problems());
        assertFalse(editor.validatingProperty().get());
    }

    @Test
    void saveWritesTheFileAtomicallyAndClearsModified() throws IOException {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        editor.newFile();
        editor.textProperty().set(editor.textProperty().get().replace("My system", "Saved system"));
        assertFalse(editor.save(), "a new file has no name yet: the view asks for one");
        Path target = folder.resolve("mine.yaml");
        editor.saveAs(target);
        assertEquals(editor.textProperty().get(), Files.readString(target));
        assertFalse(editor.dirtyProperty().get());
        assertEquals("mine.yaml", editor.titleBinding().get());
        assertEquals(folder.toAbsolutePath(), editor.lastFolderProperty().get());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("mine.yaml"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("conserve.log")).toList(), "no temporary file is left behind");
        }
        editor.textProperty().set(editor.textProperty().get() + "# more\n");
        assertTrue(editor.save());
        assertTrue(Files.readString(target).endsWith("# more\n"));
    }

    @Test
    void openReadsAFileAndAMissingOneIsAMessageNotAStuckButton() throws IOException {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        Path file = folder.resolve("kepler.yaml");
        Files.writeString(file, "name: K\nkind: ode\nvariables: [x]\nequations: {x: -x}\n");
        editor.open(file);
        assertEquals("kepler.yaml", editor.titleBinding().get());
        assertEquals(file, editor.file().orElseThrow());
        assertEquals(List.of("\\dot{x} = -x"), editor.equationsTex());

        editor.open(folder.resolve("missing.yaml"));
        assertFalse(editor.busyProperty().get());
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).text().contains("missing.yaml does not exist"), messages.get(0)::text);
        assertEquals(file, editor.file().orElseThrow(), "the open file stays open");
    }

    @Test
    void aSaveIntoAMissingFolderFailsWithAMessageAndKeepsTheText() {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        editor.newFile();
        editor.textProperty().set("name: x\n");
        editor.saveAs(folder.resolve("no/such/folder/x.yaml"));
        assertFalse(editor.busyProperty().get());
        assertTrue(editor.dirtyProperty().get());
        assertEquals(UserMessage.Severity.ERROR, messages.get(messages.size() - 1).severity());
    }

    @Test
    void aBuiltInOpensUnmodifiedAndSavingItAsksForANewFile() throws IOException {
        EditorViewModel editor = editor(new CurrentThreadTaskRunner());
        editor.openBuiltIn(SystemSummaries.read("kepler-2d.yaml", "name: K\nkind: ode\nvariables: [x]\nequations: {x: -x}\n"));
        assertFalse(editor.dirtyProperty().get());
        assertEquals("kepler-2d.yaml", editor.titleBinding().get());
        assertFalse(editor.save());
    }

    /** Holds tasks until told to run them, as a slow worker would. */
    private static final class QueuedTaskRunner implements TaskRunner {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> TaskHandle run(String name, BackgroundWork<T> work, java.util.function.Consumer<? super T> onSuccess,
                java.util.function.Consumer<? super Throwable> onFailure) {
            queue.add(() -> {
                try {
                    onSuccess.accept(work.call(() -> false));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return TaskHandle.NONE;
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }
}
