class PodiumCutoff {
    private final int k;
    private final PriorityQueue<Integer> top = new PriorityQueue<>();  // min-heap of the best k

    public PodiumCutoff(int k, int[] scores) {
        this.k = k;
        for (int s : scores) submit(s);
    }

    public int submit(int score) {
        top.add(score);
        if (top.size() > k) top.poll();
        return top.peek();
    }
}
