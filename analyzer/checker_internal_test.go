package analyzer

import "testing"

func TestSkipFile(t *testing.T) {
	tests := []struct {
		name         string
		includeTests bool
		want         bool
	}{
		{"/m/p/a.go", false, false},
		{"/m/p/a_test.go", false, true},
		{"/m/p/a_test.go", true, false},
		{"/m/vendor/github.com/x/y/a.go", true, true},
		{`C:\m\vendor\x\a.go`, false, true},
		{"/m/vendored/a.go", false, false},
		{"/m/p/vendor.go", false, false},
	}
	for _, tt := range tests {
		c := &checker{opts: Options{IncludeTests: tt.includeTests}}
		if got := c.skipFile(tt.name); got != tt.want {
			t.Errorf("skipFile(%q) with IncludeTests=%v = %v, want %v", tt.name, tt.includeTests, got, tt.want)
		}
	}
}
