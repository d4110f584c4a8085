# Seals a shipment as soon as the current letter has no boxes left, ignoring earlier letters
# of the same shipment whose boxes are still ahead.
class Solution:
    def shipmentSizes(self, boxes: str) -> List[int]:
        last = {c: i for i, c in enumerate(boxes)}
        out, start = [], 0
        for i, c in enumerate(boxes):
            if last[c] == i:
                out.append(i - start + 1)
                start = i + 1
        return out
