package vn.ct20.testkit;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks with plain JUnit: a rule is checked on many cases drawn from a fixed seed, so a
 * run is repeatable, and a failure names the case and the seed to reproduce it with. For the money
 * and period rules, which are pure functions.
 */
public final class Generated {
    /** Cases per property, unless a test asks for another number. */
    public static final int CASES = 1_000;

    private Generated() {
    }

    /** Checks {@code rule} on {@code CASES} cases made by {@code generator} from the seed {@code seed}. */
    public static <T> void forAll(long seed, Function<Random, T> generator, Consumer<T> rule) {
        forAll(seed, CASES, generator, rule);
    }

    public static <T> void forAll(long seed, int cases, Function<Random, T> generator, Consumer<T> rule) {
        Random random = new Random(seed);
        for (int k = 0; k < cases; k++) {
            T generated = generator.apply(random);
            try {
                rule.accept(generated);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + k + " of seed " + seed + " fails: " + generated + "\n" + e.getMessage(), e);
            }
        }
    }

    /** A long in [min, max], both included; one case in ten is an edge (min or max), where rules break first. */
    public static long between(Random random, long min, long max) {
        if (random.nextInt(10) == 0) {
            return random.nextBoolean() ? min : max;
        }
        return min + Math.floorMod(random.nextLong(), max - min + 1);
    }

    /** An int in [min, max], both included; one case in ten is an edge. */
    public static int between(Random random, int min, int max) {
        return (int) between(random, (long) min, (long) max);
    }
}
