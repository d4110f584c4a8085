// Swaps ever larger blocks: single bits, pairs, nibbles, bytes, then the two half-words.
class Solution {
public:
    long long mirrorBits(long long n) {
        uint32_t x = (uint32_t)n;
        x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
        x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
        x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
        x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
        x = (x >> 16) | (x << 16);
        return (long long)x;
    }
};
