static int by_start(const void* a, const void* b) {
    const int* x = *(const int* const*) a;
    const int* y = *(const int* const*) b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    qsort(intervals, intervalsSize, sizeof *intervals, by_start);
    int** merged = malloc((intervalsSize + 1) * sizeof *merged);
    *returnColumnSizes = malloc((intervalsSize + 1) * sizeof **returnColumnSizes);
    int count = 0;
    for (int i = 0; i < intervalsSize; i++) {
        if (count > 0 && intervals[i][0] <= merged[count - 1][1]) {
            if (intervals[i][1] > merged[count - 1][1]) merged[count - 1][1] = intervals[i][1];
        } else {
            merged[count] = malloc(2 * sizeof(int));
            merged[count][0] = intervals[i][0];
            merged[count][1] = intervals[i][1];
            (*returnColumnSizes)[count++] = 2;
        }
    }
    *returnSize = count;
    return merged;
}
