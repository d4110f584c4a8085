void moveZeroes(int* nums, int numsSize) {
    int kept = 0;
    for (int i = 0; i < numsSize; i++)
        if (nums[i] != 0) nums[kept++] = nums[i];
    while (kept < numsSize) nums[kept++] = 0;
}
