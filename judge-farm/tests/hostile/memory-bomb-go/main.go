package main

func main() {
	var blocks [][]byte
	for {
		b := make([]byte, 1<<20)
		for i := range b {
			b[i] = 1
		}
		blocks = append(blocks, b)
	}
}
