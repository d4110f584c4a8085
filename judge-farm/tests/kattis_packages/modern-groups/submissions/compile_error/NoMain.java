// No main anywhere: a compile error saying what to declare.
public class NoMain {
    static long twice(long x) { return 2 * x; }
}
