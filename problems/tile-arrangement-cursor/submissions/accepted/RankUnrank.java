// The cursor is a rank in 0..total. next() unranks it letter by letter: with `left` tiles to
// place and `t` arrangements of them, those starting with letter c number t * count[c] / left
// (at most 17! ≈ 3.6·10^14, so a long holds every value).
class ArrangementCursor {
    private final int[] count = new int[26];
    private final int n;
    private long total = 1, rank = 0;

    public ArrangementCursor(String tiles) {
        n = tiles.length();
        int[] seen = new int[26];
        for (int i = 0; i < n; i++) {
            int c = tiles.charAt(i) - 'a';
            count[c]++;
            seen[c]++;
            total = total * (i + 1) / seen[c];  // the multinomial, one tile at a time
        }
    }

    public String next() {
        if (rank == total) return "";
        long r = rank, t = total;
        int[] cnt = count.clone();
        StringBuilder out = new StringBuilder(n);
        for (int left = n; left > 0; left--) {
            for (int c = 0; c < 26; c++) {
                if (cnt[c] == 0) continue;
                long block = t * cnt[c] / left;
                if (r < block) {
                    out.append((char) ('a' + c));
                    cnt[c]--;
                    t = block;
                    break;
                }
                r -= block;
            }
        }
        rank++;
        return out.toString();
    }

    public boolean hasNext() {
        return rank < total;
    }

    public long skip(long k) {
        long moved = Math.min(k, total - rank);
        rank += moved;
        return moved;
    }

    public long remaining() {
        return total - rank;
    }
}
