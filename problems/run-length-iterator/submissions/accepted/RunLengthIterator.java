// The index of the current run and the copies left in it; whole runs are skipped at once.
class RunLengthIterator {
    private final int[] encoding;
    private int run = 0;
    private long left;

    public RunLengthIterator(int[] encoding) {
        this.encoding = encoding;
        left = encoding[0];
    }

    public int take(int n) {
        long need = n;
        int runs = encoding.length / 2;
        while (run < runs && left < need) {
            need -= left;
            run++;
            left = run < runs ? encoding[2 * run] : 0;
        }
        if (run == runs) return -1;
        left -= need;
        return encoding[2 * run + 1];
    }
}
