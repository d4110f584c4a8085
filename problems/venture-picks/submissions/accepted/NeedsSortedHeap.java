class Solution {
    public long bestCapital(int k, int capital, int[] profits, int[] needs) {
        int n = profits.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(needs[a], needs[b]));
        PriorityQueue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
        long c = capital;
        int j = 0;
        for (int pick = 0; pick < k; pick++) {
            while (j < n && needs[order[j]] <= c) heap.add(profits[order[j++]]);
            if (heap.isEmpty()) break;
            c += heap.poll();
        }
        return c;
    }
}
