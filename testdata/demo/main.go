// Command demo is a small service with Mixpanel residency mistakes for
// mpreslint's Quick start.
package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"github.com/mpreslint/mpreslint/guard"
	"github.com/mpreslint/mpreslint/residency"

	"example.com/demo/analytics"
)

func main() {
	// At run time, mpreslint's guard checks what no static check sees: a
	// host from the environment at startup, then every request made through
	// http.DefaultTransport, which the SDK clients below use.
	g := guard.New(residency.EU)
	if err := g.Check(os.Getenv("MIXPANEL_API_HOST")); err != nil {
		log.Fatal(err)
	}
	defer g.InstallDefault()()

	token := os.Getenv("MIXPANEL_TOKEN")
	_ = analytics.Client(token)
	_ = analytics.Legacy(token)
	fmt.Println(analytics.IngestionHost(os.Getenv("MIXPANEL_REGION")))
	for _, e := range analytics.Endpoints(time.Now()) {
		fmt.Println(e)
	}
	fmt.Println(analytics.DefaultSSO.PostbackURL)
}
