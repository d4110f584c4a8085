// Open addressing: a table of twice the input's size, keyed by value, holding the index.
typedef struct {
    int value, index;
    bool used;
} Slot;

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int capacity = 1;
    while (capacity < 2 * numsSize) capacity *= 2;
    Slot* table = calloc(capacity, sizeof *table);
    int* answer = malloc(2 * sizeof *answer);
    *returnSize = 0;
    for (int i = 0; i < numsSize && *returnSize == 0; i++) {
        long long want = (long long) target - nums[i];
        unsigned h = (unsigned) ((unsigned long long) want * 2654435761u) & (capacity - 1);
        for (; table[h].used; h = (h + 1) & (capacity - 1)) {
            if (table[h].value == want) {
                answer[0] = table[h].index;
                answer[1] = i;
                *returnSize = 2;
                break;
            }
        }
        h = (unsigned) ((unsigned long long) (long long) nums[i] * 2654435761u) & (capacity - 1);
        while (table[h].used) h = (h + 1) & (capacity - 1);
        table[h] = (Slot) {nums[i], i, true};
    }
    free(table);
    return answer;
}
