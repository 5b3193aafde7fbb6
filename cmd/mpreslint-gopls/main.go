// Command mpreslint-gopls builds gopls with the mpreslint analyzer added, so
// that editors show mpreslint's findings as you type and offer its fixes as
// quick fixes.
//
//	go run ./cmd/mpreslint-gopls -o DIR [-region=in] [-include-tests] [-gopls-version=v0.23.0]
//
// It downloads gopls from the Go module proxy, copies it to a temporary
// directory, adds one file, internal/settings/zz_mpreslint.go, whose init
// appends mpreslint to gopls's analyzers, and builds DIR/gopls. Before
// building it checks that the gopls source still has what that file uses,
// and fails naming the gopls versions known to work if not. gopls keeps its
// own golang.org/x/tools version: it uses x/tools internals.
//
// The analyzer is on by default; the gopls setting
// "analyses": {"mpreslint": false} turns it off. gopls has no setting for
// analyzer flags, so -region and -include-tests are fixed when building.
//
// Which mpreslint goes in:
//   - -mpreslint-dir=DIR: the module at DIR;
//   - else, if this command was built from a published version (go run
//     github.com/mpreslint/mpreslint/cmd/mpreslint-gopls@vX, or go tool),
//     that version, from the module proxy;
//   - else (go run ./cmd/mpreslint-gopls in a checkout) the module that
//     `go list -m github.com/mpreslint/mpreslint` finds from the current
//     directory: the checkout itself.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/mpreslint/mpreslint/analyzer"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.out, "o", "", "directory to write gopls to (required)")
	flag.StringVar(&cfg.goplsVersion, "gopls-version", defaultGoplsVersion, "gopls module version to build")
	region := flag.String("region", "eu", "data-residency region mpreslint enforces: eu or in")
	flag.BoolVar(&cfg.opts.IncludeTests, "include-tests", false, "report findings in _test.go files too")
	flag.StringVar(&cfg.mpreslintDir, "mpreslint-dir", "", "build with the mpreslint module in this directory")
	flag.Usage = func() {
		_, _ = fmt.Fprintf(flag.CommandLine.Output(), "usage: mpreslint-gopls -o DIR [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if cfg.out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	r, err := analyzer.ParseRegion(*region)
	if err != nil {
		fatalf("-region: %v", err)
	}
	cfg.opts.Region = r

	ctx := context.Background()
	if cfg.mpreslintDir == "" {
		info, _ := debug.ReadBuildInfo()
		if v, ok := publishedVersion(info); ok {
			cfg.mpreslintVersion = v
		} else {
			cfg.mpreslintDir = "." // the checkout we run from
		}
	}
	if cfg.mpreslintDir != "" {
		if cfg.mpreslintDir, err = moduleDir(ctx, cfg.mpreslintDir); err != nil {
			fatalf("%v\n(run mpreslint-gopls inside an mpreslint checkout, or pass -mpreslint-dir)", err)
		}
	}
	if err := build(ctx, cfg); err != nil {
		fatalf("%v", err)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "mpreslint-gopls: "+format+"\n", args...)
	os.Exit(1)
}
