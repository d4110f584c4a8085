// The same count in Java: each direction from peg i, reduced and sign-fixed, becomes one long
// key; pegs on peg i's own spot are added to every line through it.
class Solution {
    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public int mostOnLine(int[][] pegs) {
        int n = pegs.length, best = 1;
        HashMap<Long, Integer> lines = new HashMap<>();
        for (int i = 0; i < n; i++) {
            lines.clear();
            int same = 0, most = 0;
            for (int j = i + 1; j < n; j++) {
                long dx = (long) pegs[j][0] - pegs[i][0];
                long dy = (long) pegs[j][1] - pegs[i][1];
                if (dx == 0 && dy == 0) {
                    same++;
                    continue;
                }
                long g = gcd(Math.abs(dx), Math.abs(dy));
                dx /= g;
                dy /= g;
                if (dx < 0 || (dx == 0 && dy < 0)) {
                    dx = -dx;
                    dy = -dy;
                }
                most = Math.max(most, lines.merge(dx * 4294967296L + dy, 1, Integer::sum));
            }
            best = Math.max(best, 1 + same + most);
        }
        return best;
    }
}
