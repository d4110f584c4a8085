class Solution {
    public int roomsNeeded(int[][] meetings) {
        int[][] sorted = meetings.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        PriorityQueue<Integer> ends = new PriorityQueue<>();
        int best = 0;
        for (int[] m : sorted) {
            while (!ends.isEmpty() && ends.peek() <= m[0]) ends.poll();
            ends.add(m[1]);
            best = Math.max(best, ends.size());
        }
        return best;
    }
}
