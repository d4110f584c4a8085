// os/exec and syscall.Exec fail: no shell, no loader trick, not this program again.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	if len(os.Args) > 1 {
		os.Exit(7)
	}
	tries := [][]string{
		{"/bin/sh", "-c", "exit 7"},
		{"/lib64/ld-linux-x86-64.so.2", "/bin/sh", "-c", "exit 7"},
		{"/box/main", "again"},
	}
	var escaped []string
	for _, t := range tries {
		err := exec.Command(t[0], t[1:]...).Run()
		var exit *exec.ExitError
		if errors.As(err, &exit) && exit.ExitCode() == 7 {
			escaped = append(escaped, t[0])
		}
	}
	_ = syscall.Exec("/bin/sh", []string{"sh", "-c", "echo escaped"}, nil)
	if len(escaped) > 0 {
		fmt.Println("escaped", escaped)
	} else {
		fmt.Println("refused")
	}
}
