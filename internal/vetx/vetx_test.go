package vetx

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

type fact struct{}

func (*fact) AFact() {}

func TestUsesFacts(t *testing.T) {
	plain := &analysis.Analyzer{Name: "plain", Requires: []*analysis.Analyzer{inspect.Analyzer}}
	withFacts := &analysis.Analyzer{Name: "facts", FactTypes: []analysis.Fact{new(fact)}}
	requiresFacts := &analysis.Analyzer{Name: "requires", Requires: []*analysis.Analyzer{withFacts}}
	for _, tt := range []struct {
		analyzers []*analysis.Analyzer
		want      bool
	}{
		{[]*analysis.Analyzer{plain}, false},
		{[]*analysis.Analyzer{withFacts}, true},
		{[]*analysis.Analyzer{plain, requiresFacts}, true},
	} {
		if got := usesFacts(tt.analyzers); got != tt.want {
			t.Errorf("usesFacts(%v) = %v, want %v", tt.analyzers, got, tt.want)
		}
	}
}
