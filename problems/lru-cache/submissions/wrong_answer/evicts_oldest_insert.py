# Evicts in insertion order (FIFO): a get does not count as a use, so a key that was just
# read can be evicted before an older, unread one.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = {}

    def get(self, key: int) -> int:
        return self.items.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key not in self.items and len(self.items) == self.capacity:
            del self.items[next(iter(self.items))]
        self.items[key] = value
