class Solution {
    public int bitDifference(int x, int y) {
        int v = x ^ y, count = 0;
        while (v != 0) {
            count += v & 1;
            v >>>= 1; // logical shift: a negative value still reaches 0
        }
        return count;
    }
}
