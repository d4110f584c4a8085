// The start is the station just after the point where the running balance (from station 0) is
// lowest; the earliest such point gives the smallest start.
class Solution {
    public int loopStart(int[] fuel, int[] cost) {
        long balance = 0, lowest = 0;
        int start = 0;
        for (int i = 0; i < fuel.length; i++) {
            balance += fuel[i] - cost[i];
            if (balance < lowest) { lowest = balance; start = i + 1; }
        }
        return balance < 0 ? -1 : start % fuel.length;
    }
}
