class Solution:
    def shipmentSizes(self, boxes: str) -> List[int]:
        last = {c: i for i, c in enumerate(boxes)}
        out, start, end = [], 0, 0
        for i, c in enumerate(boxes):
            end = max(end, last[c])  # the shipment must reach c's last box
            if i == end:
                out.append(i - start + 1)
                start = i + 1
        return out
