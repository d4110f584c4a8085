// Hierholzer's algorithm with a min-heap of destinations per airport and an explicit stack.
class Solution {
    public List<String> ticketTrail(List<List<String>> tickets, String start) {
        Map<String, PriorityQueue<String>> out = new HashMap<>();
        for (List<String> t : tickets) out.computeIfAbsent(t.get(0), k -> new PriorityQueue<>()).add(t.get(1));
        Deque<String> stack = new ArrayDeque<>();
        LinkedList<String> trip = new LinkedList<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            PriorityQueue<String> next = out.get(stack.peek());
            if (next != null && !next.isEmpty()) stack.push(next.poll());
            else trip.addFirst(stack.pop());
        }
        return trip;
    }
}
