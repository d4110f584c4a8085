// Level by level: each level is a range [start, end] of stones first reached with `level` hops.
class Solution {
    public int fewestHops(int[] hops) {
        int n = hops.length, start = 0, end = 0, level = 0;
        while (end < n - 1) {
            int next = end;
            for (int i = start; i <= end; i++) next = Math.max(next, i + hops[i]);
            if (next == end) return -1;
            start = end + 1;
            end = next;
            level++;
        }
        return level;
    }
}
