class Solution {
    public int fewestSnapshots(int[][] vans) {
        Arrays.sort(vans, (a, b) -> Integer.compare(a[1], b[1]));
        int count = 0;
        long last = Long.MIN_VALUE;
        for (int[] v : vans)
            if (v[0] > last) { count++; last = v[1]; }
        return count;
    }
}
