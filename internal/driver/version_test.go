package driver

import (
	"runtime/debug"
	"testing"
)

func TestVersion(t *testing.T) {
	mod := func(path, version string) debug.Module { return debug.Module{Path: path, Version: version} }
	for _, tt := range []struct {
		name string
		info debug.BuildInfo
		want string
	}{
		{"checkout", debug.BuildInfo{Main: mod(modulePath, "(devel)")}, "(devel)"},
		{"go install @version", debug.BuildInfo{Main: mod(modulePath, "v0.2.0")}, "v0.2.0"},
		{"stamped checkout build", debug.BuildInfo{Main: mod(modulePath, "v0.2.1-0.20260101000000-abcdefabcdef+dirty")}, "v0.2.1-0.20260101000000-abcdefabcdef+dirty"},
		{"go tool", debug.BuildInfo{Main: mod("example.com/app", "(devel)"), Deps: []*debug.Module{{Path: modulePath, Version: "v0.3.0"}}}, "v0.3.0"},
		{"go tool, replaced by a checkout", debug.BuildInfo{Main: mod("example.com/app", "(devel)"), Deps: []*debug.Module{
			{Path: modulePath, Version: "v0.0.0-00010101000000-000000000000", Replace: &debug.Module{Path: "/src/mpreslint"}},
		}}, "(devel)"},
		{"go tool, replaced by a fork", debug.BuildInfo{Main: mod("example.com/app", "(devel)"), Deps: []*debug.Module{
			{Path: modulePath, Version: "v0.3.0", Replace: &debug.Module{Path: "example.com/fork", Version: "v0.3.1"}},
		}}, "v0.3.1"},
		{"another program", debug.BuildInfo{Main: mod("example.com/app", "v1.0.0")}, "(devel)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := version(&tt.info); got != tt.want {
				t.Errorf("version = %q, want %q", got, tt.want)
			}
		})
	}
}
