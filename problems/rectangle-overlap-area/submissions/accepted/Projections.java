class Solution {
    public long overlapArea(int ax1, int ay1, int ax2, int ay2, int bx1, int by1, int bx2, int by2) {
        long width = Math.max(0L, (long) Math.min(ax2, bx2) - Math.max(ax1, bx1));
        long height = Math.max(0L, (long) Math.min(ay2, by2) - Math.max(ay1, by1));
        return width * height;
    }
}
