package de.deutsch4u.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * The participants (or withdrawals) of a period split by one characteristic: every category with its
 * count, and the total they add up to. {@code name} is the dimension, e.g. GENDER.
 */
public record Breakdown(String name, Cell total, List<Cell> cells) implements Serializable {

    public Breakdown {
        cells = List.copyOf(cells);
    }
}
