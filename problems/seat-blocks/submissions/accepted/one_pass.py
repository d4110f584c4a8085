class Solution:
    def seatBlocks(self, seats: List[int]) -> List[str]:
        out, i, n = [], 0, len(seats)
        while i < n:
            j = i
            while j + 1 < n and seats[j + 1] == seats[j] + 1:
                j += 1
            out.append(str(seats[i]) if i == j else f"{seats[i]}..{seats[j]}")
            i = j + 1
        return out
