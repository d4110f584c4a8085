class Solution:
    def smallestPlot(self, stakes: List[List[int]]) -> int:
        columns = defaultdict(list)
        for x, y in stakes:
            columns[x].append(y)
        last = {}  # (y1, y2) -> the last column, left of here, holding both heights
        best = 0
        for x in sorted(columns):
            ys = sorted(columns[x])
            for i, y1 in enumerate(ys):
                for y2 in ys[i + 1:]:
                    key = (y1, y2)
                    if key in last:
                        area = (x - last[key]) * (y2 - y1)
                        if best == 0 or area < best:
                            best = area
                    last[key] = x
        return best
