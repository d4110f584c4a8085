class Solution:
    def insertBooking(self, blocks: List[List[int]], booking: List[int]) -> List[List[int]]:
        s, e = booking
        out, i, n = [], 0, len(blocks)
        while i < n and blocks[i][1] < s:  # entirely before the booking
            out.append(blocks[i])
            i += 1
        while i < n and blocks[i][0] <= e:  # overlaps or touches: merge
            s = min(s, blocks[i][0])
            e = max(e, blocks[i][1])
            i += 1
        out.append([s, e])
        out.extend(blocks[i:])  # entirely after
        return out
