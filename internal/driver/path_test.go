package driver

import (
	"path/filepath"
	"runtime"
	"testing"
)

func TestPathDisplay(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix paths")
	}
	p := pathDisplay{dirs: []string{"/home/me/svc", "/real/svc"}}
	for _, tt := range []struct{ in, want string }{
		{"/home/me/svc/track/track.go", filepath.Join("track", "track.go")},
		{"/home/me/svc/main.go", "main.go"},
		{"/real/svc/main.go", "main.go"}, // the current directory's real path
		{"/home/me/svc2/main.go", "/home/me/svc2/main.go"},
		{"/home/me/other/main.go", "/home/me/other/main.go"},
		{"/home/me/svc/..go", "..go"},
		{"track.go", "track.go"},
	} {
		if got := p.file(tt.in); got != tt.want {
			t.Errorf("file(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"/home/me/svc/a.go:3:1", "a.go:3:1"},
		{"/home/me/svc/a.go:3", "a.go:3"},
		{"/home/me/svc/a.go", "a.go"},
		{"/elsewhere/a.go:3:1", "/elsewhere/a.go:3:1"},
	} {
		if got := p.pos(tt.in); got != tt.want {
			t.Errorf("pos(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
