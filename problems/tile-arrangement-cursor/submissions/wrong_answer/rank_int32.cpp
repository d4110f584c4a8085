// Wrong: the cursor's rank is a 32-bit int, as if "how many arrangements were used" stayed
// small. The total (up to 17! ≈ 3.6·10^14) is 64-bit, but a skip past 2^31 wraps the rank
// (int += long long keeps the low 32 bits), so remaining() and the following next() are off.
class ArrangementCursor {
    array<int, 26> count{};
    int n;
    long long total = 1;
    int rank = 0;

public:
    ArrangementCursor(string tiles) : n(tiles.size()) {
        for (char c : tiles) count[c - 'a']++;
        array<int, 26> seen{};
        int placed = 0;
        for (char c : tiles) {
            placed++;
            seen[c - 'a']++;
            total = total * placed / seen[c - 'a'];
        }
    }

    string next() {
        if (rank >= total) return "";
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
        rank = (int) (rank + 1LL);
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
