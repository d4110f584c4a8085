# Always flies to the smallest destination and never backs out: it can strand tickets.
class Solution:
    def ticketTrail(self, tickets: List[List[str]], start: str) -> List[str]:
        out = defaultdict(list)
        for a, b in sorted(tickets, reverse=True):
            out[a].append(b)
        trip = [start]
        while out[trip[-1]]:
            trip.append(out[trip[-1]].pop())
        return trip
