package main

import "fmt"

func main() {
	var x int = "no"
	fmt.Println(undefinedName)
}
