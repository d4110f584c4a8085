// Merges the strokes into blocks as they come and adds up each block's length when it closes.
class Solution {
    public long paintedLength(int[][] strokes) {
        long total = 0;
        int i = 0, n = strokes.length;
        while (i < n) {
            long blockStart = strokes[i][0], blockEnd = strokes[i][1];
            i++;
            while (i < n && strokes[i][0] <= blockEnd) {
                blockEnd = Math.max(blockEnd, strokes[i][1]);
                i++;
            }
            total += blockEnd - blockStart;
        }
        return total;
    }
}
