// ListNode's wire form, [1,2,3] (AlgoArena driver runtime, C++).
namespace aa {
inline ListNode* r_listnode(const J& v) {
    ListNode* head = nullptr;
    const std::vector<J>& a = array(v);
    for (size_t i = a.size(); i-- > 0;) head = new ListNode(r_int(a[i]), head);
    return head;
}

inline void w_listnode(std::string& b, const ListNode* node) {
    b += '[';
    for (bool first = true; node != nullptr; node = node->next, first = false) {
        if (!first) b += ',';
        w_int(b, node->val);
    }
    b += ']';
}
}  // namespace aa
