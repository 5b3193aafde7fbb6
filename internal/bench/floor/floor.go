// Package floor is the type-checking floor of mpreslint for the benchmark
// in ..: an analyzer with mpreslint's requirements that walks the same
// string literals and calls, file by file, and does nothing else. Its
// command is ./vettool.
package floor

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer walks what mpreslint walks.
var Analyzer = &analysis.Analyzer{
	Name:             "floor",
	Doc:              "walk the string literals and calls that mpreslint walks, and do nothing else",
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	RunDespiteErrors: true,
	Run:              run,
}

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for curFile := range insp.Root().Children() {
		file, ok := curFile.Node().(*ast.File)
		if !ok || strings.HasSuffix(pass.Fset.File(file.FileStart).Name(), "_test.go") {
			continue // mpreslint skips test files by default
		}
		for range curFile.Preorder((*ast.BasicLit)(nil), (*ast.CallExpr)(nil)) {
			// the walk, and nothing else
		}
	}
	return nil, nil
}
