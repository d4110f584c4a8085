// The cursor is a rank in 0..total. Unranking picks each letter in turn: with `left` letters
// to place and `total` arrangements of them, those starting with letter c number
// total * count[c] / left (at most 17! ≈ 3.6·10^14: past 32 bits, well within 64).
class ArrangementCursor {
    array<int, 26> count{};
    int n;
    long long total = 1, rank = 0;

public:
    ArrangementCursor(string tiles) : n(tiles.size()) {
        for (char c : tiles) count[c - 'a']++;
        // Multiply in the multinomial one factor at a time: total stays an integer.
        array<int, 26> seen{};
        int placed = 0;
        for (char c : tiles) {
            placed++;
            seen[c - 'a']++;
            total = total * placed / seen[c - 'a'];
        }
    }

    string next() {
        if (rank == total) return "";
        long long r = rank, t = total;
        array<int, 26> cnt = count;
        string out;
        for (int left = n; left > 0; left--) {
            for (int c = 0; c < 26; c++) {
                if (cnt[c] == 0) continue;
                long long block = t / left * cnt[c] + t % left * cnt[c] / left;
                if (r < block) {
                    out += char('a' + c);
                    cnt[c]--;
                    t = block;
                    break;
                }
                r -= block;
            }
        }
        rank++;
        return out;
    }

    bool hasNext() { return rank < total; }

    long long skip(long long k) {
        long long moved = min(k, total - rank);
        rank += moved;
        return moved;
    }

    long long remaining() { return total - rank; }
};
