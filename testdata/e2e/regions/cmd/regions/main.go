// Command regions sends one event.
package main

import (
	"log"

	"example.com/regions/hosts"
	"example.com/regions/sender"
)

func main() {
	log.Println(hosts.DefaultEndpoint, hosts.Groups(), hosts.EngageRegion(""), sender.Pick("eu"), sender.RegionOf(""))
	if err := sender.Send(nil); err != nil {
		log.Fatal(err)
	}
}
