// Command demo is a small service with Mixpanel residency mistakes for
// mpreslint's Quick start.
package main

import (
	"fmt"
	"os"
	"time"

	"example.com/demo/analytics"
)

func main() {
	token := os.Getenv("MIXPANEL_TOKEN")
	_ = analytics.Client(token)
	_ = analytics.Legacy(token)
	fmt.Println(analytics.IngestionHost(os.Getenv("MIXPANEL_REGION")))
	for _, e := range analytics.Endpoints(time.Now()) {
		fmt.Println(e)
	}
	fmt.Println(analytics.DefaultSSO.PostbackURL)
}
