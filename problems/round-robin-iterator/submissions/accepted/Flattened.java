// Copies the values in round-robin order at construction: O(total) memory, O(1) per call.
class RoundRobinIterator {
    private final List<Integer> order = new ArrayList<>();
    private int read = 0;

    public RoundRobinIterator(int[][] lists) {
        int longest = 0;
        for (int[] list : lists) longest = Math.max(longest, list.length);
        for (int p = 0; p < longest; p++) {
            for (int[] list : lists) {
                if (p < list.length) order.add(list[p]);
            }
        }
    }

    public int next() {
        return order.get(read++);
    }

    public boolean hasNext() {
        return read < order.size();
    }
}
