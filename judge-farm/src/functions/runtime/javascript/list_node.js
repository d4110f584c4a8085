// ListNode's wire form, [1,2,3] (AlgoArena driver runtime, JavaScript and TypeScript).
function __aa_read_list_node(v) {
    let head = null;
    const values = __aa_read(['int'], v);
    for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
}

function __aa_write_list_node(node) {
    const values = [];
    for (; node !== null && node !== undefined; node = node.next) values.push(__aa_write('int', node.val));
    return '[' + values.join(',') + ']';
}
