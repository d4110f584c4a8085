class Solution {
    public int missingTicket(int[] tickets) {
        long n = tickets.length, total = n * (n + 1) / 2;
        for (int t : tickets) total -= t;
        return (int) total;
    }
}
