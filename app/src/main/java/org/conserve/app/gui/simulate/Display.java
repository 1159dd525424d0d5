package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * How a simulation is drawn, chosen from the coordinate names: bodies with trails where the state holds
 * plane positions ({@code x, y} or {@code x1, y1, x2, y2, ...}; a third coordinate is projected away),
 * the field u(x, t) for a PDE, and otherwise a phase portrait of the first two coordinates.
 *
 * @param type        what to draw
 * @param pairs       BODIES: the (x, y) state indices of each body; PHASE: one pair; FIELD: empty
 * @param axisLabels  the names on the horizontal and vertical axes
 */
public record Display(Type type, List<int[]> pairs, List<String> axisLabels) {

    public enum Type { BODIES, PHASE, FIELD }

    public Display {
        pairs = List.copyOf(pairs);
        axisLabels = List.copyOf(axisLabels);
    }

    public static Display forOde(List<String> variables) {
        List<int[]> bodies = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            String name = variables.get(i);
            if (name.startsWith("x")) {
                int y = variables.indexOf("y" + name.substring(1));
                if (y >= 0) {
                    bodies.add(new int[] {i, y});
                }
            }
        }
        if (!bodies.isEmpty()) {
            return new Display(Type.BODIES, bodies, List.of("x", "y"));
        }
        int second = Math.min(1, variables.size() - 1);
        return new Display(Type.PHASE, List.<int[]>of(new int[] {0, second}),
                List.of(variables.get(0), variables.get(second)));
    }

    public static Display forPde(List<String> fields) {
        return new Display(Type.FIELD, List.of(), List.of("x", String.join(", ", fields)));
    }
}
