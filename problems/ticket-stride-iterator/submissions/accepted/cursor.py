# One value: the next ticket. The sign of step decides which side of stop is "done".
class StrideIterator:
    def __init__(self, start: int, stop: int, step: int):
        self.cur, self.stop, self.step = start, stop, step

    def next(self) -> int:
        value = self.cur
        self.cur += self.step
        return value

    def hasNext(self) -> bool:
        return self.cur < self.stop if self.step > 0 else self.cur > self.stop
