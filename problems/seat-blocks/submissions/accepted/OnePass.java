class Solution {
    public List<String> seatBlocks(int[] seats) {
        List<String> out = new ArrayList<>();
        int n = seats.length;
        for (int i = 0, j; i < n; i = j + 1) {
            j = i;
            while (j + 1 < n && (long) seats[j + 1] == (long) seats[j] + 1) j++;
            out.add(i == j ? String.valueOf(seats[i]) : seats[i] + ".." + seats[j]);
        }
        return out;
    }
}
