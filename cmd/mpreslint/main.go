// Command mpreslint reports Mixpanel hosts and SDK clients outside the
// project's data-residency region, and fixes them.
//
// Standalone:
//
//	mpreslint [-region=in] [-include-tests] [-fix] [-diff] [-json] ./...
//
// As a go vet or go fix tool, with the same flags:
//
//	go vet -vettool=$(which mpreslint) ./...
//	go fix -fixtool=$(which mpreslint) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/mpreslint/mpreslint/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
