// Two PriorityQueues; the larger half's heap may be one shorter than the smaller half's.
class RunningMedian {
    private final PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> high = new PriorityQueue<>();

    public RunningMedian() {}

    public void add(int value) {
        low.add(value);
        high.add(low.poll());
        if (high.size() > low.size()) low.add(high.poll());
    }

    public double median() {
        if (low.size() > high.size()) return low.peek();
        return ((long) low.peek() + high.peek()) / 2.0;
    }
}
