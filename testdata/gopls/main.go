// Command goplsfixture is the module that cmd/mpreslint-gopls's tests
// open with the mpreslint-enabled gopls.
package main

import "fmt"

func main() {
	fmt.Println(trackURL, exportURL, newClient("token") != nil)
}
