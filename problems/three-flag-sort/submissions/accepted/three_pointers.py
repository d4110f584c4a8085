class Solution:
    def sortFlags(self, flags: List[int]) -> None:
        low, mid, high = 0, 0, len(flags) - 1
        while mid <= high:
            if flags[mid] == 0:
                flags[low], flags[mid] = flags[mid], flags[low]
                low += 1
                mid += 1
            elif flags[mid] == 1:
                mid += 1
            else:  # the value swapped in from high is unseen: mid stays
                flags[mid], flags[high] = flags[high], flags[mid]
                high -= 1
