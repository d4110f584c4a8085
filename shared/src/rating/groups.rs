//! The live board's tie groups in rank order, as a treap (a balanced search tree with random
//! priorities) keyed by [`RankKey`]: each node is one group of tied players with their summed
//! weight, and each subtree knows its total weight, so the weight of everyone ranked ahead of
//! a key is one O(log g) walk from the root (g groups).

use crate::scoring::RankKey;

/// No node.
const NIL: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct Node {
    key: RankKey,
    priority: u32,
    left: u32,
    right: u32,
    /// The group's own weight and its subtree's.
    weight: f64,
    subtree: f64,
    /// The group's payload (see [`Groups::group`]).
    group: usize,
}

/// Tie groups by rank, each carrying a payload index into the caller's storage.
#[derive(Debug, Clone)]
pub(crate) struct Groups {
    nodes: Vec<Node>,
    free: Vec<u32>,
    root: u32,
    seed: u32,
}

impl Groups {
    pub fn new() -> Groups {
        Groups { nodes: Vec::new(), free: Vec::new(), root: NIL, seed: 0x9E37_79B9 }
    }

    fn next_priority(&mut self) -> u32 {
        // xorshift32: deterministic, and good enough to keep the tree balanced.
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 17;
        self.seed ^= self.seed << 5;
        self.seed
    }

    fn subtree(&self, t: u32) -> f64 {
        if t == NIL {
            0.0
        } else {
            self.nodes[t as usize].subtree
        }
    }

    fn pull(&mut self, t: u32) {
        let n = &self.nodes[t as usize];
        let sum = n.weight + self.subtree(n.left) + self.subtree(n.right);
        self.nodes[t as usize].subtree = sum;
    }

    /// Splits `t` into keys `< key` (or `<= key` when `inclusive`) and the rest.
    fn split(&mut self, t: u32, key: RankKey, inclusive: bool) -> (u32, u32) {
        if t == NIL {
            return (NIL, NIL);
        }
        let node_key = self.nodes[t as usize].key;
        let goes_left = if inclusive { node_key <= key } else { node_key < key };
        if goes_left {
            let (l, r) = self.split(self.nodes[t as usize].right, key, inclusive);
            self.nodes[t as usize].right = l;
            self.pull(t);
            (t, r)
        } else {
            let (l, r) = self.split(self.nodes[t as usize].left, key, inclusive);
            self.nodes[t as usize].left = r;
            self.pull(t);
            (l, t)
        }
    }

    fn merge(&mut self, a: u32, b: u32) -> u32 {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.nodes[a as usize].priority > self.nodes[b as usize].priority {
            let r = self.merge(self.nodes[a as usize].right, b);
            self.nodes[a as usize].right = r;
            self.pull(a);
            a
        } else {
            let l = self.merge(a, self.nodes[b as usize].left);
            self.nodes[b as usize].left = l;
            self.pull(b);
            b
        }
    }

    fn find(&self, key: RankKey) -> u32 {
        let mut t = self.root;
        while t != NIL {
            let n = &self.nodes[t as usize];
            t = match key.cmp(&n.key) {
                std::cmp::Ordering::Less => n.left,
                std::cmp::Ordering::Greater => n.right,
                std::cmp::Ordering::Equal => return t,
            };
        }
        NIL
    }

    /// The payload of the group at `key`, if there is one.
    pub fn group(&self, key: RankKey) -> Option<usize> {
        let t = self.find(key);
        (t != NIL).then(|| self.nodes[t as usize].group)
    }

    /// Adds a new, empty group at `key` (which must be absent) holding `group`.
    pub fn insert(&mut self, key: RankKey, group: usize) {
        let node = Node {
            key,
            priority: self.next_priority(),
            left: NIL,
            right: NIL,
            weight: 0.0,
            subtree: 0.0,
            group,
        };
        let t = match self.free.pop() {
            Some(t) => {
                self.nodes[t as usize] = node;
                t
            }
            None => {
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        };
        let (l, r) = self.split(self.root, key, false);
        let l = self.merge(l, t);
        self.root = self.merge(l, r);
    }

    /// Removes the group at `key`.
    pub fn remove(&mut self, key: RankKey) {
        let (l, rest) = self.split(self.root, key, false);
        let (mid, r) = self.split(rest, key, true);
        if mid != NIL {
            self.free.push(mid);
        }
        self.root = self.merge(l, r);
    }

    /// Sets the weight of the group at `key` (which must exist), fixing the subtree sums on
    /// the path to it.
    pub fn set_weight(&mut self, key: RankKey, weight: f64) {
        let mut path = Vec::with_capacity(64);
        let mut t = self.root;
        while t != NIL {
            path.push(t);
            let n = &self.nodes[t as usize];
            t = match key.cmp(&n.key) {
                std::cmp::Ordering::Less => n.left,
                std::cmp::Ordering::Greater => n.right,
                std::cmp::Ordering::Equal => break,
            };
        }
        if let Some(&last) = path.last() {
            self.nodes[last as usize].weight = weight;
        }
        for &t in path.iter().rev() {
            self.pull(t);
        }
    }

    /// The summed weight of every group ranked strictly ahead of `key`.
    pub fn weight_ahead(&self, key: RankKey) -> f64 {
        let mut sum = 0.0;
        let mut t = self.root;
        while t != NIL {
            let n = &self.nodes[t as usize];
            if n.key < key {
                sum += n.weight + self.subtree(n.left);
                t = n.right;
            } else {
                t = n.left;
            }
        }
        sum
    }

    /// The summed weight of all groups.
    pub fn total(&self) -> f64 {
        self.subtree(self.root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{Penalty, Points, Total};

    fn key(points: u64, penalty: u64) -> RankKey {
        Total { points: Points(points), penalty: Penalty(penalty) }.rank_key()
    }

    #[test]
    fn the_weight_ahead_of_a_key_sums_exactly_the_better_groups() {
        let mut groups = Groups::new();
        let mut plain: Vec<(RankKey, f64)> = Vec::new();
        // Many keys inserted in a scrambled order, some removed again.
        for i in 0..500u64 {
            let k = key((i * 37) % 101, (i * 53) % 7);
            if groups.group(k).is_none() {
                groups.insert(k, i as usize);
                let w = 1.0 + (i % 13) as f64;
                groups.set_weight(k, w);
                plain.push((k, w));
            }
        }
        for (k, _) in plain.iter().step_by(3) {
            groups.remove(*k);
        }
        let kept: Vec<(RankKey, f64)> =
            plain.iter().enumerate().filter(|(i, _)| i % 3 != 0).map(|(_, kw)| *kw).collect();
        for probe in 0..120u64 {
            let k = key(probe % 103, probe % 8);
            let want: f64 = kept.iter().filter(|(other, _)| *other < k).map(|(_, w)| w).sum();
            assert_eq!(groups.weight_ahead(k), want);
        }
        assert_eq!(groups.total(), kept.iter().map(|(_, w)| w).sum::<f64>());
        assert!(groups.group(plain[0].0).is_none());
        assert!(groups.group(plain[1].0).is_some());
    }
}
