// Moves the non-zero values forward but never clears the tail, so old values stay behind.
func moveZeroes(nums []int) {
	write := 0
	for _, x := range nums {
		if x != 0 {
			nums[write] = x
			write++
		}
	}
}
