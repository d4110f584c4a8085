// Current price per time in a HashMap; a TreeMap counts how many times hold each price.
class PriceBoard {
    private final Map<Integer, Integer> at = new HashMap<>();
    private final TreeMap<Integer, Integer> count = new TreeMap<>();
    private int last = 0;

    public PriceBoard() {}

    public void record(int time, int price) {
        Integer old = at.put(time, price);
        if (old != null) {
            int c = count.get(old);
            if (c == 1) count.remove(old);
            else count.put(old, c - 1);
        }
        count.merge(price, 1, Integer::sum);
        last = Math.max(last, time);
    }

    public int latest() { return at.get(last); }

    public int highest() { return count.lastKey(); }

    public int lowest() { return count.firstKey(); }
}
