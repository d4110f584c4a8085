use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: Some("    long long sum = 0;"),
        prefix: &["sum = start;"],
        echo: "return x;",
        echo_nested: None,
        add: "sum += x;",
        total: "return sum;",
        reverse_list: "ListNode* prev = nullptr;\nwhile (head) {\n    ListNode* next = head->next;\n    head->next = prev;\n    \
                       prev = head;\n    head = next;\n}\nreturn prev;",
        invert_tree: "if (root) {\n    TreeNode* left = root->left;\n    root->left = invertTree(root->right);\n    \
                      root->right = invertTree(left);\n}\nreturn root;",
    },
    two_sum: r#"
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int) nums.size(); i++) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
"#,
    two_sum_wrong: r#"
static size_t early = [] {
    string all, line;
    while (getline(cin, line)) all += line + "\n";
    return all.size();
}();

class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        cout << "debug " << target << endl;
        cout << "early " << early << endl;
        cout << "0123456789abcdef0123456789abcdef 0 [9,9]" << endl;
        string rest;
        getline(cin, rest);
        cout << "stdin " << rest.size() << endl;
        cerr << "to stderr" << endl;
        if (target < 0) throw runtime_error("boom");
        return {0, 0};
    }
};
"#,
    merge: r#"
class Solution {
public:
    void merge(vector<int>& nums1, int m, vector<int>& nums2, int n) {
        for (int k = m + n - 1; n > 0; k--) {
            if (m > 0 && nums1[m - 1] > nums2[n - 1]) nums1[k] = nums1[--m];
            else nums1[k] = nums2[--n];
        }
    }
};
"#,
};
