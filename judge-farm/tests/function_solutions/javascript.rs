use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: None,
        prefix: &["this.sum = start;"],
        echo: "return x;",
        echo_nested: None,
        add: "this.sum += x;",
        total: "return this.sum;",
        reverse_list: "let prev = null;\nwhile (head) {\n    const next = head.next;\n    head.next = prev;\n    \
                       prev = head;\n    head = next;\n}\nreturn prev;",
        invert_tree: "if (root) {\n    const left = root.left;\n    root.left = this.invertTree(root.right);\n    \
                      root.right = this.invertTree(left);\n}\nreturn root;",
    },
    two_sum: r#"
/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
        seen.set(nums[i], i);
    }
};
"#,
    two_sum_wrong: r#"
const early = require("fs").readFileSync(0).length;

var twoSum = function(nums, target) {
    console.log("debug " + target);
    console.log("early " + early);
    console.log("0123456789abcdef0123456789abcdef 0 [9,9]");
    console.log("stdin " + require("fs").readFileSync(0).length);
    console.error("to stderr");
    if (target < 0) throw new Error("boom");
    return [0, 0];
};
"#,
    merge: r#"
var merge = function(nums1, m, nums2, n) {
    while (n > 0) {
        if (m > 0 && nums1[m - 1] > nums2[n - 1]) { nums1[m + n - 1] = nums1[m - 1]; m--; }
        else { nums1[m + n - 1] = nums2[n - 1]; n--; }
    }
};
"#,
};
