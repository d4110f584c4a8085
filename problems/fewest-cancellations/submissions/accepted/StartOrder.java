// Sorted by start: on a clash, cancel whichever of the two bookings ends later.
class Solution {
    public int fewestCancellations(int[][] bookings) {
        Arrays.sort(bookings, (a, b) -> Integer.compare(a[0], b[0]));
        int cancelled = 0;
        int end = bookings[0][1];
        for (int i = 1; i < bookings.length; i++) {
            if (bookings[i][0] < end) {
                cancelled++;
                end = Math.min(end, bookings[i][1]);
            } else {
                end = bookings[i][1];
            }
        }
        return cancelled;
    }
}
