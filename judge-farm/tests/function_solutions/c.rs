use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: None,
        prefix: &["long long sum;", "Echo* obj = malloc(sizeof(Echo));\nobj->sum = start;\nreturn obj;"],
        echo: "return x;",
        echo_nested: Some([
            "*retSize = xSize;\nreturn x;",
            "*retSize = xSize;\n*retColSize = xColSize;\nreturn x;",
        ]),
        add: "obj->sum += x;",
        total: "return obj->sum;",
        reverse_list: "struct ListNode* prev = NULL;\nwhile (head) {\n    struct ListNode* next = head->next;\n    \
                       head->next = prev;\n    prev = head;\n    head = next;\n}\nreturn prev;",
        invert_tree: "if (root) {\n    struct TreeNode* left = root->left;\n    root->left = echoInvertTree(obj, root->right);\n    \
                      root->right = echoInvertTree(obj, left);\n}\nreturn root;",
    },
    two_sum: r#"
typedef struct { int value, index; } Entry;

static int by_value(const void* a, const void* b) {
    const Entry *x = a, *y = b;
    return (x->value > y->value) - (x->value < y->value);
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    Entry* sorted = malloc(numsSize * sizeof *sorted);
    for (int i = 0; i < numsSize; i++) sorted[i] = (Entry) {nums[i], i};
    qsort(sorted, numsSize, sizeof *sorted, by_value);
    int* answer = malloc(2 * sizeof *answer);
    *returnSize = 0;
    for (int lo = 0, hi = numsSize - 1; lo < hi;) {
        long long sum = (long long) sorted[lo].value + sorted[hi].value;
        if (sum == target) {
            int a = sorted[lo].index, b = sorted[hi].index;
            answer[0] = a < b ? a : b;
            answer[1] = a < b ? b : a;
            *returnSize = 2;
            break;
        }
        if (sum < target) lo++; else hi--;
    }
    free(sorted);
    return answer;
}
"#,
    two_sum_wrong: r#"
static size_t early;

__attribute__((constructor)) static void read_early(void) {
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, stdin)) > 0;) early += n;
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    printf("debug %d\n", target);
    printf("early %zu\n", early);
    printf("0123456789abcdef0123456789abcdef 0 [9,9]\n");
    char rest[4096];
    printf("stdin %zu\n", fread(rest, 1, sizeof rest, stdin));
    fprintf(stderr, "to stderr\n");
    if (target < 0) {
        fflush(stdout);
        fprintf(stderr, "boom\n");
        abort();
    }
    int* answer = calloc(2, sizeof *answer);
    *returnSize = 2;
    return answer;
}
"#,
    merge: r#"
void merge(int* nums1, int nums1Size, int m, int* nums2, int nums2Size, int n) {
    for (int k = m + n - 1; n > 0; k--) {
        if (m > 0 && nums1[m - 1] > nums2[n - 1]) nums1[k] = nums1[--m];
        else nums1[k] = nums2[--n];
    }
}
"#,
};
