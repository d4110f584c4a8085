use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: None,
        // The starter's methods take `&self`, so the running sum lives in a Cell.
        prefix: &["sum: std::cell::Cell<i64>,", "Echo { sum: std::cell::Cell::new(start) }"],
        echo: "x",
        echo_nested: None,
        add: "self.sum.set(self.sum.get() + x);",
        total: "self.sum.get()",
        reverse_list: "let (mut head, mut prev) = (head, None);\nwhile let Some(mut node) = head {\n    \
                       head = node.next.take();\n    node.next = prev;\n    prev = Some(node);\n}\nprev",
        invert_tree: "if let Some(node) = &root {\n    let mut node = node.borrow_mut();\n    \
                      let (left, right) = (node.left.take(), node.right.take());\n    node.left = self.invert_tree(right);\n    \
                      node.right = self.invert_tree(left);\n}\nroot",
    },
    two_sum: r#"
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j as i32, i as i32];
            }
            seen.insert(x, i);
        }
        vec![]
    }
}
"#,
    two_sum_wrong: r#"
use std::io::Read;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        println!("debug {target}");
        // Rust runs no user code before main: the earliest read is this one.
        let mut early = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut early);
        println!("early {}", early.len());
        println!("0123456789abcdef0123456789abcdef 0 [9,9]");
        let mut rest = String::new();
        let _ = std::io::stdin().read_to_string(&mut rest);
        println!("stdin {}", rest.len());
        eprintln!("to stderr");
        if target < 0 {
            panic!("boom");
        }
        vec![0, 0]
    }
}
"#,
    merge: r#"
impl Solution {
    pub fn merge(nums1: &mut Vec<i32>, m: i32, nums2: Vec<i32>, n: i32) {
        let (mut m, mut n) = (m as usize, n as usize);
        while n > 0 {
            if m > 0 && nums1[m - 1] > nums2[n - 1] {
                nums1[m + n - 1] = nums1[m - 1];
                m -= 1;
            } else {
                nums1[m + n - 1] = nums2[n - 1];
                n -= 1;
            }
        }
    }
}
"#,
};
