class Solution {
    public int lastStoneWeight(int[] stones) {
        PriorityQueue<Integer> pile = new PriorityQueue<>(Collections.reverseOrder());
        for (int s : stones) pile.add(s);
        while (pile.size() > 1) {
            int y = pile.poll(), x = pile.poll();
            if (y > x) pile.add(y - x);
        }
        return pile.isEmpty() ? 0 : pile.peek();
    }
}
