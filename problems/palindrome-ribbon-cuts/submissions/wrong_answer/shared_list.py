# Records the list of pieces itself rather than a copy: every recorded way is the same list,
# which the backtracking has emptied again by the end.
class Solution:
    def ribbonCuts(self, s: str) -> List[List[str]]:
        ways, pieces = [], []

        def cut(start):
            if start == len(s):
                ways.append(pieces)
                return
            for end in range(start + 1, len(s) + 1):
                piece = s[start:end]
                if piece == piece[::-1]:
                    pieces.append(piece)
                    cut(end)
                    pieces.pop()

        cut(0)
        return ways
