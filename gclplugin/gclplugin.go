// Package gclplugin registers mpreslint as a golangci-lint v2 module
// plugin named "mpreslint".
//
// Build golangci-lint with it (golangci-lint custom and .custom-gcl.yml),
// then enable it in .golangci.yml:
//
//	linters:
//	  enable: [mpreslint]
//	  settings:
//	    custom:
//	      mpreslint:
//	        type: module
//	        settings:
//	          region: eu          # or in
//	          include-tests: false
package gclplugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/mpreslint/mpreslint/analyzer"
)

// Name is the plugin's name: the key under linters.settings.custom and
// the linter name in //nolint directives.
const Name = "mpreslint"

func init() { register.Plugin(Name, New) }

// Settings are the plugin's settings; the keys mirror mpreslint's flags.
type Settings struct {
	// Region is the project's data-residency region: "eu" (the default
	// when empty) or "in".
	Region string `json:"region"`
	// IncludeTests reports findings in _test.go files too.
	IncludeTests bool `json:"include-tests"`
}

// plugin is one configured mpreslint linter.
type plugin struct {
	opts analyzer.Options
}

// New decodes the settings of linters.settings.custom.mpreslint; unknown
// keys and unknown regions are errors.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("mpreslint settings: %w (known keys: region, include-tests)", err)
	}
	opts := analyzer.Options{IncludeTests: s.IncludeTests}
	if s.Region != "" {
		if opts.Region, err = analyzer.ParseRegion(s.Region); err != nil {
			return nil, fmt.Errorf("mpreslint settings: region: %w", err)
		}
	}
	return &plugin{opts: opts}, nil
}

// BuildAnalyzers returns a fresh analyzer for these settings.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.opts)}, nil
}

// GetLoadMode asks for type information: SDK calls are resolved by type.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
