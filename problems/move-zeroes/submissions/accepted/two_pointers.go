func moveZeroes(nums []int) {
	write := 0
	for _, x := range nums {
		if x != 0 {
			nums[write] = x
			write++
		}
	}
	for ; write < len(nums); write++ {
		nums[write] = 0
	}
}
