class Solution:
    def triangleRow(self, k: int) -> List[int]:
        row = [1]
        for _ in range(k):
            for j in range(len(row) - 1, 0, -1):  # right to left: row[j-1] is still old
                row[j] += row[j - 1]
            row.append(1)
        return row
