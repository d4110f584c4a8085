// Breadth-first search over amounts: level k holds the amounts payable with exactly k coins
// and not fewer.
class Solution {
    public int coinChange(int[] coins, int amount) {
        if (amount == 0) return 0;
        boolean[] seen = new boolean[amount + 1];
        ArrayDeque<Integer> level = new ArrayDeque<>();
        level.add(0);
        seen[0] = true;
        for (int count = 1; !level.isEmpty(); count++) {
            ArrayDeque<Integer> next = new ArrayDeque<>();
            for (int paid : level) {
                for (int c : coins) {
                    if (c > amount - paid) continue;
                    int total = paid + c;
                    if (total == amount) return count;
                    if (!seen[total]) {
                        seen[total] = true;
                        next.add(total);
                    }
                }
            }
            level = next;
        }
        return -1;
    }
}
