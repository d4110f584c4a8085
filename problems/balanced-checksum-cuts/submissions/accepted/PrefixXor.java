// Equal prefix XORs p[x] == p[y] (x < y) mark a stretch with XOR 0, every one of whose
// y - x - 1 cuts is balanced; a hash map keeps a count and an index sum per prefix value.
class Solution {
    public long balancedCuts(int[] tags) {
        HashMap<Integer, long[]> seen = new HashMap<>();
        seen.put(0, new long[] {1, 0});
        int prefix = 0;
        long total = 0;
        for (int y = 1; y <= tags.length; y++) {
            prefix ^= tags[y - 1];
            long[] cs = seen.computeIfAbsent(prefix, v -> new long[2]);
            total += cs[0] * (y - 1) - cs[1];
            cs[0]++;
            cs[1] += y;
        }
        return total;
    }
}
